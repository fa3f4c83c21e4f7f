import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMELAI, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

// camelAI's schema has warnings (the published `pk` defect), so each run has something to say or not.
describe("what a run in an npm script or CI prints", { timeout: 120_000 }, () => {
  it("without a TTY: one line per stage as it ends, then the warnings and the summary", async () => {
    const result = await runCli(["generate", "--input", CAMELAI, "--output", join(work.path, "progress")]);
    expect(result.code).toBe(0);
    const stages = result.stderr.split("\n").filter((line) => /^camelgen: (load|model|emit) \d/.test(line));
    expect(stages.map((line) => line.split(" ")[1])).toEqual(["load", "model", "emit"]);
    expect(result.stderr).toContain("warning path-param-not-in-template");
    expect(result.stdout).toContain("wrote");
  });

  it("the warnings once per generation: a no-op run does not repeat them", async () => {
    const output = join(work.path, "once");
    expect((await runCli(["generate", "--input", CAMELAI, "--output", output])).stderr).toContain("warning ");
    const again = await runCli(["generate", "--input", CAMELAI, "--output", output]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("up to date");
    expect(again.stderr).toBe("");
  });

  it("--quiet: nothing on success, warnings included; errors still", async () => {
    const quiet = await runCli(["generate", "--input", CAMELAI, "--output", join(work.path, "quiet"), "--quiet"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    const failing = await runCli(["generate", "--input", CAMELAI, "--output", join(work.path, "strict"), "--quiet", "--strict"]);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toContain("error path-param-not-in-template");
    expect(failing.stdout).toBe("");
  });

  it.each(["/proc/camelgen-out", "/sys/camelgen-out", "/dev/camelgen-out", "/proc"])("refuses to write under a system folder: %s", async (output) => {
    const result = await runCli(["generate", "--input", CAMELAI, "--output", output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/refusing to write .* a folder of the operating system/);
    expect(result.stderr).not.toContain("camelgen: load");
    if (output !== "/proc") expect(existsSync(output)).toBe(false);
  });
});
