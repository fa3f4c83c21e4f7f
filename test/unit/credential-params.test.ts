import { describe, expect, it } from "vitest";
import { build, document } from "./model-helpers.js";

const param = (name: string, location: string) => ({ name, in: location, required: true, schema: { type: "string" } });

describe("parameters an apiKey scheme of the operation already sends", () => {
  const model = build(
    document({
      extra: {
        components: {
          schemas: {},
          securitySchemes: {
            key: { type: "apiKey", in: "query", name: "key" },
            app: { type: "apiKey", in: "header", name: "X-App-Key" },
            other: { type: "apiKey", in: "query", name: "other" },
          },
        },
      },
      paths: {
        "/boards": {
          get: {
            operationId: "listBoards",
            security: [{ key: [], app: [] }],
            parameters: [param("key", "query"), param("x-app-key", "header"), param("key", "header"), param("other", "query")],
            responses: { "204": { description: "done" } },
          },
        },
        "/cards": { get: { operationId: "listCards", security: [{ key: [] }], parameters: [param("key", "query")], responses: { "204": { description: "done" } } } },
        "/lists": {
          get: { operationId: "listLists", security: [{ key: [] }, { other: [] }], parameters: [param("key", "query"), param("other", "query")], responses: { "204": { description: "done" } } },
        },
        "/public": { get: { operationId: "listPublic", security: [{ key: [] }, {}], parameters: [param("key", "query")], responses: { "204": { description: "done" } } } },
      },
    }),
  );
  const operation = (id: string) => model.resources.flatMap((r) => r.operations).find((o) => o.operationId === id);

  it("are left out of the signature, the others kept (another location, a scheme the operation does not use)", () => {
    expect(operation("listBoards")?.params.map((p) => `${p.in}:${p.wireName}`)).toEqual(["header:key", "query:other"]);
    expect(operation("listCards")?.params).toEqual([]);
  });

  it("stay where an alternative requirement leaves the scheme out (trello.com's key and token)", () => {
    expect(operation("listLists")?.params.map((p) => p.wireName)).toEqual(["key", "other"]);
    expect(operation("listPublic")?.params.map((p) => p.wireName)).toEqual(["key"]);
  });

  it("are named once per place in the document", () => {
    expect(model.diagnostics.filter((d) => d.code === "credential-parameter").map((d) => d.pointer)).toEqual([
      "#/paths/~1boards/get/parameters/0",
      "#/paths/~1boards/get/parameters/1",
    ]);
  });
});
