import { spawn } from "node:child_process";
import { appendFile, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

const TREES = join(REPO, "fixtures/cases/recursive.yaml");
let work: Awaited<ReturnType<typeof tempDir>>;
const config = (dir: string, value: unknown) => writeFile(join(dir, "camelgen.config.json"), JSON.stringify(value));

/** stdout must be exactly one JSON object. */
function onlyObject(stdout: string): Record<string, unknown> {
  expect(stdout.trim().split("\n")).toHaveLength(1);
  return JSON.parse(stdout) as Record<string, unknown>;
}

beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

describe("--json answers with JSON objects only", { timeout: 120_000 }, () => {
  it("every refusal is one usage-error object; diff's failure is an object too", async () => {
    const empty = join(work.path, "empty");
    const broken = join(work.path, "broken");
    await mkdir(empty);
    await mkdir(broken);
    await writeFile(join(broken, "camelgen.config.json"), "{ nope");
    const refusals: [string[], string, string][] = [
      [["--json", "-i", TREES], work.path, "--input needs --output"],
      [["--json"], empty, "no camelgen.config.json here and no --input"],
      [["--json"], broken, "not valid JSON"],
    ];
    for (const [args, cwd, message] of refusals) {
      const result = await runCli(args, cwd);
      expect(result.code).toBe(2);
      expect(onlyObject(result.stdout)).toMatchObject({ exitCode: 2, status: "usage-error", error: expect.stringContaining(message) });
    }
    const diff = await runCli(["diff", TREES, join(work.path, "nosuch.yaml"), "--json"], work.path);
    expect(diff.code).toBe(1);
    expect(onlyObject(diff.stdout)).toMatchObject({ exitCode: 1, error: expect.stringContaining("nosuch.yaml") });
  });

  it("several clients: one object holding each client's own result, the worst exit code and status on top", async () => {
    const dir = join(work.path, "multi");
    await mkdir(dir);
    await config(dir, { clients: [{ input: TREES, output: "gen/a" }, { input: "missing.yaml", output: "gen/b" }] });
    const first = onlyObject((await runCli(["--json"], dir)).stdout);
    expect(first).toMatchObject({ exitCode: 1, status: "failed" });
    const [a, b] = first["clients"] as Record<string, unknown>[];
    expect(a).toMatchObject({ exitCode: 0, output: "gen/a", status: "written", diagnostics: [] });
    expect((a?.["written"] as string[]).length).toBeGreaterThan(0);
    expect(a?.["error"]).toBeUndefined();
    expect(b).toMatchObject({ exitCode: 1, output: "gen/b", status: "failed", error: expect.stringContaining("missing.yaml") });
    await config(dir, { clients: [{ input: TREES, output: "gen/a" }, { input: TREES, output: "gen/c" }] });
    await appendFile(join(dir, "gen/a/types.ts"), "// edited\n");
    const check = await runCli(["--check", "--json"], dir);
    const checked = onlyObject(check.stdout);
    expect(checked).toMatchObject({ exitCode: 1, status: "stale" });
    const [staleA, c] = checked["clients"] as Record<string, unknown>[];
    expect(staleA).toMatchObject({ output: "gen/a", status: "stale", drift: [expect.objectContaining({ path: "types.ts" })] });
    expect(c).toMatchObject({ output: "gen/c", status: "stale" });
    expect(c?.["error"]).not.toContain("gen/a");
  });

  it("--json --watch: stdout holds nothing but JSON objects; the watching line is on stderr", async () => {
    const child = spawn(process.execPath, [join(REPO, "bin/camelgen.js"), "-i", TREES, "-o", join(work.path, "watched"), "--json", "--watch"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    try {
      await until(() => stdout.includes("\n") && stderr.includes("watching"));
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual([expect.objectContaining({ exitCode: 0, status: "written" })]);
  });
});

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}
