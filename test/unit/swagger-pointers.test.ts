import { describe, expect, it } from "vitest";
import { swaggerPointer } from "../../src/load/swagger-pointers.js";

const original = {
  swagger: "2.0",
  host: "api.example.com",
  paths: {
    "/a/{id}": {
      parameters: [{ in: "path", name: "id", type: "string", required: true }],
      post: {
        parameters: [
          { in: "body", name: "body", schema: { $ref: "#/definitions/Pet" } },
          { in: "query", name: "q", type: "array", items: { type: "string" } },
          { $ref: "#/parameters/Accept" },
        ],
        responses: { "200": { description: "ok", schema: { type: "object" }, headers: { "X-Rate": { type: "integer" } } } },
      },
    },
    "/f": {
      post: {
        consumes: ["multipart/form-data"],
        parameters: [
          { in: "formData", name: "label", type: "string" },
          { in: "formData", name: "file", type: "file" },
        ],
        responses: { "204": { description: "stored" } },
      },
    },
  },
  definitions: { Pet: { type: "object", properties: { name: { type: "string" } } } },
  parameters: { Accept: { in: "header", name: "Accept", type: "string" } },
  securityDefinitions: { key: { type: "apiKey", in: "header", name: "X-Key" } },
};

describe("swaggerPointer: a pointer into the upgraded OpenAPI 3 document, as the Swagger 2.0 document has it (given -> want)", () => {
  it.each([
    ["#/components/schemas/Pet/properties/name", "#/definitions/Pet/properties/name"],
    ["#/components/parameters/Accept/schema/type", "#/parameters/Accept/type"],
    ["#/components/securitySchemes/key", "#/securityDefinitions/key"],
    ["#/paths/~1a~1{id}/parameters/0", "#/paths/~1a~1{id}/parameters/0"],
    // The body parameter is gone from the upgraded list: the kept ones are counted.
    ["#/paths/~1a~1{id}/post/parameters/0/schema/items", "#/paths/~1a~1{id}/post/parameters/1/items"],
    ["#/paths/~1a~1{id}/post/parameters/1", "#/paths/~1a~1{id}/post/parameters/2"],
    ["#/paths/~1a~1{id}/post/requestBody", "#/paths/~1a~1{id}/post/parameters/0"],
    ["#/paths/~1a~1{id}/post/requestBody/content/application~1json/schema", "#/paths/~1a~1{id}/post/parameters/0/schema"],
    ["#/paths/~1a~1{id}/post/responses/200/content/application~1json/schema/type", "#/paths/~1a~1{id}/post/responses/200/schema/type"],
    ["#/paths/~1a~1{id}/post/responses/200/content", "#/paths/~1a~1{id}/post/responses/200"],
    ["#/paths/~1a~1{id}/post/responses/200/headers/X-Rate/schema/type", "#/paths/~1a~1{id}/post/responses/200/headers/X-Rate/type"],
    ["#/paths/~1f/post/requestBody/content/multipart~1form-data/schema/properties/file", "#/paths/~1f/post/parameters/1"],
    ["#/paths/~1f/post/requestBody/content/multipart~1form-data/schema", "#/paths/~1f/post/parameters/0"],
    ["#/host", "#/host"],
  ])("%s -> %s", (given, want) => {
    expect(swaggerPointer(given, original)).toBe(want);
  });

  it.each(["#/servers/0", "#/components/requestBodies/Pet", "#/paths/~1a~1{id}/post/parameters/2"])("%s has no place in the 2.0 document", (given) => {
    expect(swaggerPointer(given, original)).toBeUndefined();
  });
});
