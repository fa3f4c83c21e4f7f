/**
 * The schema table emitter (model -> SchemaTable data) and the data literal it is written with:
 * given model schemas, the table they give; sharing, references by name, the forms that mean the
 * same thing written once; the literal's escaping; and determinism.
 */
import { describe, expect, it } from "vitest";
import { dataLiteral } from "../../src/emit/data-literal.js";
import { schemaTable } from "../../src/emit/schema-table.js";
import type { NamedType, Property, Schema } from "../../src/model/ir.js";

function type(name: string, schema: Schema): NamedType {
  return { name, guardName: `is${name}`, assertName: `assert${name}`, validateName: `validate${name}`, standardSchemaName: `${name}Schema`, pointer: `#/components/schemas/${name}`, direction: "response", schema, doc: {} };
}

function prop(wireName: string, schema: Schema, required = false): Property {
  return { wireName, required, readOnly: false, writeOnly: false, schema, doc: {} };
}

const str: Schema = { kind: "string" };
const int: Schema = { kind: "number", integer: true };
const ref = (name: string): Schema => ({ kind: "ref", name });

/** The table as plain JSON: `t` as an object, in order. */
function table(...types: NamedType[]): unknown {
  const { t, n } = schemaTable(types);
  return JSON.parse(JSON.stringify({ t: Object.fromEntries(t), n }));
}

describe("schemaTable", () => {
  it("writes each schema kind with its constraints, and a reference as the type's name", () => {
    expect(
      table(
        type("S", { kind: "string", minLength: 1, maxLength: 3, pattern: "^a", format: "date-time" }),
        type("N", { kind: "number", integer: false, minimum: 0, exclusiveMaximum: 1, multipleOf: 0.5 }),
        type("E", { kind: "enum", values: ["a", 1, null] }),
        type("A", { kind: "array", items: ref("S"), prefixItems: [int], minItems: 1, maxItems: 2, uniqueItems: true }),
        type("O", { kind: "object", properties: [prop("id", int, true), prop("name", str)], additional: { schema: ref("S") }, patternProperties: [{ pattern: "^x-", schema: str }], minProperties: 1, maxProperties: 9 }),
        type("U", { kind: "union", exclusive: true, variants: [ref("S"), int] }),
        type("I", { kind: "intersection", parts: [ref("O"), { kind: "not", schema: { kind: "boolean" } }] }),
        type("B", { kind: "binary", text: { format: "binary" } }),
        type("Z", { kind: "null" }),
      ),
    ).toEqual({
      t: {
        S: { k: "s", min: 1, max: 3, re: "^a", f: "date-time" },
        N: { k: "n", ge: 0, lt: 1, mul: 0.5 },
        E: { k: "e", v: ["a", 1, null] },
        A: { k: "a", i: "S", pi: [0], min: 1, max: 2, u: true },
        O: { k: "o", p: [["id", 0, 1], ["name", 1]], a: "S", pp: [["^x-", 1]], min: 1, max: 9 },
        U: { k: "^", v: ["S", 0], m: [8, 4] },
        I: { k: "&", v: ["O", { k: "!", s: { k: "t" } }] },
        B: { k: "b" },
        Z: { k: "z" },
      },
      n: [{ k: "i" }, { k: "s" }],
    });
  });

  it("stores a sub-schema that occurs more than once a single time, named types' roots included", () => {
    const address: Schema = { kind: "object", properties: [prop("street", str, true), prop("city", str, true)], additional: "open" };
    const { t, n } = schemaTable([
      type("Home", { kind: "object", properties: [prop("address", address), prop("backup", address)], additional: "open" }),
      type("Office", structuredClone(address)),
    ]);
    expect(n).toEqual([{ k: "o", p: [["street", 1, 1], ["city", 1, 1]] }, { k: "s" }]);
    expect(t.get("Home")).toEqual({ k: "o", p: [["address", 0], ["backup", 0]] });
    expect(t.get("Office")).toBe(0);
  });

  it("writes the forms that mean the same once: nullable, any value, no value, no extra key", () => {
    const nullable: Schema = { kind: "union", exclusive: false, variants: [{ kind: "null" }, str] };
    const never: Schema = { kind: "enum", values: [] };
    expect(
      table(
        type("Nullable", nullable),
        type("Anything", { kind: "union", exclusive: false, variants: [str, { kind: "unknown" }] }),
        type("AllAny", { kind: "intersection", parts: [{ kind: "unknown" }] }),
        type("Closed", { kind: "object", properties: [prop("a", { kind: "unknown" })], additional: { schema: never } }),
        type("Open", { kind: "object", properties: [prop("a", { kind: "unknown" }), prop("b", { kind: "unknown" }, true)], additional: { schema: { kind: "unknown" } } }),
        type("Tuple", { kind: "array", items: never, prefixItems: [str] }),
        type("List", { kind: "array", items: { kind: "unknown" }, minItems: 0 }),
      ),
    ).toEqual({
      t: {
        Nullable: { k: "?", s: 0 },
        Anything: 1,
        AllAny: 1,
        Closed: { k: "o", p: [["a", 1]], a: false },
        Open: { k: "o", p: [["b", 1, 1]] },
        Tuple: { k: "a", i: false, pi: [0] },
        List: { k: "a" },
      },
      n: [{ k: "s" }, { k: "*" }],
    });
  });

  it("gives a union's JSON types per variant and its discriminator's values", () => {
    const pet: Schema = { kind: "union", exclusive: false, variants: [ref("Cat"), ref("Dog"), { kind: "array", items: str }], discriminator: { property: "kind", mapping: { cat: "Cat" } } };
    const cat: Schema = { kind: "object", properties: [], additional: "open" };
    expect(table(type("Cat", cat), type("Dog", { kind: "union", exclusive: false, variants: [cat, { kind: "null" }] }), type("Pet", pet))).toMatchObject({
      t: { Pet: { k: "|", v: ["Cat", "Dog", { k: "a", i: { k: "s" } }], m: [32, 33, 16], d: "kind", c: [["cat", 0], ["Dog", 1]] } },
    });
  });

  it("is a function of the model alone", () => {
    const types = () => [type("A", { kind: "object", properties: [prop("b", ref("B"), true), prop("c", str)], additional: "closed" }), type("B", { kind: "array", items: str })];
    expect(dataLiteral(schemaTable(types()))).toBe(dataLiteral(schemaTable(types())));
  });
});

describe("dataLiteral", () => {
  it("escapes every string and key for where it stands, and keeps `__proto__` an own key", () => {
    const text = dataLiteral({ t: new Map([["__proto__", 1], ["a b", 2], ["ok", 3]]), n: ["*/\u2028`${x}", 'say "hi"', -1.5, 1e21, Infinity, null, true] });
    expect(text).toBe(`{ t: { ["__proto__"]: 1, "a b": 2, ok: 3 }, n: ["*/\\u2028\`\${x}", 'say "hi"', -1.5, 1e+21, Infinity, null, true] }`);
    const value = new Function(`return ${text};`)() as { t: object; n: unknown[] };
    expect(Object.keys(value.t)).toEqual(["__proto__", "a b", "ok"]);
    expect(value.n).toEqual(["*/\u2028`${x}", 'say "hi"', -1.5, 1e21, Infinity, null, true]);
  });
});
