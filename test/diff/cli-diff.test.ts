import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { CURRENT, GOLDEN_JSON, GOLDEN_MD, SNAPSHOT } from "./camelai-paths.js";

describe("camelgen diff (the real binary)", () => {
  it("prints the Markdown report and exits 0", async () => {
    const result = await runCli(["diff", SNAPSHOT, CURRENT]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toBe(await readFile(GOLDEN_MD, "utf8"));
  });

  it("--json prints parseable JSON, the golden report", async () => {
    const result = await runCli(["diff", SNAPSHOT, CURRENT, "--json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { summary: { breaking: number; nonBreaking: number }; changes: unknown[] };
    expect(parsed.summary.breaking).toBeGreaterThan(0);
    expect(parsed.changes).toHaveLength(parsed.summary.breaking + parsed.summary.nonBreaking);
    expect(result.stdout).toBe(await readFile(GOLDEN_JSON, "utf8"));
  });

  it("--fail-on-breaking exits 1 when a change is breaking, still printing the report", async () => {
    const result = await runCli(["diff", SNAPSHOT, CURRENT, "--fail-on-breaking"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("**34 breaking** changes");
  });

  it("--fail-on-breaking exits 0 when nothing breaks", async () => {
    const result = await runCli(["diff", CURRENT, CURRENT, "--fail-on-breaking", "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ summary: { breaking: 0, nonBreaking: 0 }, changes: [] });
  });

  it("a missing file exits 1 with one line naming it, and prints no report", async () => {
    const result = await runCli(["diff", "fixtures/camelai/nope.yaml", CURRENT]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^camelgen: cannot load \S*fixtures\/camelai\/nope\.yaml: no such file\n$/);
  });

  it.each([[["diff", SNAPSHOT]], [["diff", SNAPSHOT, CURRENT, "--bogus"]]])("a usage error exits 2: %j", async (args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Run `camelgen --help` for usage.");
  });
});
