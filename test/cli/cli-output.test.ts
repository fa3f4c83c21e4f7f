import { spawn } from "node:child_process";
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
let spec: string;

beforeAll(async () => {
  work = await tempDir();
  await cp(join(REPO, "fixtures/cases/split-refs"), join(work.path, "spec"), { recursive: true });
  spec = join(work.path, "spec/openapi.yaml");
});
afterAll(() => work.remove());

describe("output for people and CI", { timeout: 120_000 }, () => {
  it("--quiet prints nothing on success", async () => {
    const result = await runCli(["generate", "--input", spec, "--output", join(work.path, "quiet"), "--quiet"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
  });

  it("--json prints one object with the status, the drift and the diagnostics", async () => {
    const output = join(work.path, "json");
    const written = JSON.parse((await runCli(["generate", "--input", spec, "--output", output, "--json"])).stdout) as Record<string, unknown>;
    expect(written).toMatchObject({ exitCode: 0, status: "written", output, diagnostics: [] });
    await writeFile(join(output, "types.ts"), "// edited\n");
    const check = await runCli(["generate", "--input", spec, "--output", output, "--check", "--json"]);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout)).toMatchObject({ exitCode: 1, status: "stale", drift: [{ path: "types.ts", state: "stale" }] });
    // `written` lists the files this run wrote: all of them the first time, then only the one repaired.
    expect((written["written"] as string[]).length).toBeGreaterThan(1);
    const repaired = JSON.parse((await runCli(["generate", "--input", spec, "--output", output, "--json"])).stdout) as Record<string, unknown>;
    expect(repaired).toMatchObject({ status: "written", written: ["types.ts"] });
  });

  it("--json answers a refused command line with one object too, and writes nothing", async () => {
    const output = join(work.path, "refused");
    const result = await runCli(["generate", "--input", spec, "--output", output, "--json", "--chek"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ exitCode: 2, status: "usage-error", error: expect.stringContaining("chek") });
    expect(result.stderr).toContain("chek");
    await expect(readFile(join(output, "types.ts"), "utf8")).rejects.toThrow(/ENOENT/);
  });

  it("--json reports an error diagnostic with its code and pointer", async () => {
    const result = await runCli(["generate", "--input", join(REPO, "fixtures/camelai/openapi.yaml"), "--output", join(work.path, "strict"), "--strict", "--json"]);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { status: string; diagnostics: { code: string; pointer: string }[] };
    expect(parsed.status).toBe("failed");
    expect(parsed.diagnostics).toContainEqual(expect.objectContaining({ code: "path-param-not-in-template", pointer: "#/paths/~1api~1v1~1sources~1{id}~1update-config~1/patch/parameters/1" }));
  });

  it("--watch regenerates when a $ref'd file changes, and stops on SIGTERM", async () => {
    const output = join(work.path, "watched");
    const child = spawn(process.execPath, [join(REPO, "bin/camelgen.js"), "generate", "--input", spec, "--output", output, "--watch"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
    try {
      await until(() => stdout.includes("wrote") && stdout.includes("watching"));
      // The folders that hold inputs, each alone: never the tree below them (node_modules, .git).
      expect(stdout).toContain(`watching ${join(work.path, "spec")}, ${join(work.path, "spec/schemas")} (Ctrl-C to stop)`);
      const pet = join(work.path, "spec/schemas/pet.yaml");
      await writeFile(pet, `${await readFile(pet, "utf8")}  colour: { type: string }\n`);
      await until(async () => (await readFile(join(output, "types.ts"), "utf8").catch(() => "")).includes("colour"));
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });
});

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 100));
  }
}
