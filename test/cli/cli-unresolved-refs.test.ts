import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempDir, type CliResult } from "../helpers/run-cli.js";

const FIXTURE = join(REPO, "fixtures/cases/unresolved-refs/openapi.yaml");
const THINGS = "#/paths/~1things~1{id}";

let work: Awaited<ReturnType<typeof tempDir>>;
let result: CliResult;

beforeAll(async () => {
  work = await tempDir();
  result = await runCli(["generate", "--input", FIXTURE, "--output", join(work.path, "client")]);
}, 120_000);

afterAll(() => work.remove());

describe("a $ref to a missing component is refused wherever it stands (fixtures/cases/unresolved-refs)", () => {
  const places: [string, string, string][] = [
    ["a path-level parameter", `${THINGS}/parameters/0`, "#/components/parameters/NoPathParam"],
    ["an operation parameter", `${THINGS}/post/parameters/0`, "#/components/parameters/NoParam"],
    ["a parameter's schema", `${THINGS}/post/parameters/1/schema`, "#/components/schemas/NoParamSchema"],
    ["the root of a request body schema", `${THINGS}/post/requestBody/content/application~1json/schema`, "#/components/schemas/NoBody"],
    ["a callback's request body schema", `${THINGS}/post/callbacks/done/{$request.body#~1url}/post/requestBody/content/application~1json/schema`, "#/components/schemas/NoCallbackBody"],
    ["a response header", `${THINGS}/post/responses/200/headers/X-Rate`, "#/components/headers/NoHeader"],
    ["the root of a response schema", `${THINGS}/post/responses/200/content/application~1json/schema`, "#/components/schemas/NoResponse"],
    ["a named example", `${THINGS}/post/responses/200/content/application~1json/examples/one`, "#/components/examples/NoExample"],
    ["a link", `${THINGS}/post/responses/200/links/self`, "#/components/links/NoLink"],
    ["a response object", `${THINGS}/post/responses/404`, "#/components/responses/NoResponseObject"],
    ["a request body object", `${THINGS}/put/requestBody`, "#/components/requestBodies/NoRequestBody"],
    ["array items", `${THINGS}/put/responses/200/content/application~1json/schema/items`, "#/components/schemas/NoItems"],
    ["a component's property", "#/components/schemas/Thing/properties/part", "#/components/schemas/NoProperty"],
  ];

  it("exits 1 and writes nothing", () => {
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/13 error\(s\) above; nothing was written/);
  });

  it.each(places)("%s: one error with the $ref holder's pointer, its line and column, and the same wording", (_place, pointer, ref) => {
    const prefix = `error unresolved-ref ${pointer} at ${FIXTURE}:`;
    const suffix = `: $ref ${JSON.stringify(ref)} does not resolve`;
    const lines = result.stderr.split("\n").filter((l) => l.startsWith(prefix) && l.endsWith(suffix));
    expect(lines).toHaveLength(1);
    const [line, column] = (lines[0] ?? "").slice(prefix.length, -suffix.length).split(":").map(Number);
    // Each holder stands on the line of its $ref: the column is its key's (or, in a list, the item's).
    const text = readFileSync(FIXTURE, "utf8").split("\n")[(line ?? 0) - 1] ?? "";
    expect(text).toContain(`$ref: ${JSON.stringify(ref)}`);
    const key = pointer.split("/").at(-1)?.replace(/~1/g, "/") ?? "";
    const holder = /^\d+$/.test(key) && !pointer.endsWith("/404") ? "$ref:" : `${key}:`;
    expect(text.slice((column ?? 0) - 1).replace(/^"(\d+)"/, "$1")).toMatch(new RegExp(`^${holder.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&")}`));
  });

  it("reports nothing else: the `$ref` in the example is data", () => {
    const errors = result.stderr.split("\n").filter((l) => l.startsWith("error "));
    expect(errors).toHaveLength(places.length);
    expect(result.stderr).not.toContain("NotAReference");
  });
});
