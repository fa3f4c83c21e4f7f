import { describe, expect, it } from "vitest";
import { build, document, op, operation, OK_EMPTY } from "./model-helpers.js";

type Json = Record<string, unknown>;

function bodyOf(mediaType: string, schema: Json, schemas: Json = {}) {
  const model = build(document({ schemas, paths: op("/up", "post", { operationId: "up", requestBody: { content: { [mediaType]: { schema } } }, responses: OK_EMPTY }) }));
  const warnings = model.diagnostics.filter((d) => d.code === "form-body-not-object");
  return { kind: operation(model, "up").body?.schema.kind, warnings };
}

describe("a form body whose schema no encodable value fits is typed unknown, with a warning at the schema", () => {
  it.each([
    ["a multipart body of one binary string (Jira's attachments)", "multipart/form-data", { type: "string", format: "binary" }],
    ["a multipart body of text (spoonacular.com)", "multipart/form-data", { type: "string" }],
    ["a multipart array", "multipart/form-data", { type: "array", items: { type: "string" } }],
    ["a form-urlencoded number", "application/x-www-form-urlencoded", { type: "number" }],
    ["a form-urlencoded binary string", "application/x-www-form-urlencoded", { type: "string", format: "binary" }],
    ["through a $ref", "multipart/form-data", { $ref: "#/components/schemas/File" }],
  ])("%s", (_case, mediaType, schema) => {
    const { kind, warnings } = bodyOf(mediaType, schema, { File: { type: "string", format: "binary" } });
    expect(kind).toBe("unknown");
    expect(warnings.map((d) => d.pointer)).toEqual([`#/paths/~1up/post/requestBody/content/${mediaType.replace("/", "~1")}/schema`]);
  });

  it.each([
    // Inline shapes are named types: a `ref` to the body's own type.
    ["an object", "multipart/form-data", { type: "object", properties: { file: { type: "string", format: "binary" } } }, "ref"],
    ["fields without `type`", "multipart/form-data", { properties: { a: { type: "string" } } }, "ref"],
    ["a form-urlencoded string: its encoded text", "application/x-www-form-urlencoded", { type: "string" }, "ref"],
    ["no type at all", "multipart/form-data", {}, "unknown"],
  ])("%s stays as declared, without a warning", (_case, mediaType, schema, kind) => {
    expect(bodyOf(mediaType, schema)).toEqual({ kind, warnings: [] });
  });
});

describe("a body that requires a file offers multipart first, where JSON came first (body's content types)", () => {
  const file = { type: "string", format: "binary" };
  const contentTypesOf = (content: Json) =>
    operation(build(document({ paths: op("/up", "post", { operationId: "up", requestBody: { content }, responses: OK_EMPTY }) })), "up").body?.contentTypes;
  const both = (schema: Json) => ({ "application/json": { schema }, "application/x-www-form-urlencoded": { schema }, "multipart/form-data": { schema } });

  it.each([
    ["a required file (drf-spectacular's FileField)", both({ type: "object", required: ["f"], properties: { f: file } }), ["multipart/form-data", "application/json", "application/x-www-form-urlencoded"]],
    ["an optional file: JSON stays first", both({ type: "object", properties: { f: file } }), ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]],
    ["no file", both({ type: "object", required: ["t"], properties: { t: { type: "string" } } }), ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"]],
    ["no multipart", { "application/json": { schema: { type: "object", required: ["f"], properties: { f: file } } } }, ["application/json"]],
  ])("%s", (_case, content, want) => {
    expect(contentTypesOf(content)).toEqual(want);
  });
});
