import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../src/load/load-spec.js";
import { openApiSchemaCheck } from "../../src/load/openapi-schema.js";

/** swagger-parser's own validator, which compiles ajv on every call: the oracle. */
const swaggerParserCheck = createRequire(import.meta.url)("@apidevtools/swagger-parser/lib/validators/schema.js") as (api: unknown) => void;

function thrown(check: (api: unknown) => void, api: unknown): string | undefined {
  try {
    check(api);
    return undefined;
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
}

const response = (description: unknown) => ({ responses: { "200": { description } } });

/** Invalid in several places each, so the message has several lines in ajv's order. */
const INVALID: Record<string, object> = {
  "Swagger 2.0": { swagger: "2.0", info: { title: "x" }, paths: { "/a": { get: { responses: { "200": {} } } } }, "bad-key": 1 },
  "OpenAPI 3.0": { openapi: "3.0.3", info: { title: "x" }, paths: { "/a": { get: response(5) } }, extra: true },
  // components.schemas and parameter schemas go through swagger-parser's 3.1 `$dynamicRef` patches.
  "OpenAPI 3.1": {
    openapi: "3.1.0",
    info: { version: "1" },
    paths: { "/a": { get: { parameters: [{ name: "q", in: "nowhere", schema: 7 }], ...response("ok") } } },
    components: { schemas: { A: 5, B: { type: "string" } } },
  },
  // A truthy `swagger` field selects the Swagger 2.0 schema even beside `openapi`.
  "OpenAPI 3.0 with a swagger field": { openapi: "3.0.0", swagger: "2.0", info: { title: "x" }, paths: {} },
};

describe("the precompiled OpenAPI schema validators", () => {
  for (const [dialect, document] of Object.entries(INVALID)) {
    it(`report a ${dialect} document exactly as swagger-parser's validator does`, () => {
      const expected = thrown(swaggerParserCheck, structuredClone(document));
      expect(expected).toMatch(/^SyntaxError: Swagger schema validation failed\.\n {2}#\S+ .+\n {2}#\S+ .+\n/);
      expect(thrown(openApiSchemaCheck(document), document)).toBe(expected);
    });
  }

  it("accept a valid document of each dialect, as swagger-parser's validator does", () => {
    const info = { title: "x", version: "1" };
    for (const document of [
      { swagger: "2.0", info, paths: { "/a": { get: { responses: { "200": { description: "ok" } } } } } },
      { openapi: "3.0.3", info, paths: { "/a": { get: response("ok") } } },
      { openapi: "3.1.0", info, paths: {}, components: { schemas: { A: { type: "string" }, B: true } } },
    ]) {
      expect(thrown(swaggerParserCheck, structuredClone(document))).toBeUndefined();
      expect(thrown(openApiSchemaCheck(document), document)).toBeUndefined();
    }
  });
});

describe("the invalid-openapi warning", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "camelgen-schema-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("holds a Swagger 2.0 document to the 2.0 schema, which the upgrade to 3.0 would hide", async () => {
    const swagger = {
      swagger: "2.0",
      info: { title: "x", version: "1" },
      paths: { "/a": { post: { parameters: [{ in: "query", name: "q", type: "object" }, { in: "body", name: "b" }], responses: { "200": { description: "ok" } } } } },
    };
    const file = join(dir, "swagger-invalid-parameters.json");
    await writeFile(file, JSON.stringify(swagger));
    const loaded = await loadSpec(file);
    expect(thrown(swaggerParserCheck, structuredClone(swagger))).toBeDefined();
    expect(loaded.diagnostics.filter((d) => d.code === "invalid-openapi")).toHaveLength(1);
  });

  for (const [dialect, document] of Object.entries(INVALID)) {
    it(`is swagger-parser's message's first three lines for a ${dialect} document`, async () => {
      const file = join(dir, `${dialect.replace(/\W+/g, "-")}.json`);
      await writeFile(file, JSON.stringify(document));
      const loaded = await loadSpec(file);
      // The oracle sees what the loader validates: the loaded document, and a Swagger 2.0 one as written.
      const validated = "swagger" in document ? document : loaded.document;
      const message = thrown(swaggerParserCheck, structuredClone(validated))?.replace(/^SyntaxError: /, "");
      expect(message).toBeDefined();
      const firstLines = (message ?? "").split("\n").slice(0, 3).join(" ").trim();
      const warnings = loaded.diagnostics.filter((d) => d.code === "invalid-openapi").map((d) => d.message);
      expect(warnings).toEqual([firstLines]);
    });
  }
});
