import { describe, expect, it } from "vitest";
import type { Schema } from "../../src/model/ir.js";
import { NULL, OK_EMPTY, STRING, UNKNOWN, build, buildError, document, namedType, object, prop, ref, schemaOf } from "./model-helpers.js";

const PETS = {
  Cat: { type: "object", properties: { pet_type: { type: "string" }, meows: { type: "boolean" } } },
  Dog: { type: "object", properties: { pet_type: { type: "string" }, barks: { type: "boolean" } } },
  A: { type: "object", properties: { a: { type: "string" } } },
};

/** [label, openapi version, given schema node, want IR]. */
const SCHEMAS: [string, string, unknown, Schema][] = [
  ["3.0 nullable string", "3.0.3", { type: "string", nullable: true }, { kind: "union", variants: [STRING, NULL], exclusive: false }],
  ["3.1 type array with null", "3.1.0", { type: ["string", "null"] }, { kind: "union", variants: [STRING, NULL], exclusive: false }],
  ["3.1 type null alone", "3.1.0", { type: "null" }, NULL],
  [
    "3.1 two types",
    "3.1.0",
    { type: ["string", "integer"] },
    { kind: "union", variants: [STRING, { kind: "number", integer: true }], exclusive: false },
  ],
  [
    "3.1 two types and null",
    "3.1.0",
    { type: ["string", "integer", "null"] },
    { kind: "union", variants: [STRING, { kind: "number", integer: true }, NULL], exclusive: false },
  ],
  [
    "drf enum with '' and null, nullable (camelAI source_type)",
    "3.0.3",
    { enum: ["USER", "AI", "TABLE", "", null], type: "string", nullable: true },
    { kind: "enum", values: ["USER", "AI", "TABLE", "", null] },
  ],
  [
    "enum with null but type string only: null dropped",
    "3.0.3",
    { enum: ["USER", "", null], type: "string" },
    { kind: "enum", values: ["USER", ""] },
  ],
  ["untyped enum keeps null", "3.0.3", { enum: ["a", null] }, { kind: "enum", values: ["a", null] }],
  ["3.1 enum with null in type array", "3.1.0", { enum: ["a", null], type: ["string", "null"] }, { kind: "enum", values: ["a", null] }],
  ["nullable enum without null gains it", "3.0.3", { enum: ["a"], type: "string", nullable: true }, { kind: "enum", values: ["a", null] }],
  ["duplicate enum values collapse", "3.0.3", { enum: ["a", "a", 1] }, { kind: "enum", values: ["a", 1] }],
  ["const", "3.1.0", { const: "fixed" }, { kind: "enum", values: ["fixed"] }],
  ["untyped with description only", "3.0.3", { description: "No content" }, UNKNOWN],
  ["empty schema", "3.0.3", {}, UNKNOWN],
  ["untyped nullable stays unknown", "3.0.3", { nullable: true }, UNKNOWN],
  [
    "string constraints",
    "3.0.3",
    { type: "string", format: "date-time", minLength: 1, maxLength: 255, pattern: "^a+$" },
    { kind: "string", format: "date-time", minLength: 1, maxLength: 255, pattern: "^a+$" },
  ],
  [
    "3.0 boolean exclusiveMinimum",
    "3.0.3",
    { type: "integer", minimum: 60, maximum: 900, exclusiveMinimum: true },
    { kind: "number", integer: true, exclusiveMinimum: 60, maximum: 900 },
  ],
  ["3.1 numeric exclusiveMaximum", "3.1.0", { type: "number", exclusiveMaximum: 5 }, { kind: "number", integer: false, exclusiveMaximum: 5 }],
  [
    "array of refs",
    "3.0.3",
    { type: "array", items: { $ref: "#/components/schemas/A" }, minItems: 1, uniqueItems: true },
    { kind: "array", items: ref("A"), minItems: 1, uniqueItems: true },
  ],
  ["array without items", "3.0.3", { type: "array" }, { kind: "array", items: UNKNOWN }],
  ["additionalProperties absent", "3.0.3", { type: "object" }, object([])],
  ["additionalProperties: {}", "3.0.3", { type: "object", additionalProperties: {} }, object([], { schema: UNKNOWN })],
  ["additionalProperties: true", "3.0.3", { type: "object", additionalProperties: true }, object([], { schema: UNKNOWN })],
  ["additionalProperties: false", "3.0.3", { type: "object", additionalProperties: false }, object([], "closed")],
  [
    "additionalProperties typed",
    "3.0.3",
    { additionalProperties: { type: "string", minLength: 1 } },
    object([], { schema: { kind: "string", minLength: 1 } }),
  ],
  [
    "untyped properties become unknown",
    "3.0.3",
    { type: "object", required: ["content"], properties: { content: {}, metadata: { description: "any" } } },
    object([prop("content", UNKNOWN, { required: true }), prop("metadata", UNKNOWN, { doc: { description: "any" } })]),
  ],
  [
    "allOf of open inline objects merges",
    "3.0.3",
    {
      allOf: [
        { type: "object", properties: { a: { type: "string" } } },
        { type: "object", required: ["b"], properties: { b: { type: "boolean" } } },
      ],
    },
    object([prop("a", STRING), prop("b", { kind: "boolean" }, { required: true })]),
  ],
  [
    "allOf with a ref is an intersection",
    "3.0.3",
    { allOf: [{ $ref: "#/components/schemas/A" }, { type: "object", properties: { b: { type: "string" } } }] },
    { kind: "intersection", parts: [ref("A"), object([prop("b", STRING)])] },
  ],
  [
    "allOf with a closed object is an intersection",
    "3.0.3",
    { allOf: [{ type: "object", additionalProperties: false }, { type: "object", properties: { b: { type: "string" } } }] },
    { kind: "intersection", parts: [object([], "closed"), object([prop("b", STRING)])] },
  ],
  [
    "allOf: required in a bare part applies to the other part's property",
    "3.0.3",
    { allOf: [{ type: "object", properties: { id: { type: "string", description: "Id." } } }, { required: ["id"] }] },
    object([prop("id", STRING, { required: true, doc: { description: "Id." } })]),
  ],
  [
    "outer required over allOf properties",
    "3.0.3",
    { type: "object", required: ["id"], allOf: [{ type: "object", properties: { id: { type: "string" } } }] },
    object([prop("id", STRING, { required: true })]),
  ],
  [
    "allOf: ref plus bare required keeps the key required",
    "3.0.3",
    { allOf: [{ $ref: "#/components/schemas/A" }, { required: ["a"] }] },
    { kind: "intersection", parts: [ref("A"), object([prop("a", UNKNOWN, { required: true })])] },
  ],
  [
    "required key typed by additionalProperties",
    "3.0.3",
    { type: "object", required: ["k"], additionalProperties: { type: "string" } },
    object([prop("k", STRING, { required: true })], { schema: STRING }),
  ],
  ["nullable allOf wrapper around a ref", "3.0.3", { allOf: [{ $ref: "#/components/schemas/A" }], nullable: true }, { kind: "union", variants: [ref("A"), NULL], exclusive: false }],
  [
    "oneOf with discriminator mapping",
    "3.0.3",
    {
      oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
      discriminator: { propertyName: "pet_type", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } },
    },
    { kind: "union", variants: [ref("Cat"), ref("Dog")], exclusive: true, discriminator: { property: "pet_type", mapping: { cat: "Cat", dog: "Dog" } } },
  ],
  [
    "discriminator without mapping",
    "3.0.3",
    { oneOf: [{ $ref: "#/components/schemas/Cat" }], discriminator: { propertyName: "pet_type" } },
    { kind: "union", variants: [ref("Cat")], exclusive: true, discriminator: { property: "pet_type", mapping: {} } },
  ],
  ["anyOf is a non-exclusive union", "3.0.3", { anyOf: [{ type: "string" }, { type: "integer" }] }, { kind: "union", variants: [STRING, { kind: "number", integer: true }], exclusive: false }],
  ["nullable oneOf is wrapped, not flattened", "3.0.3", { oneOf: [{ type: "string" }], nullable: true }, { kind: "union", variants: [{ kind: "union", variants: [STRING], exclusive: true }, NULL], exclusive: false }],
  ["nullable ref (3.0 sibling)", "3.0.3", { $ref: "#/components/schemas/A", nullable: true }, { kind: "union", variants: [ref("A"), NULL], exclusive: false }],
  ["inline internal ref is inlined", "3.0.3", { $ref: "#/components/schemas/A/properties/a" }, STRING],
];

