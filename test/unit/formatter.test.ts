import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
// The compiled module: its worker thread runs dist/emit/format-worker.js.
import { Formatter } from "../../dist/emit/formatter.js";
import { PRETTIER_OPTIONS } from "../../src/emit/pinned-style.js";

function largeSource(count: number): string {
  return Array.from({ length: count }, (_, i) => `export function check${i}(value: unknown, path: string, issues: string[], extra: number): boolean { return typeof value === "string" && value.length > ${i} && path !== "" && issues.length < extra; }`).join("\n");
}

describe("Formatter", () => {
  it("formats a large text in a worker thread exactly as prettier does here", async () => {
    const formatter = new Formatter();
    try {
      const text = largeSource(2000);
      expect(text.length).toBeGreaterThan(256 * 1024);
      const [inWorker, second] = await Promise.all([formatter.format(text), formatter.format(text)]);
      expect(formatter.usesWorker).toBe(true);
      const expected = await prettier.format(text, PRETTIER_OPTIONS);
      expect(inWorker).toBe(expected);
      expect(second).toBe(expected);
    } finally {
      await formatter.close();
    }
  });

  it("formats small texts in this thread", async () => {
    const formatter = new Formatter();
    expect(await formatter.format("const a   =  1")).toBe("const a = 1;\n");
    expect(formatter.usesWorker).toBe(false);
    await formatter.close();
  });

  it("rejects with prettier's error when the worker cannot parse the text", async () => {
    const formatter = new Formatter();
    try {
      await expect(formatter.format(`${largeSource(2000)}\nfunction (`)).rejects.toThrow(/Unexpected token|SyntaxError|\(\d+:\d+\)/);
      expect(formatter.usesWorker).toBe(true);
    } finally {
      await formatter.close();
    }
  });
});
