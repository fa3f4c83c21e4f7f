import { describe, expect, it } from "vitest";
import type { Evaluation, Schema } from "../../src/model/ir.js";
import { build, document, namedType, op } from "./model-helpers.js";

/** Every key name an `unevaluated` schema counts as evaluated, in any branch. */
function evaluatedNames(schema: Schema): string[] {
  const names = (e: Evaluation): string[] => [...e.names, ...e.branches.flatMap((b) => names(b.then))];
  if (schema.kind === "unevaluated") return names(schema.evaluated);
  if (schema.kind === "intersection") return schema.parts.flatMap(evaluatedNames);
  return [];
}

describe("a direction's dropped properties and unevaluatedProperties", () => {
  const closed = {
    type: "object",
    unevaluatedProperties: false,
    anyOf: [{ properties: { name: { type: "string" }, secret: { type: "string", writeOnly: true }, id: { type: "string", readOnly: true } } }],
  };
  const model = build(
    document({
      openapi: "3.1.0",
      schemas: { Closed: closed },
      paths: op("/c", "post", {
        operationId: "c_create",
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Closed" } } } },
        responses: { "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/Closed" } } } } },
      }),
    }),
  );

  it("a writeOnly property is not evaluated in the response form, so unevaluatedProperties: false refuses it", () => {
    expect(evaluatedNames(namedType(model, "Closed").schema).sort()).toEqual(["id", "name"]);
  });

  it("a readOnly property is not evaluated in the request form", () => {
    expect(evaluatedNames(namedType(model, "ClosedWritable").schema).sort()).toEqual(["name", "secret"]);
  });
});
