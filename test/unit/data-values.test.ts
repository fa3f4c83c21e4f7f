import { describe, expect, it } from "vitest";
import { mapDataValues } from "../../src/model/data-values.js";
import type { Param } from "../../src/model/ir.js";
import { unshadowedArgument, withParamKeys } from "../../src/model/signature-names.js";

/** The pointers of the values the walk takes for data, and of the objects it takes for keywords. */
function classify(document: unknown, swagger2 = false): { data: string[]; nodes: string[] } {
  const data: string[] = [];
  const nodes: string[] = [];
  mapDataValues(document, { data: (value, pointer) => (data.push(pointer()), value), node: (_n, pointer) => void nodes.push(pointer()) }, swagger2);
  return { data, nodes };
}

describe("mapDataValues: data values vs. the rest (given -> want)", () => {
  it("example, default, const, enum, x- and a schema's examples array are data", () => {
    const schema = { type: "object", example: {}, default: 1, const: 2, enum: [3], "x-a": {}, examples: [4] };
    expect(classify({ components: { schemas: { S: schema } } }).data.sort()).toEqual(
      ["const", "default", "enum", "example", "examples", "x-a"].map((k) => `#/components/schemas/S/${k}`),
    );
  });

  it("names in named maps are names: a property `default`, the response `default`, a schema named `example`", () => {
    const document = {
      paths: { "/a": { get: { responses: { default: { description: "d" } } } } },
      components: { schemas: { example: { properties: { default: { type: "string" }, value: { type: "string" } } } } },
    };
    const { data, nodes } = classify(document);
    expect(data).toEqual([]);
    expect(nodes).toContain("#/paths/~1a/get/responses/default");
    expect(nodes).toContain("#/components/schemas/example/properties/default");
    expect(nodes).toContain("#/components/schemas/example/properties/value");
  });

  it("OpenAPI 3 examples are Example Objects whose value is data; Swagger 2.0's are data", () => {
    const media = { examples: { one: { value: { $ref: "x" } }, two: { $ref: "#/components/examples/two" } } };
    const three = classify({ paths: { "/a": { get: { responses: { 200: { content: { "application/json": media } } } } } } });
    expect(three.data).toEqual(["#/paths/~1a/get/responses/200/content/application~1json/examples/one/value"]);
    expect(three.nodes).toContain("#/paths/~1a/get/responses/200/content/application~1json/examples/two");
    const two = classify({ paths: { "/a": { get: { responses: { 200: { examples: { "application/json": { $ref: "x" } } } } } } } }, true);
    expect(two.data).toEqual(["#/paths/~1a/get/responses/200/examples"]);
  });

  it("replaces data values and copies only the objects on the way", () => {
    const untouched = { type: "string" };
    const document = { components: { schemas: { A: { example: "e" }, B: untouched } } };
    const mapped = mapDataValues(document, { data: () => "x" }) as typeof document;
    expect(mapped.components.schemas.A).toEqual({ example: "x" });
    expect(mapped.components.schemas.B).toBe(untouched);
    expect(document.components.schemas.A.example).toBe("e");
  });
});

const param = (wireName: string, location: Param["in"]): Param => ({ wireName, argName: wireName, in: location, required: false, schema: { kind: "unknown" }, doc: {} });

describe("withParamKeys (given -> want)", () => {
  const cases: [string, [string, Param["in"]][], (string | undefined)[]][] = [
    ["distinct names keep them", [["a", "query"], ["b", "header"]], [undefined, undefined]],
    ["query keeps the name, the header is qualified", [["limit", "header"], ["limit", "query"]], ["header.limit", undefined]],
    ["header before cookie", [["s", "cookie"], ["s", "header"]], ["cookie.s", undefined]],
    ["a qualified key already taken by a wire name", [["limit", "query"], ["header.limit", "query"], ["limit", "header"]], [undefined, undefined, "header.header.limit"]],
  ];
  it.each(cases)("%s", (_name, given, want) => {
    expect(withParamKeys(given.map(([n, l]) => param(n, l))).map((p) => p.key)).toEqual(want);
  });
});

describe("unshadowedArgument (given -> want)", () => {
  const cases: [string, string, string[], string][] = [
    ["options", "list", ["params", "options"], "options"],
    ["options", "options", ["params", "options"], "options_"],
    ["params", "params", ["params_", "params", "options"], "params__"],
  ];
  it.each(cases)("%s in %s(%j) -> %s", (name, fnName, args, want) => {
    expect(unshadowedArgument(name, fnName, args)).toBe(want);
  });
});
