import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/build-model.js";

const schemaOf = (parts: unknown[]) =>
  buildModel({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas: { M: { allOf: parts } } } }).types.find((t) => t.name === "M")?.schema;

describe("allOf of inline objects", () => {
  it("merges objects that state only properties", () => {
    expect(schemaOf([{ type: "object", properties: { a: { type: "string" } } }, { type: "object", properties: { b: { type: "integer" } }, required: ["b"] }])).toMatchObject({
      kind: "object",
      properties: [{ wireName: "a", required: false }, { wireName: "b", required: true }],
    });
  });

  it.each([
    ["patternProperties", { patternProperties: { "^a": { type: "string" } } }],
    ["minProperties", { minProperties: 2 }],
    ["maxProperties", { maxProperties: 1 }],
    ["propertyNames", { propertyNames: { maxLength: 3 } }],
  ])("keeps a part with %s whole, as an intersection (the merge would drop it)", (_keyword, extra) => {
    const schema = schemaOf([{ type: "object", ...extra }, { type: "object", properties: { b: { type: "integer" } } }]);
    expect(schema?.kind).toBe("intersection");
    expect(schema).toMatchObject({ parts: [{ kind: "object", ...(Object.keys(extra)[0] === "patternProperties" ? { patternProperties: [{ pattern: "^a" }] } : {}) }, { kind: "object" }] });
  });
});
