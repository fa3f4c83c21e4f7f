import { describe, expect, it } from "vitest";
import { withSignalsDeferred } from "../../src/cli/signals-deferred.js";

describe("withSignalsDeferred", () => {
  it("holds a SIGINT that arrives during the work and raises it once the work is over", async () => {
    const raised: string[] = [];
    const steps: string[] = [];
    const result = await withSignalsDeferred(async () => {
      process.emit("SIGINT", "SIGINT");
      steps.push(`work goes on, raised so far: ${raised.length}`);
      return 42;
    }, (signal) => raised.push(signal));
    expect(result).toBe(42);
    expect(steps).toEqual(["work goes on, raised so far: 0"]);
    expect(raised).toEqual(["SIGINT"]);
    expect(process.listenerCount("SIGINT")).toBe(0);
  });

  it("raises the held signal after a failed work too, and the failure still rejects", async () => {
    const raised: string[] = [];
    const failing = withSignalsDeferred(async () => {
      process.emit("SIGTERM", "SIGTERM");
      throw new Error("rename failed");
    }, (signal) => raised.push(signal));
    await expect(failing).rejects.toThrow("rename failed");
    expect(raised).toEqual(["SIGTERM"]);
  });

  it("leaves a signal another listener handles (watch mode's stop) to that listener", async () => {
    const raised: string[] = [];
    let stopped = 0;
    const stop = () => void stopped++;
    process.once("SIGINT", stop);
    await withSignalsDeferred(async () => void process.emit("SIGINT", "SIGINT"), (signal) => raised.push(signal));
    expect(stopped).toBe(1);
    expect(raised).toEqual([]);
  });

  it("raises nothing when no signal came", async () => {
    const raised: string[] = [];
    await withSignalsDeferred(async () => undefined, (signal) => raised.push(signal));
    expect(raised).toEqual([]);
  });
});
