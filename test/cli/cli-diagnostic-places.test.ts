import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/run-cli.js";

// One operation whose path parameter `pk` the template does not name: a warning at the parameter.
const operation = { operationId: "things_get", parameters: [{ name: "pk", in: "path", required: true, schema: { type: "integer" } }], responses: { "200": { description: "ok" } } };
const openapi = { openapi: "3.0.3", info: { title: "Places", version: "1" }, paths: { "/things": { get: operation } } };
const POINTER = "#/paths/~1things/get/parameters/0";

let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir();
  await writeFile(join(work.path, "openapi.json"), JSON.stringify(openapi, null, 2));
  await writeFile(join(work.path, "paths.json"), JSON.stringify({ things: { get: operation } }, null, 2));
  const bundled = { ...openapi, paths: { "/things": { $ref: "./paths.json#/things" } } };
  await writeFile(join(work.path, "bundled.json"), JSON.stringify(bundled, null, 2));
  // The body parameter before `pk` leaves the list in the upgrade: `pk` is parameters/0 there, 1 here.
  const parameters = [{ name: "body", in: "body", schema: { type: "object" } }, { name: "pk", in: "path", required: true, type: "integer" }];
  const swagger = { swagger: "2.0", info: openapi.info, paths: { "/things": { post: { ...operation, parameters } } } };
  await writeFile(join(work.path, "swagger.json"), JSON.stringify(swagger, null, 2));
  const overlay = { overlay: "1.0.0", info: { title: "tag", version: "1" }, actions: [{ target: "$.info", update: { description: "tagged" } }] };
  await writeFile(join(work.path, "tag.overlay.json"), JSON.stringify(overlay));
}, 60_000);

afterAll(() => work.remove());

async function warningsOf(input: string, ...more: string[]): Promise<Record<string, unknown>[]> {
  const result = await runCli(["generate", "--input", input, "--output", join(work.path, `out-${input}`), "--json", ...more], work.path);
  const diagnostics = (JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[] }).diagnostics;
  return diagnostics.filter((d) => d["code"] === "path-param-not-in-template");
}

describe("a diagnostic names its place in the input's text where the text holds its pointer", () => {
  it("JSON: the line and column of the parameter's object, in stderr and in --json", async () => {
    const [warning] = await warningsOf("openapi.json");
    const lines = JSON.stringify(openapi, null, 2).split("\n");
    // The object holding `"name": "pk"` opens on the line before it, at its indentation less two.
    const nameLine = lines.findIndex((line) => line.includes('"name": "pk"'));
    const column = (lines[nameLine]?.indexOf('"name"') ?? 0) - 2 + 1;
    expect(warning).toMatchObject({ pointer: POINTER, file: "openapi.json", line: nameLine, column });
    const text = await runCli(["generate", "--input", "openapi.json", "--output", join(work.path, "out-text")], work.path);
    expect(text.stderr).toContain(`warning path-param-not-in-template ${POINTER} at openapi.json:${nameLine}:${column}: path parameter "pk"`);
  });

  it("Swagger 2.0 (upgraded to OpenAPI 3 first): the pointer and place the 2.0 text has", async () => {
    const [warning] = await warningsOf("swagger.json");
    const lines = (await readFile(join(work.path, "swagger.json"), "utf8")).split("\n");
    const nameLine = lines.findIndex((line) => line.includes('"name": "pk"'));
    expect(warning).toMatchObject({ pointer: "#/paths/~1things/post/parameters/1", file: "swagger.json", line: nameLine });
  });

  it.each([
    ["content bundled from another file", "bundled.json", []],
    ["a document an overlay changed", "openapi.json", ["--overlay", "tag.overlay.json"]],
  ])("%s: the pointer, without a place", async (_case, input, more) => {
    const warnings = await warningsOf(input, ...more);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ pointer: POINTER });
    expect(warnings[0]).not.toHaveProperty("line");
  });
});
