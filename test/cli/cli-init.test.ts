import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../src/cli/config.js";
import { runInit, type InitFlags } from "../../src/cli/init-command.js";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

const SPEC = join(REPO, "fixtures/cases/recursive.yaml");

let work: Awaited<ReturnType<typeof tempDir>>;
let counter = 0;

beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

async function folder(packageJson?: string): Promise<string> {
  const dir = join(work.path, `p${counter++}`);
  await mkdir(dir);
  if (packageJson !== undefined) await writeFile(join(dir, "package.json"), packageJson);
  return dir;
}

/** runInit in-process; `answers` are given, in order, to the questions asked (as on a terminal). */
async function init(dir: string, flags: InitFlags, answers?: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const questions: string[] = [];
  const ask = answers && (async (q: string) => (questions.push(q), answers.shift() ?? ""));
  const code = await runInit(dir, flags, ask, (l) => err.push(l), (l) => out.push(l));
  return { code, stdout: out.join("\n"), stderr: err.join("\n"), questions };
}

const scriptsOf = async (dir: string) => (JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts;

describe("camelgen init", { timeout: 60_000 }, () => {
  it("writes a commented config the reader accepts, adds the scripts, keeps every other byte of package.json", async () => {
    const original = '{\n    "name": "app",\n    "files": ["dist", "src"],\n    "scripts": {\n        "build": "tsc"\n    },\n    "private": true\n}\n';
    const dir = await folder(original);
    const result = await init(dir, { input: SPEC, output: "src/api", name: "Trees" });
    expect(result.code, result.stderr).toBe(0);
    const text = await readFile(join(dir, "camelgen.config.json"), "utf8");
    expect(text).toMatch(/^\s*\/\/ /m);
    expect(await readConfig(dir)).toEqual([{ input: SPEC, output: "src/api", name: "Trees" }]);
    const after = await readFile(join(dir, "package.json"), "utf8");
    expect(after).toBe(original.replace('"build": "tsc"\n', '"build": "tsc",\n        "generate": "camelgen",\n        "generate:check": "camelgen --check"\n'));
    expect(result.stdout).toMatch(/Next: npm run generate$/);
  });

  it("a URL becomes the pull source and the config's input the snapshot; prebuild only when asked; the user's own scripts stay", async () => {
    const dir = await folder('{\n\t"name": "app",\n\t"scripts": { "generate": "my-own-generator" }\n}');
    const result = await init(dir, { input: "https://api.example.test/schema/", prebuild: true });
    expect(result.code, result.stderr).toBe(0);
    expect(await readConfig(dir)).toEqual([{ source: "https://api.example.test/schema/", input: "schema/openapi.yaml", output: "src/generated/api" }]);
    expect(await scriptsOf(dir)).toEqual({ generate: "my-own-generator", "generate:check": "camelgen --check", pull: "camelgen pull", prebuild: "camelgen" });
    expect(result.stdout).toContain('kept your own "generate" script');
    expect(result.stdout).toMatch(/Next: npm run pull && npm run generate$/);
    const plain = await folder('{ "name": "app" }\n');
    expect((await init(plain, { input: SPEC })).code).toBe(0);
    expect(await scriptsOf(plain)).toEqual({ generate: "camelgen", "generate:check": "camelgen --check" });
  });

  it("refuses to replace a config (exit 2, unchanged) unless --force", async () => {
    const dir = await folder();
    await writeFile(join(dir, "camelgen.config.json"), '{ "input": "mine.yaml", "output": "x" }');
    const refused = await init(dir, { input: SPEC });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--force");
    expect(await readFile(join(dir, "camelgen.config.json"), "utf8")).toBe('{ "input": "mine.yaml", "output": "x" }');
    expect((await init(dir, { input: SPEC, force: true })).code).toBe(0);
    expect(await readConfig(dir)).toEqual([{ input: SPEC, output: "src/generated/api" }]);
  });

  it("on a terminal asks only for what the flags did not give", async () => {
    const dir = await folder("{}\n");
    const result = await init(dir, { output: "client" }, [SPEC, "Woods", "y"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.questions).toHaveLength(3);
    expect(result.questions.join("\n")).not.toMatch(/Output folder/);
    expect(await readConfig(dir)).toEqual([{ input: SPEC, output: "client", name: "Woods" }]);
    expect((await scriptsOf(dir))?.["prebuild"]).toBe("camelgen");
  });

  it("on a terminal asks again after a file that does not exist or a bad name, and before any question refuses an existing config", async () => {
    const dir = await folder("{}\n");
    const result = await init(dir, {}, ["nope.yaml", SPEC, "", "not a name", "Woods", "n"]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.questions.filter((q) => q.startsWith("OpenAPI document"))).toHaveLength(2);
    expect(result.questions.filter((q) => q.startsWith("Client class name"))).toHaveLength(2);
    expect(result.stderr).toContain("nope.yaml: no such file");
    expect(result.stderr).toContain('"not a name"');
    expect(await readConfig(dir)).toEqual([{ input: SPEC, output: "src/generated/api", name: "Woods" }]);
    const gaveUp = await init(await folder(), {}, ["nope.yaml"]);
    expect(gaveUp.code).toBe(2);
    expect(gaveUp.stderr).toContain("--input");
    const existing = await init(dir, {}, [SPEC]);
    expect(existing.code).toBe(2);
    expect(existing.questions).toEqual([]);
    expect(existing.stderr).toContain("--force");
  });

  it("says when --prebuild has no build script to run before", async () => {
    const without = await folder('{ "name": "app" }\n');
    expect((await init(without, { input: SPEC, prebuild: true })).stdout).toContain('no "build" script');
    const withBuild = await folder('{ "name": "app", "scripts": { "build": "tsc" } }\n');
    expect((await init(withBuild, { input: SPEC, prebuild: true })).stdout).not.toContain('no "build" script');
  });

  it("without a terminal and without --input, or with a file that does not exist: exit 2, nothing written", async () => {
    const dir = await folder();
    const none = await runCli(["init"], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--input");
    const generate = await runCli([], dir);
    expect(generate.code).toBe(2);
    expect(generate.stderr).toContain("npx camelgen init");
    const missing = await init(dir, { input: "nope.yaml" });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml: no such file");
    await expect(readFile(join(dir, "camelgen.config.json"))).rejects.toThrow();
  });

  it("config as tsconfig.json is written: comments and trailing commas; strings are left alone", async () => {
    const dir = await folder();
    const text = '\uFEFF// head\n{ "input": "x // not a comment", /* note\n */ "output": "/* kept */", } // tail';
    await writeFile(join(dir, "camelgen.config.json"), text);
    expect(await readConfig(dir)).toEqual([{ input: "x // not a comment", output: "/* kept */" }]);
  });

  it("a config that is not JSON: the error names its line and column", async () => {
    const dir = await folder();
    await writeFile(join(dir, "camelgen.config.json"), '{\n  "input": "a.yaml"\n  "output": "out"\n}');
    await expect(readConfig(dir)).rejects.toThrow(`${join(dir, "camelgen.config.json")}:3:3: not valid JSON (CommaExpected)`);
  });
});
