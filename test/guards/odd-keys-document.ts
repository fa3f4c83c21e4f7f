/**
 * A document whose types have the property names a path must carry faithfully: JSON pointer's own
 * `/` and `~` (and a key spelt like an escape, `~1`), `.`, digits, a space, the empty key; nested
 * arrays of arrays, a discriminated oneOf inside an array, a recursive type, patternProperties.
 */
export const ODD_KEYS_DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "Odd keys", version: "1" },
  paths: {},
  components: {
    schemas: {
      Odd: {
        type: "object",
        required: ["a/b", "~tilde"],
        additionalProperties: false,
        properties: {
          "a/b": { type: "string", minLength: 1 },
          "~tilde": { type: "integer" },
          "~1": { type: "boolean" },
          "dot.key": { type: "array", items: { $ref: "#/components/schemas/Cell" } },
          "0": { type: "array", items: { type: "array", items: { type: "number", maximum: 10 } } },
          "12": { type: "object", additionalProperties: { type: "string" } },
          "": { type: "string" },
          "with space": { type: ["string", "null"] },
        },
      },
      Cell: {
        oneOf: [
          { type: "object", required: ["kind", "x"], properties: { kind: { const: "x" }, x: { type: "integer" } } },
          { type: "object", required: ["kind", "y/z"], properties: { kind: { const: "y" }, "y/z": { type: "array", items: { type: "string" } } } },
        ],
        discriminator: { propertyName: "kind" },
      },
      Tree: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string" },
          children: { type: "array", items: { $ref: "#/components/schemas/Tree" } },
          "meta~data": { type: "object", patternProperties: { "^x-": { type: "integer" } } },
        },
      },
    },
  },
};
