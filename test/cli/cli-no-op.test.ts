import { execFile } from "node:child_process";
import { cp, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/cli/write-output.js";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
let spec: string;
let output: string;

/** path -> mtime of every file in the output, to prove a run rewrote nothing. */
async function mtimes(dir: string): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const path of await listFiles(dir)) result[path] = (await stat(join(dir, path))).mtimeMs;
  return result;
}

beforeAll(async () => {
  work = await tempDir();
  // A spec split over two files, so a change in a $ref'd file must count as a change too.
  await cp(join(REPO, "fixtures/cases/split-refs"), join(work.path, "spec"), { recursive: true });
  spec = join(work.path, "spec/openapi.yaml");
  output = join(work.path, "client");
  expect((await runCli(["generate", "--input", spec, "--output", output])).code).toBe(0);
});
afterAll(() => work.remove());

/** The module URLs and paths a CLI run loads, as test/helpers/module-log.mjs records them. */
async function modulesLoaded(args: string[]): Promise<{ stdout: string; modules: string[] }> {
  const log = join(work.path, "modules.log");
  await writeFile(log, "");
  const preload = join(REPO, "test/helpers/module-log.mjs");
  const stdout = await new Promise<string>((done, fail) => {
    const env = { ...process.env, CAMELGEN_MODULE_LOG: log };
    execFile(process.execPath, ["--import", preload, join(REPO, "bin/camelgen.js"), ...args], { cwd: REPO, env }, (error, out) => (error ? fail(error) : done(out)));
  });
  return { stdout, modules: (await readFile(log, "utf8")).split("\n").filter(Boolean) };
}

describe("generate when nothing changed", { timeout: 120_000 }, () => {
  it("is a no-op: exit 0, nothing rewritten", async () => {
    const before = await mtimes(output);
    const result = await runCli(["generate", "--input", spec, "--output", output]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/up to date/);
    expect(await mtimes(output)).toEqual(before);
  });

  it("loads neither the parser nor the generator: no YAML, JSONPath, swagger-parser, ts-morph, TypeScript or prettier", async () => {
    const { stdout, modules } = await modulesLoaded(["generate", "--input", spec, "--output", output]);
    expect(stdout).toMatch(/up to date/);
    // The log is complete enough to judge: it holds the CLI's own modules.
    expect(modules.some((url) => url.endsWith("/dist/cli/generation-key.js"))).toBe(true);
    const heavy = /node_modules\/(yaml|jsonpath-rfc9535|@apidevtools|swagger2openapi|ts-morph|@ts-morph|typescript|prettier|yargs)\/|\/dist\/(load\/(parse-document|load-spec|overlays)|model\/(build-model|schema)|emit\/[^/]+|generate)\.js$/;
    expect(modules.filter((url) => heavy.test(url))).toEqual([]);
  });

  it("--force regenerates anyway, and leaves files with the same bytes untouched", async () => {
    const before = await mtimes(output);
    const result = await runCli(["generate", "--input", spec, "--output", output, "--force"]);
    expect(result.stdout).toMatch(/wrote 0 of \d+ files/);
    expect(await mtimes(output)).toEqual(before);
  });

  it("a changed $ref'd file, a changed option or an edited output file regenerates", async () => {
    const pet = join(work.path, "spec/schemas/pet.yaml");
    // The file ends inside `properties:`, so an indented line adds a property.
    await writeFile(pet, `${await readFile(pet, "utf8")}  nickname: { type: string }\n`);
    const before = await mtimes(output);
    const changed = await runCli(["generate", "--input", spec, "--output", output]);
    expect(changed.stdout).toMatch(/wrote \d+ of \d+ files/);
    expect(await readFile(join(output, "types.ts"), "utf8")).toContain("nickname");
    const after = await mtimes(output);
    // Only what the new property changes is rewritten: the runtime keeps its files as they were.
    expect(after["types.ts"]).not.toBe(before["types.ts"]);
    expect(after["runtime/client.ts"]).toBe(before["runtime/client.ts"]);
    const renamed = await runCli(["generate", "--input", spec, "--output", output, "--name", "Pets"]);
    expect(renamed.stdout).toMatch(/wrote \d+ of \d+ files/);
    await writeFile(join(output, "types.ts"), "// edited by hand\n");
    const repaired = await runCli(["generate", "--input", spec, "--output", output, "--name", "Pets"]);
    expect(repaired.stdout).toMatch(/wrote \d+ of \d+ files/);
    expect(await readFile(join(output, "types.ts"), "utf8")).toContain("nickname");
  });
});
