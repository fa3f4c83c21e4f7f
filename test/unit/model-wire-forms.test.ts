import { describe, expect, it } from "vitest";
import type { Schema } from "../../src/model/ir.js";
import { build, document, namedType, object, op, operation, prop, ref } from "./model-helpers.js";

const BYTES: Schema = { kind: "binary", text: { format: "binary" } };
const TEXT: Schema = { kind: "string", format: "binary" };
const BINARY = { type: "string", format: "binary" };
const $ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const body = (content: Record<string, unknown>) => ({ requestBody: { content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }])) } });
const post = (operationId: string, content: Record<string, unknown>) => ({ post: { operationId, ...body(content), responses: { "204": { description: "" } } } });

describe("format: binary by where the value travels", () => {
  it.each<[string, Record<string, unknown>, Schema]>([
    ["a property of a JSON body is a string", { "application/json": { type: "object", properties: { f: BINARY } } }, object([prop("f", TEXT)])],
    ["an item of a +json body is a string", { "application/merge-patch+json": { type: "array", items: BINARY } }, { kind: "array", items: TEXT }],
    ["a multipart part is bytes", { "multipart/form-data": { type: "object", properties: { f: BINARY } } }, object([prop("f", BYTES)])],
    ["each item of a multipart part is bytes", { "multipart/form-data": { type: "object", properties: { f: { type: "array", items: BINARY } } } }, object([prop("f", { kind: "array", items: BYTES })])],
    ["inside a multipart part's object it is a string (a JSON part)", { "multipart/form-data": { type: "object", properties: { m: { type: "object", properties: { f: BINARY } } } } }, object([prop("m", object([prop("f", TEXT)]))])],
    ["a JSON body a caller may send as a form keeps its parts", { "application/json": { type: "object", properties: { f: BINARY } }, "application/x-www-form-urlencoded": { type: "object", properties: { f: BINARY } } }, object([prop("f", BYTES)])],
    ["a whole body is bytes under any media type", { "application/json": BINARY }, BYTES],
  ])("%s", (_label, content, want) => {
    const model = build(document({ paths: { "/a": post("a_create", content) } }));
    const schema = operation(model, "a_create").body?.schema;
    expect(schema?.kind === "ref" ? namedType(model, schema.name).schema : schema).toEqual(want);
  });

  it("keeps the string constraints of a binary string inside JSON", () => {
    const model = build(document({ paths: { "/a": post("a_create", { "application/json": { type: "object", properties: { f: { ...BINARY, maxLength: 8, pattern: "^[a-z]+$" } } } }) } }));
    expect(namedType(model, "ACreateBody").schema).toEqual(object([prop("f", { kind: "string", format: "binary", maxLength: 8, pattern: "^[a-z]+$" })]));
  });

  it("an OpenAPI 3.1 contentEncoding / contentMediaType string stays a string", () => {
    const encoded = { type: "string", contentEncoding: "base64", contentMediaType: "image/png" };
    const model = build(document({ openapi: "3.1.0", paths: { "/a": post("a_create", { "application/json": { type: "object", properties: { f: encoded } } }) } }));
    expect(namedType(model, "ACreateBody").schema).toEqual(object([prop("f", { kind: "string" })]));
  });

  it("a JSON response's property, a parameter and an unused component are strings", () => {
    const model = build(
      document({
        schemas: { Unused: BINARY },
        paths: op("/a", "get", {
          operationId: "a_get",
          parameters: [{ in: "query", name: "q", schema: BINARY }],
          responses: { "200": { description: "", content: { "application/json": { schema: { type: "object", properties: { f: BINARY } } } } } },
        }),
      }),
    );
    expect(namedType(model, "AGetResponse").schema).toEqual(object([prop("f", TEXT)]));
    expect(operation(model, "a_get").params[0]?.schema).toEqual(TEXT);
    expect(namedType(model, "Unused").schema).toEqual(TEXT);
  });
});

describe("a named schema used inside JSON and as bytes", () => {
  const shared = () =>
    build(
      document({
        schemas: { Blob1: BINARY, Doc: { type: "object", required: ["title"], properties: { title: { type: "string" }, file: $ref("Blob1") } } },
        paths: {
          "/json": post("json_create", { "application/json": $ref("Doc") }),
          "/form": post("form_create", { "multipart/form-data": $ref("Doc") }),
        },
      }),
    );

  it("keeps its name for the JSON form and gets a <Name>Upload form that keeps the bytes", () => {
    const model = shared();
    expect(model.types.map((t) => [t.name, t.schema])).toEqual([
      ["Blob1", TEXT],
      ["Blob1Upload", BYTES],
      ["Doc", object([prop("title", { kind: "string" }, { required: true }), prop("file", ref("Blob1"))])],
      ["DocUpload", object([prop("title", { kind: "string" }, { required: true }), prop("file", ref("Blob1Upload"))])],
    ]);
    expect(operation(model, "json_create").body?.schema).toEqual(ref("Doc"));
    expect(operation(model, "form_create").body?.schema).toEqual(ref("DocUpload"));
  });

  it("a schema used only as bytes keeps its name", () => {
    const model = build(document({ schemas: { Doc: { type: "object", properties: { file: BINARY } } }, paths: { "/form": post("form_create", { "multipart/form-data": $ref("Doc") }) } }));
    expect(model.types.map((t) => [t.name, t.schema])).toEqual([["Doc", object([prop("file", BYTES)])]]);
  });

  it("the Upload form follows a configured type name and avoids a name taken", () => {
    const model = build(
      document({
        schemas: { Part: BINARY, PartUpload: { type: "string" }, Doc: { type: "object", properties: { file: $ref("Part") } } },
        paths: { "/json": post("json_create", { "application/json": $ref("Doc") }), "/form": post("form_create", { "multipart/form-data": $ref("Doc") }) },
      }),
      { typeNames: { Doc: "Paper" } },
    );
    expect(model.types.map((t) => t.name)).toEqual(["Paper", "PaperUpload", "Part", "PartUpload", "PartUpload2"]);
    expect(namedType(model, "PaperUpload").schema).toEqual(object([prop("file", ref("PartUpload2"))]));
  });

  it("a discriminator's mapping names the form its variants take", () => {
    const model = build(
      document({
        schemas: {
          Choice: { oneOf: [$ref("A"), $ref("B")], discriminator: { propertyName: "t", mapping: { a: "#/components/schemas/A", b: "#/components/schemas/B" } } },
          A: { type: "object", properties: { t: { type: "string" }, file: BINARY } },
          B: { type: "object", properties: { t: { type: "string" } } },
        },
        paths: { "/json": post("json_create", { "application/json": $ref("Choice") }), "/form": post("form_create", { "multipart/form-data": $ref("Choice") }) },
      }),
    );
    const upload = namedType(model, "ChoiceUpload").schema;
    expect(upload.kind === "union" ? [upload.variants, upload.discriminator?.mapping] : upload).toEqual([[ref("AUpload"), ref("B")], { a: "AUpload", b: "B" }]);
    expect(namedType(model, "AUpload").schema).toEqual(object([prop("t", { kind: "string" }), prop("file", BYTES)]));
    expect(namedType(model, "A").schema).toEqual(object([prop("t", { kind: "string" }), prop("file", TEXT)]));
  });
});
