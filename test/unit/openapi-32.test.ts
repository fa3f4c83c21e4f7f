import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { LoadError } from "../../src/load/load-error.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { internalSelfRefs } from "../../src/load/self-refs.js";
import { buildModel } from "../../src/model/build-model.js";
import { ModelError } from "../../src/model/diagnostics.js";
import { REPO, tempDir } from "../helpers/run-cli.js";

const CASES = join(REPO, "fixtures/cases");
let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir();
});
afterAll(async () => {
  await work.remove();
});

async function load(name: string, document: object) {
  const path = join(work.path, `${name}.yaml`);
  await writeFile(path, stringify(document));
  return loadSpec(path);
}

const info = { title: "T", version: "1" };
const noContent = { "204": { description: "Done." } };

describe("OpenAPI 3.2 documents load", () => {
  it.each(["openapi-32-querystring", "openapi-32-methods", "openapi-32-tags"])("%s.yaml validates with no warning", async (name) => {
    const loaded = await loadSpec(join(CASES, `${name}.yaml`));
    expect(loaded.diagnostics).toEqual([]);
  });

  it("validating leaves the document as it was (the 3.1 view is a copy)", async () => {
    const tags = (await loadSpec(join(CASES, "openapi-32-tags.yaml"))).document as { $self?: string; tags?: { parent?: string }[] };
    expect([tags.$self, tags.tags?.[1]?.parent]).toEqual(["https://example.com/apis/pets/openapi.yaml", "pets"]);
    const methods = (await loadSpec(join(CASES, "openapi-32-methods.yaml"))).document as { paths: Record<string, Record<string, unknown>>; webhooks?: unknown };
    expect(Object.keys(methods.paths["/files/{path}"] ?? {})).toEqual(["parameters", "get", "query", "additionalOperations"]);
    expect(methods.webhooks).toBeUndefined();
    const querystring = (await loadSpec(join(CASES, "openapi-32-querystring.yaml"))).document as { paths: Record<string, { get: { parameters: { in: string }[] } }> };
    expect(querystring.paths["/search"]?.get.parameters[0]?.in).toBe("querystring");
  });

  it.each([
    ["query", { query: { responses: noContent, operationId: 5 } }, "#/paths/~1x/query/operationId must be string"],
    ["additionalOperations", { additionalOperations: { COPY: { responses: noContent, deprecated: "yes" } } }, "#/paths/~1x/additionalOperations/COPY/deprecated must be boolean"],
  ])("a problem inside a `%s` operation is reported at its own pointer", async (_field, item, want) => {
    const loaded = await load("bad-ops", { openapi: "3.2.0", info, paths: { "/x": item } });
    const [warning, ...others] = loaded.diagnostics;
    expect(others).toEqual([]);
    expect(warning).toMatchObject({ code: "invalid-openapi", severity: "warning" });
    expect(warning?.message).toContain(want);
    expect(warning?.message).not.toContain("webhooks");
  });

  it("3.1 rules still apply to the rest of a 3.2 document", async () => {
    const loaded = await load("bad-tag", { openapi: "3.2.0", info, tags: [{ name: "a", kind: "nav", colour: "red" }], paths: {} });
    expect(loaded.diagnostics.map((d) => d.code)).toEqual(["invalid-openapi"]);
  });

  it("a later version is refused by name", async () => {
    await expect(load("v33", { openapi: "3.3.0", info, paths: {} })).rejects.toThrow(LoadError);
    await expect(load("v33", { openapi: "3.3.0", info, paths: {} })).rejects.toThrow(/unsupported OpenAPI version "3.3.0"/);
  });
});

