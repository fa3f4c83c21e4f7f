import { describe, expect, it } from "vitest";
import { buildModel } from "../../src/model/build-model.js";

const document = (schemas: Record<string, unknown>) => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } });
const model = (schemas: Record<string, unknown>) => buildModel(document(schemas));

describe("$anchor and $dynamicRef (OpenAPI 3.1)", () => {
  it("resolves a plain-name fragment to the schema that declares the anchor", () => {
    const m = model({ A: { type: "array", items: { $ref: "#count" } }, B: { $anchor: "count", type: "integer" } });
    expect(m.types.find((t) => t.name === "A")?.schema).toEqual({ kind: "array", items: { kind: "ref", name: "B" } });
  });

  it("looks a name up in the resource ($id) the reference stands in", () => {
    const m = model({
      A: { $id: "https://example.test/a", type: "array", items: { $ref: "#item" }, $defs: { i: { $anchor: "item", type: "string" } } },
      B: { $id: "https://example.test/b", $defs: { i: { $anchor: "item", type: "integer" } } },
    });
    expect(m.types.find((t) => t.name === "A")?.schema).toMatchObject({ kind: "array", items: { kind: "string" } });
  });

  it("refuses a name no schema of the resource declares", () => {
    expect(() => model({ A: { $ref: "#missing" } })).toThrow(/unresolved-ref #\/components\/schemas\/A: \$ref "#missing" does not resolve/);
  });

  it("reads a $dynamicRef whose target no other resource can take over as a $ref", () => {
    const m = model({ List: { $id: "https://example.test/list", type: "array", items: { $dynamicRef: "#item" }, $defs: { item: { $dynamicAnchor: "item", type: "string" } } } });
    expect(m.types.find((t) => t.name === "List")?.schema).toMatchObject({ kind: "array", items: { kind: "string" } });
    expect(m.diagnostics.filter((d) => d.code === "unsupported-keyword")).toEqual([]);
  });

  it("keeps the warning where another resource that refers outside itself declares the same dynamic anchor", () => {
    const m = model({
      List: { $id: "https://example.test/list", type: "array", items: { $dynamicRef: "#item" }, $defs: { item: { $dynamicAnchor: "item" } } },
      Numbers: { $id: "https://example.test/numbers", $ref: "#/components/schemas/List", $defs: { item: { $dynamicAnchor: "item", type: "number" } } },
    });
    expect(m.diagnostics).toContainEqual(expect.objectContaining({ code: "unsupported-keyword", pointer: "#/components/schemas/List/items/$dynamicRef" }));
  });

  it("counts a reference into a resource nested in the referring one as leaving it (a loaded `$ref: list`)", () => {
    const m = model({
      Root: {
        $id: "https://example.test/root",
        $ref: "#/components/schemas/Root/$defs/list",
        $defs: {
          foo: { $dynamicAnchor: "items", type: "string" },
          list: { $id: "list", type: "array", items: { $dynamicRef: "#items" }, $defs: { items: { $dynamicAnchor: "items" } } },
        },
      },
    });
    expect(m.diagnostics).toContainEqual(expect.objectContaining({ code: "unsupported-keyword", pointer: "#/components/schemas/Root/$defs/list/items/$dynamicRef" }));
  });
});