describe("schema -> IR", () => {
  it.each(SCHEMAS)("%s", (_label, openapi, given, want) => {
    const { schema, model } = schemaOf(given, openapi, PETS);
    expect(schema).toEqual(want);
    expect(model.diagnostics).toEqual([]);
  });
});

describe("schema diagnostics", () => {
  it.each([
    ["bad pattern", { type: "string", pattern: "(" }, STRING, "invalid-pattern", "#/components/schemas/Subject/pattern"],
    ["unknown type", { type: "file" }, UNKNOWN, "unknown-type", "#/components/schemas/Subject/type"],
    ["non-object property schema", { type: "object", properties: { x: 5 } }, object([prop("x", UNKNOWN)]), "schema-not-object", "#/components/schemas/Subject/properties/x"],
  ])("%s", (_label, given, want, code, pointer) => {
    const { schema, model } = schemaOf(given);
    expect(schema).toEqual(want);
    expect(model.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([["warning", code, pointer]]);
  });

  it.each([
    ["broken component ref", { $ref: "#/components/schemas/Missing" }, "unresolved-ref", "#/components/schemas/Subject", "Missing"],
    ["broken internal ref", { $ref: "#/nowhere/at/all" }, "unresolved-ref", "#/components/schemas/Subject", "#/nowhere/at/all"],
  ])("%s -> ModelError", (_label, given, code, pointer, mention) => {
    const error = buildError(document({ schemas: { Subject: given } }));
    expect(error.diagnostics.filter((d) => d.severity === "error").map((d) => [d.code, d.pointer])).toEqual([[code, pointer]]);
    expect(error.message).toContain(mention);
  });

  it("3.1 webhooks are ignored with a note, which --strict leaves a note", () => {
    const doc = document({ openapi: "3.1.0", extra: { webhooks: { newPet: { post: { responses: { "200": { description: "" } } } } } } });
    for (const strict of [false, true]) {
      expect(build(doc, { strict }).diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([["note", "webhooks-ignored", "#/webhooks"]]);
    }
  });

  it("a self-referring schema outside components becomes a named type", () => {
    const loop = { type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Subject/definitions/node" } } } };
    const model = build(document({ schemas: { Subject: { definitions: { node: loop }, $ref: "#/components/schemas/Subject/definitions/node" } } }));
    expect(namedType(model, "SubjectNode").schema).toEqual(object([prop("children", { kind: "array", items: ref("SubjectNode") })]));
    expect(namedType(model, "Subject").schema).toEqual(ref("SubjectNode"));
  });

  it("a $ref fragment is percent-decoded before the pointer is followed (RFC 6901 §6)", () => {
    const paths = { "/a/{id}": { get: { operationId: "a_get", parameters: [{ in: "path", name: "id", required: true, schema: { type: "integer" } }], responses: OK_EMPTY } } };
    const model = build(document({ schemas: { Subject: { $ref: "#/paths/~1a~1%7Bid%7D/get/parameters/0/schema" } }, paths }));
    expect(namedType(model, "Subject").schema).toEqual({ kind: "number", integer: true });
  });

  it("a $ref cycle with no object or array in it is an error, not a stack overflow", () => {
    const doc = document({ schemas: { Subject: { $ref: "#/x/a" } }, extra: { x: { a: { $ref: "#/x/b" }, b: { anyOf: [{ $ref: "#/x/a" }, { type: "string" }] } } } });
    const error = buildError(doc);
    expect(error.diagnostics.map((d) => d.code)).toContain("ref-cycle");
  });
});

describe("recursive component schemas", () => {
  it("Node with children: Node[] stays a named ref", () => {
    const model = build(
      document({
        schemas: {
          Node: {
            type: "object",
            required: ["name"],
            properties: { name: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
          },
        },
      }),
    );
    const node = namedType(model, "Node");
    expect(node.pointer).toBe("#/components/schemas/Node");
    expect(node.schema).toEqual(object([prop("name", STRING, { required: true }), prop("children", { kind: "array", items: ref("Node") })]));
    expect(model.diagnostics).toEqual([]);
  });

  it("mutual recursion through two components", () => {
    const model = build(
      document({
        schemas: {
          A: { type: "object", properties: { b: { $ref: "#/components/schemas/B" } } },
          B: { type: "object", properties: { a: { $ref: "#/components/schemas/A", nullable: true } } },
        },
      }),
    );
    expect(namedType(model, "A").schema).toEqual(object([prop("b", ref("B"))]));
    expect(namedType(model, "B").schema).toEqual(object([prop("a", { kind: "union", variants: [ref("A"), NULL], exclusive: false })]));
  });
});
