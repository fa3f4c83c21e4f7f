import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

const JSON_SPEC = {
  openapi: "3.0.3",
  info: { title: "Pets", version: "1" },
  paths: { "/pets": { get: { operationId: "listPets", responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "array", items: { type: "string" } } } } } } } } },
};

/** The module URLs and paths a full generation of `spec` loads, as test/helpers/module-log.mjs records them. */
async function modulesOfGeneration(spec: string, output: string): Promise<string[]> {
  const log = join(work.path, "modules.log");
  await writeFile(log, "");
  const preload = join(REPO, "test/helpers/module-log.mjs");
  await new Promise<void>((done, fail) => {
    const env = { ...process.env, CAMELGEN_MODULE_LOG: log };
    const args = ["--import", preload, join(REPO, "bin/camelgen.js"), "generate", "--input", spec, "--output", output, "--quiet"];
    execFile(process.execPath, args, { cwd: REPO, env }, (error) => (error ? fail(error) : done()));
  });
  return (await readFile(log, "utf8")).split("\n").filter(Boolean);
}

describe("a full generation's start-up", { timeout: 60_000 }, () => {
  it("loads neither the YAML parser nor JSONPath for a JSON document without overlays", async () => {
    const spec = join(work.path, "openapi.json");
    await writeFile(spec, JSON.stringify(JSON_SPEC));
    const output = join(work.path, "client");
    const modules = await modulesOfGeneration(spec, output);
    // The log is complete enough to judge: it holds the loader and the emitter.
    expect(modules.some((url) => url.endsWith("/dist/load/load-spec.js"))).toBe(true);
    expect(modules.some((url) => url.endsWith("/dist/emit/emit.js"))).toBe(true);
    expect(modules.filter((url) => /node_modules\/(yaml|jsonpath-rfc9535)\//.test(url))).toEqual([]);
    expect(await readFile(join(output, "operations.ts"), "utf8")).toContain("listPets");
  });

  it("validates a valid document with the validator precompiled for its version, compiling no ajv schema", async () => {
    const spec = join(work.path, "openapi-31.json");
    await writeFile(spec, JSON.stringify({ ...JSON_SPEC, openapi: "3.1.0" }));
    const modules = await modulesOfGeneration(spec, join(work.path, "client-31"));
    expect(modules.filter((path) => path.includes("/dist/load/validators/")).map((path) => path.slice(path.lastIndexOf("/") + 1))).toEqual(["openapi-3.1.cjs"]);
    const compilers = /node_modules\/(@apidevtools\/|ajv-draft-04\/|ajv\/dist\/(core|ajv|2020|compile\/index)\.js)/;
    expect(modules.filter((path) => compilers.test(path))).toEqual([]);
  });
});