describe("fixtures/cases/openapi-32-refused: conflicts are errors with pointers", () => {
  it("names each breach at its pointer and generates nothing", async () => {
    const loaded = await loadSpec(join(CASES, "openapi-32-refused/openapi.yaml"));
    let error: unknown;
    try {
      buildModel(loaded.document);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    const found = (error as ModelError).diagnostics.filter((d) => d.severity !== "note").map((d) => [d.severity, d.code, d.pointer]);
    expect(found).toEqual([
      ["error", "invalid-additional-operation", "#/paths/~1methods/additionalOperations/POST"],
      ["error", "invalid-additional-operation", "#/paths/~1methods/additionalOperations/BAD METHOD"],
      ["warning", "unsupported-method", "#/paths/~1methods/additionalOperations/CONNECT"],
      ["error", "querystring-conflict", "#/paths/~1mixed/parameters/0"],
      ["error", "querystring-content", "#/paths/~1twice/query/parameters/1/content/text~1plain"],
      ["error", "querystring-conflict", "#/paths/~1twice/query/parameters/1"],
      ["error", "querystring-without-content", "#/paths/~1schema/get/parameters/0"],
    ]);
    const messages = (error as ModelError).diagnostics.map((d) => d.message).join("\n");
    expect(messages).toContain("beside the querystring parameter at #/paths/~1mixed/get/parameters/0");
    expect(messages).toContain("#/paths/~1twice/query/parameters/0 is one");
  });
});

describe("internalSelfRefs", () => {
  const doc = (self: string, refs: string[]) => ({ openapi: "3.2.0", $self: self, paths: {}, components: { schemas: Object.fromEntries(refs.map((ref, i) => [`S${i}`, { $ref: ref }])) } });
  const refsOf = (out: unknown) => Object.values((out as { components: { schemas: Record<string, { $ref: string }> } }).components.schemas).map((s) => s.$ref);

  it.each<[string, string, boolean, string[], string[]]>([
    [
      "an absolute $self: references naming it, absolutely or relatively, become fragments; others stay",
      "https://example.com/api/openapi.yaml",
      false,
      ["https://example.com/api/openapi.yaml#/components/schemas/A", "openapi.yaml#/components/schemas/B", "./openapi.yaml", "other.yaml#/X", "#/components/schemas/C", "https://example.com/api/openapi.yaml#/components/schemas/A%20B"],
      ["#/components/schemas/A", "#/components/schemas/B", "#", "other.yaml#/X", "#/components/schemas/C", "#/components/schemas/A%20B"],
    ],
    [
      "a relative $self in a document read from a URL resolves against that URL",
      "/v2/openapi.json",
      true,
      ["https://api.example.com/v2/openapi.json#/A", "openapi.json#/B", "https://api.example.com/openapi.json#/C"],
      ["#/A", "#/B", "https://api.example.com/openapi.json#/C"],
    ],
    ["a relative $self in a local file is left alone", "/v2/openapi.json", false, ["openapi.json#/B"], ["openapi.json#/B"]],
  ])("%s", (_title, self, isUrl, refs, want) => {
    expect(refsOf(internalSelfRefs(doc(self, refs), isUrl ? "https://api.example.com/specs/x.json" : "/tmp/x.yaml", isUrl))).toEqual(want);
  });
});

describe("3.2 constructs the model resolves or names", () => {
  const op = (extra: object) => ({ operationId: "pets_list", responses: { "200": { description: "Pets.", content: { "application/json": { $ref: "#/components/mediaTypes/A" } } } }, ...extra });
  const doc = (paths: object, components: object = {}, extra: object = {}) => ({
    openapi: "3.2.0",
    info,
    paths,
    components: { mediaTypes: { A: { $ref: "#/components/mediaTypes/B" }, B: { schema: { $ref: "#/components/schemas/Pet" } } }, schemas: { Pet: { type: "object" } }, ...components },
    ...extra,
  });

  it("a `content` entry referring to components.mediaTypes (through another) has that media type's schema", () => {
    const model = buildModel(doc({ "/pets": { get: op({}) } }));
    const success = model.resources[0]?.operations[0]?.success[0];
    expect(success).toMatchObject({ kind: "json", schema: { kind: "ref", name: "Pet" } });
  });

  it("a media type reference that leads nowhere is an error at its pointer", () => {
    const bad = { "/pets": { get: { ...op({}), requestBody: { content: { "application/json": { $ref: "#/components/mediaTypes/Missing" } } } } } };
    expect(() => buildModel(doc(bad))).toThrow(ModelError);
    try {
      buildModel(doc(bad));
    } catch (error) {
      expect((error as ModelError).diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.pointer])).toEqual([
        ["unresolved-media-type", "#/paths/~1pets/get/requestBody/content/application~1json"],
      ]);
    }
  });

  it("positional multipart encodings, style cookie, discriminator defaultMapping and an unknown tag parent are named where they stand", () => {
    const body = { content: { "multipart/mixed": { schema: { type: "array" }, prefixEncoding: [{ contentType: "text/plain" }], itemEncoding: { contentType: "image/png" } } } };
    const union = { oneOf: [{ $ref: "#/components/schemas/Pet" }, { type: "string" }], discriminator: { propertyName: "kind", defaultMapping: "#/components/schemas/Pet" } };
    const cookie = { name: "session", in: "cookie", style: "cookie", schema: { type: "string" } };
    const model = buildModel(
      doc({ "/pets": { post: op({ requestBody: body, parameters: [cookie] }) } }, { schemas: { Pet: { type: "object" }, Either: union } }, { tags: [{ name: "pets", parent: "animals" }] }),
    );
    expect(model.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ["warning", "unknown-tag-parent", "#/tags/0/parent"],
      ["warning", "unsupported-openapi-32", "#/paths/~1pets/post/requestBody/content/multipart~1mixed/prefixEncoding"],
      ["warning", "unsupported-openapi-32", "#/paths/~1pets/post/requestBody/content/multipart~1mixed/itemEncoding"],
      ["warning", "unsupported-default-mapping", "#/components/schemas/Either/discriminator/defaultMapping"],
      ["warning", "unsupported-openapi-32", "#/paths/~1pets/post/parameters/0/style"],
      // The client writes no multipart/mixed: the caller passes the composed body.
      ["note", "raw-request-body", "#/paths/~1pets/post/requestBody/content/multipart~1mixed"],
    ]);
    const either = model.types.find((t) => t.name === "Either")?.schema;
    expect(either).toMatchObject({ kind: "union" });
    expect(either).not.toHaveProperty("discriminator");
  });

  it("the tags fixture's response refers to a media type, whose schema (and Cat's owner) is reached through $self", async () => {
    const loaded = await loadSpec(join(CASES, "openapi-32-tags.yaml"));
    const model = buildModel(loaded.document);
    expect(model.resources.find((r) => r.property === "cats")?.operations[0]?.success[0]?.schema).toEqual({ kind: "ref", name: "Cat" });
    const cat = model.types.find((t) => t.name === "Cat")?.schema;
    expect(cat?.kind === "object" ? cat.properties.find((p) => p.wireName === "owner")?.schema : undefined).toEqual({ kind: "ref", name: "Owner" });
    expect(model.diagnostics).toEqual([]);
  });
});

describe("a querystring beside a query credential", () => {
  const document = (mediaType: string) => ({
    openapi: "3.2.0",
    info,
    security: [{ key: [] }, { bearer: [] }],
    components: { securitySchemes: { key: { type: "apiKey", in: "query", name: "api_key" }, bearer: { type: "http", scheme: "bearer" } } },
    paths: { "/s": { get: { operationId: "s_list", parameters: [{ name: "q", in: "querystring", content: { [mediaType]: { schema: { type: "object" } } } }], responses: noContent } } },
  });

  it.each([
    ["application/json", ["querystring-credential"]],
    ["text/plain", ["querystring-credential"]],
    ["application/x-www-form-urlencoded", []],
  ])("%s -> %j", (mediaType, codes) => {
    const model = buildModel(document(mediaType));
    expect(model.diagnostics.map((d) => [d.code, d.pointer])).toEqual(codes.map((code) => [code, "#/paths/~1s/get"]));
  });
});
