import { describe, expect, it } from "vitest";
import type { Schema } from "../../src/model/ir.js";
import { build, document, namedType } from "./model-helpers.js";

const ITEM = { type: "object", properties: { name: { type: "string" } } };

/** The named body type of `putItem` when its request body offers `content`, its media types in the order the client prefers them, and the model's notes. */
function bodyOf(content: Record<string, unknown>): { schema: Schema; contentTypes: string[]; notes: string[] } {
  const model = build(
    document({
      schemas: { Item: ITEM },
      paths: { "/item": { put: { operationId: "putItem", requestBody: { required: true, content }, responses: { "204": { description: "done" } } } } },
    }),
  );
  const body = model.resources.flatMap((r) => r.operations).find((o) => o.operationId === "putItem")?.body;
  if (body === undefined) throw new Error("putItem has no body");
  const schema = body.schema.kind === "ref" && body.schema.name === "PutItemBody" ? namedType(model, "PutItemBody").schema : body.schema;
  return { schema, contentTypes: body.contentTypes, notes: model.diagnostics.filter((d) => d.code === "raw-request-body").map((d) => `${d.pointer}: ${d.message}`) };
}

describe("a request body the client sends as given, whose schema describes objects", () => {
  it("is the XML document as a string, with a note", () => {
    expect(bodyOf({ "application/xml": { schema: { $ref: "#/components/schemas/Item" } } })).toEqual({
      schema: { kind: "string" },
      contentTypes: ["application/xml"],
      notes: ["#/paths/~1item/put/requestBody/content/application~1xml: the client does not write application/xml from objects: the body is a string holding the document the schema describes"],
    });
  });

  it("is binary data for a byte type", () => {
    expect(bodyOf({ "application/vnd.custom": { schema: { type: "array", items: ITEM } } }).schema).toEqual({ kind: "binary", text: {} });
  });

  it("is a string when every variant of a oneOf is an object", () => {
    expect(bodyOf({ "text/plain": { schema: { oneOf: [ITEM, { $ref: "#/components/schemas/Item" }] } } }).schema).toEqual({ kind: "string" });
  });

  it("keeps its schema when JSON or a form type is offered too", () => {
    for (const other of ["application/json", "application/x-www-form-urlencoded", "multipart/form-data", "*/*", "application/*"]) {
      const { schema, notes } = bodyOf({ "application/xml": { schema: ITEM }, [other]: { schema: ITEM } });
      expect(schema.kind, other).toBe("object");
      expect(notes, other).toEqual([]);
    }
  });

  it("keeps a schema that text can carry", () => {
    expect(bodyOf({ "text/plain": { schema: { type: "integer" } } }).schema.kind).toBe("number");
    expect(bodyOf({ "application/xml": { schema: { oneOf: [ITEM, { type: "string" }] } } }).schema.kind).toBe("union");
    expect(bodyOf({ "application/xml": { schema: {} } }).notes).toEqual([]);
  });
});

describe("deciding whether only objects satisfy a body schema", () => {
  /** `L0` … `L{depth}`: each level a oneOf of two references to the next, the last an object. */
  function diamonds(depth: number): Record<string, unknown> {
    const schemas: Record<string, unknown> = { [`L${depth}`]: ITEM };
    for (let i = 0; i < depth; i++) schemas[`L${i}`] = { oneOf: [{ $ref: `#/components/schemas/L${i + 1}` }, { allOf: [{ $ref: `#/components/schemas/L${i + 1}` }] }] };
    return schemas;
  }

  it("reads each schema once, however many paths reach it", () => {
    const model = build(
      document({
        schemas: diamonds(40),
        paths: { "/item": { put: { operationId: "putItem", requestBody: { content: { "application/xml": { schema: { $ref: "#/components/schemas/L0" } } } }, responses: { "204": { description: "done" } } } } },
      }),
    );
    expect(model.diagnostics.filter((d) => d.code === "raw-request-body").map((d) => d.pointer)).toEqual(["#/paths/~1item/put/requestBody/content/application~1xml"]);
  });
});

describe("the media type a request body is sent in by default", () => {
  it("is application/json, then other concrete JSON types, then JSON ranges (Swashbuckle lists application/*+json or application/json-patch+json first)", () => {
    const schema = { $ref: "#/components/schemas/Item" };
    const swashbuckle = { "application/*+json": { schema }, "application/json-patch+json": { schema }, "application/json": { schema }, "text/json": { schema } };
    expect(bodyOf(swashbuckle).contentTypes).toEqual(["application/json", "application/json-patch+json", "text/json", "application/*+json"]);
    expect(bodyOf({ "application/*+json": { schema }, "application/vnd.api+json": { schema } }).contentTypes).toEqual(["application/vnd.api+json", "application/*+json"]);
  });

  it("is text/json as JSON: its object schema is kept, with no raw-body note", () => {
    const { schema, notes } = bodyOf({ "text/json": { schema: { $ref: "#/components/schemas/Item" } } });
    expect(schema).toEqual({ kind: "ref", name: "Item" });
    expect(notes).toEqual([]);
  });

  it("is JSON before the others, which keep their order", () => {
    expect(bodyOf({ "text/plain": { schema: ITEM }, "multipart/form-data": { schema: ITEM }, "application/json": { schema: ITEM } }).contentTypes).toEqual(["application/json", "text/plain", "multipart/form-data"]);
  });
});
