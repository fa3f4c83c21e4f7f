/**
 * The emitted guards, run: small in-memory OpenAPI documents go through `generate()`, the files
 * are written to a temp folder and guards.ts is imported, then every keyword of the vocabulary is
 * exercised through `isX`, `validateX` and `assertX`:
 *
 *   - keyword tables: valid values pass, each invalid one fails with the expected keyword at the
 *     expected JSON pointer;
 *   - formats: valid/invalid tables, and agreement with ajv-formats (full mode) on the same strings;
 *   - issues: pointer escaping, required/additionalProperties paths, nesting through arrays and
 *     references, the cap of 100;
 *   - the invariant `validateX(v)` is empty exactly when `isX(v)` is true, on tables, mutations and
 *     fast-check values for every type;
 *   - the shape of the code: no arrow function (no per-call closure) inside an isX body; the
 *     output compiles under strict TypeScript.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import type { GeneratedFile } from "../../src/emit/generated-file.js";
import { tempDir } from "../helpers/run-cli.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";

interface Issue {
  path: string;
  message: string;
  keyword?: string;
}
type Guards = Record<string, (value: unknown) => unknown>;

interface Built {
  files: GeneratedFile[];
  guardsText: string;
  guards: Guards;
}

const removals: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(removals.map((remove) => remove()));
});

/** Generates a client from an in-memory document and imports its guards.ts. */
async function build(document: object): Promise<Built> {
  const work = await tempDir("camelgen-guards-");
  removals.push(work.remove);
  const input = join(work.path, "openapi.json");
  await writeFile(input, JSON.stringify(document));
  const { files } = await generate({ input });
  for (const file of files) {
    await mkdir(dirname(join(work.path, "out", file.path)), { recursive: true });
    await writeFile(join(work.path, "out", file.path), file.contents);
  }
  const guards = (await import(join(work.path, "out", "guards.ts"))) as Guards;
  const guardsText = files.find((f) => f.path === "guards.ts")?.contents ?? "";
  return { files, guardsText, guards };
}

function doc(version: "3.0.3" | "3.1.0", schemas: Record<string, unknown>): object {
  return {
    openapi: version,
    info: { title: "Guards", version: "1" },
    servers: [{ url: "https://example.test" }],
    paths: {},
    components: { schemas },
  };
}

const KEYWORDS_31 = doc("3.1.0", {
  Str: { type: "string", minLength: 2, maxLength: 4, pattern: "^[a-zé]+$" },
  Emoji: { type: "string", minLength: 2, maxLength: 3 },
  Unicode: { type: "string", pattern: "^\\p{Lu}\\p{Ll}+$" },
  Num: { type: "number", minimum: 1.5, maximum: 10 },
  Int: { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 100, multipleOf: 5 },
  Price: { type: "number", multipleOf: 0.01 },
  Flag: { type: "boolean" },
  Nil: { type: "null" },
  Color: { enum: ["red", "green", null] },
  Letter: { type: "string", enum: ["a", "b", "c", "d", "e", "f"] },
  Const: { const: "x" },
  Nothing: false,
  Anything: {},
  NullableStr: { type: ["string", "null"], minLength: 1 },
  List: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3, uniqueItems: true },
  Tuple: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false },
  OpenTuple: { type: "array", prefixItems: [{ type: "string" }], items: { type: "boolean" } },
  DeepUnique: { type: "array", uniqueItems: true },
  Obj: {
    type: "object",
    required: ["id", "constructor"],
    properties: {
      id: { type: "integer" },
      name: { type: "string" },
      constructor: { type: "string" },
      "a/b~c": { type: "string" },
      toString: { type: "integer" },
    },
    additionalProperties: false,
  },
  // Two required properties checked in depth (their keys are looked up first), then an optional one
  // read into the same local, which is declared `unknown` rather than as the narrowed first read.
  Stamped: {
    type: "object",
    required: ["meta", "tags"],
    properties: {
      meta: { type: "object", required: ["id"], properties: { id: { type: "integer" } } },
      tags: { type: "array", items: { type: "string" }, minItems: 1 },
      code: { type: "string", pattern: "^[a-z]+$" },
    },
  },
  Dict: { type: "object", additionalProperties: { type: "integer" }, minProperties: 1, maxProperties: 3 },
  Pat: {
    type: "object",
    properties: { id: { type: "integer" } },
    patternProperties: { "^x-": { type: "string" }, "^x-n": { type: "string", minLength: 2 } },
    additionalProperties: false,
  },
  AnyOf: { anyOf: [{ type: "string" }, { type: "integer", minimum: 0 }] },
  OneOf: { oneOf: [{ type: "integer" }, { type: "number", minimum: 0 }] },
  Not: { not: { type: "string" } },
  AllOf: { allOf: [{ $ref: "#/components/schemas/Named" }, { required: ["age"], properties: { age: { type: "integer" } } }] },
  Named: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
  Cat: { type: "object", required: ["meow"], properties: { kind: { type: "string" }, meow: { type: "boolean" } } },
  Dog: { type: "object", required: ["bark"], properties: { kind: { type: "string" }, bark: { type: "boolean" } } },
  PetOne: {
    oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
    discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" } },
  },
  PetAny: {
    anyOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
    discriminator: { propertyName: "kind" },
  },
  Tree: {
    type: "object",
    required: ["children"],
    properties: { label: { type: "string" }, children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } },
  },
  Mixed: { anyOf: [{ type: "object", required: ["a"] }, { type: "array" }, { type: "boolean" }] },
  DateTime: { type: "string", format: "date-time" },
  Date: { type: "string", format: "date" },
  Time: { type: "string", format: "time" },
  Email: { type: "string", format: "email" },
  Uri: { type: "string", format: "uri" },
  Uuid: { type: "string", format: "uuid" },
  Ipv4: { type: "string", format: "ipv4" },
  Ipv6: { type: "string", format: "ipv6" },
  Hostname: { type: "string", format: "hostname" },
  Byte: { type: "string", format: "byte" },
  Colour: { type: "string", format: "favourite-colour" },
  record: { type: "object", properties: { at: { type: "string", format: "date-time" } } },
  // validateWith and schemas: the names guards.ts imports the interpreter and the table under.
  With: { type: "string", minLength: 2 },
  schemas: { type: "object", required: ["n"], properties: { n: { type: "integer" } } },
});

const KEYWORDS_30 = doc("3.0.3", {
  Exclusive: { type: "number", minimum: 0, exclusiveMinimum: true, maximum: 1, exclusiveMaximum: true },
  Inclusive: { type: "integer", minimum: 0, exclusiveMinimum: false, maximum: 1 },
  Nullable: { type: "string", nullable: true, maxLength: 2 },
  NullableObject: { type: "object", nullable: true, required: ["a"], properties: { a: { type: "integer" } } },
  Legacy: { type: "array", items: { type: "integer" }, minItems: 2 },
});

let v31: Built;
let v30: Built;

beforeAll(async () => {
  [v31, v30] = await Promise.all([build(KEYWORDS_31), build(KEYWORDS_30)]);
});

describe("the shape of the guard code", () => {
  // isX is the fast path: no closure is created per call inside it.
  it.each([["3.1", () => v31], ["3.0", () => v30]])("no isX body in the %s keyword fixture holds an arrow function", (_label, built) => {
    const bodies = built().guardsText.split(/^export function /m).slice(1).map((b) => b.slice(0, b.indexOf("\n}\n")));
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.filter((b) => b.includes("=>")).map((b) => b.slice(0, b.indexOf("(")))).toEqual([]);
  });
});

function guard(built: Built, name: string): { is: (v: unknown) => boolean; validate: (v: unknown) => Issue[]; assert: (v: unknown) => void } {
  const is = built.guards[`is${name.charAt(0).toUpperCase()}${name.slice(1)}`];
  const validate = built.guards[`validate${name.charAt(0).toUpperCase()}${name.slice(1)}`];
  const assert = built.guards[`assert${name.charAt(0).toUpperCase()}${name.slice(1)}`];
  if (!is || !validate || !assert) throw new Error(`no guards for ${name}`);
  return { is: (v) => is(v) as boolean, validate: (v) => validate(v) as Issue[], assert: (v) => void assert(v) };
}

/** [type, valid values, invalid values as [value, keyword, path of the first issue]] */
type Row = [string, unknown[], [unknown, string, string][]];

const TABLE_31: Row[] = [
  ["Str", ["ab", "abcd", "éé"], [[5, "type", ""], ["a", "minLength", ""], ["abcde", "maxLength", ""], ["AB", "pattern", ""]]],
  // Code points: two astral characters are four UTF-16 units.
  ["Emoji", ["😀😀", "😀😀😀", "ab", "a😀😀"], [["😀", "minLength", ""], ["😀😀😀😀", "maxLength", ""], ["ab😀😀", "maxLength", ""]]],
  ["Unicode", ["Éa", "Ab"], [["ab", "pattern", ""]]],
  ["Num", [1.5, 10, 5.25], [[1.4, "minimum", ""], [10.5, "maximum", ""], ["5", "type", ""], [Number.NaN, "type", ""], [Infinity, "type", ""]]],
  ["Int", [5, 95, 50], [[0, "exclusiveMinimum", ""], [100, "exclusiveMaximum", ""], [7, "multipleOf", ""], [5.5, "type", ""]]],
  // Decimal multipleOf: what the JSON text says, not the binary doubles.
  ["Price", [0.07, 1.1, 19.99, 0.3, 1e-2, 123456.78, -4.2, 0], [[0.001, "multipleOf", ""], [19.999, "multipleOf", ""], [1e-7, "multipleOf", ""]]],
  ["Flag", [true, false], [[0, "type", ""], ["true", "type", ""]]],
  ["Nil", [null], [[0, "type", ""], [undefined, "type", ""]]],
  ["Color", ["red", "green", null], [["blue", "enum", ""], [0, "enum", ""]]],
  ["Letter", ["a", "f"], [["g", "enum", ""], [null, "enum", ""]]],
  ["Const", ["x"], [["y", "enum", ""]]],
  ["Nothing", [], [[1, "false schema", ""], [null, "false schema", ""], [{}, "false schema", ""]]],
  ["Anything", [1, null, {}, [], "x", undefined], []],
  ["NullableStr", ["a", null], [["", "minLength", ""], [1, "type", ""]]],
  ["List", [["a"], ["a", "b", "c"]], [[[], "minItems", ""], [["a", "b", "c", "d"], "maxItems", ""], [["a", "a"], "uniqueItems", ""], [["a", 1], "type", "/1"], [{}, "type", ""]]],
  ["Tuple", [[], ["a"], ["a", 1]], [[[1], "type", "/0"], [["a", "b"], "type", "/1"], [["a", 1, 2], "items", ""]]],
  ["OpenTuple", [["a", true, false], []], [[["a", 1], "type", "/1"], [[1], "type", "/0"]]],
  ["DeepUnique", [[{ a: 1, b: [1, 2] }, { b: [1, 2], a: 2 }], [1, "1", [1], { 0: 1 }], [[], {}]], [[[{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }], "uniqueItems", ""], [[[1, [2]], [1, [2]]], "uniqueItems", ""], [[0, -0], "uniqueItems", ""]]],
  [
    "Obj",
    [{ id: 1, constructor: "c" }, { id: 1, constructor: "c", name: "n", "a/b~c": "x", toString: 2 }],
    [
      [{ constructor: "c" }, "required", "/id"],
      [{ id: 1 }, "required", "/constructor"],
      [{ id: 1, constructor: 5 }, "type", "/constructor"],
      [{ id: 1, constructor: "c", "a/b~c": 1 }, "type", "/a~1b~0c"],
      [{ id: 1, constructor: "c", extra: 1 }, "additionalProperties", "/extra"],
      [{ id: 1, constructor: "c", "x/y": 1 }, "additionalProperties", "/x~1y"],
      [{ id: 1, constructor: "c", toString: "s" }, "type", "/toString"],
      [[], "type", ""],
      [null, "type", ""],
    ],
  ],
  ["Dict", [{ a: 1 }, { a: 1, b: 2, c: 3 }], [[{}, "minProperties", ""], [{ a: 1, b: 2, c: 3, d: 4 }, "maxProperties", ""], [{ a: "1" }, "type", "/a"]]],
  [
    "Pat",
    [{ id: 1, "x-a": "s" }, { "x-no": "ab" }, {}],
    [
      [{ "x-a": 1 }, "type", "/x-a"],
      [{ "x-n": "a" }, "minLength", "/x-n"],
      [{ y: 1 }, "additionalProperties", "/y"],
      [{ id: "1" }, "type", "/id"],
    ],
  ],
  ["AnyOf", ["s", 0, 7], [[-1, "minimum", ""], [1.5, "type", ""], [null, "type", ""]]],
  ["OneOf", [-1, 0.5, 2.5], [[5, "oneOf", ""], [-2.5, "oneOf", ""], ["x", "type", ""]]],
  ["Not", [1, null, {}], [["s", "not", ""]]],
  [
    "Stamped",
    [{ meta: { id: 1 }, tags: ["a"] }, { meta: { id: 2 }, tags: ["a", "b"], code: "ab" }],
    [
      [{ tags: ["a"] }, "required", "/meta"],
      [{ meta: { id: 1 } }, "required", "/tags"],
      [{ meta: {}, tags: ["a"] }, "required", "/meta/id"],
      [{ meta: { id: 1 }, tags: [] }, "minItems", "/tags"],
      [{ meta: { id: 1 }, tags: ["a", 2] }, "type", "/tags/1"],
      [{ meta: { id: 1 }, tags: ["a"], code: "A" }, "pattern", "/code"],
    ],
  ],
  ["AllOf", [{ name: "n", age: 1 }], [[{ name: "n" }, "required", "/age"], [{ age: 1 }, "required", "/name"], [{ name: 1, age: 1 }, "type", "/name"]]],
  [
    "PetOne",
    [{ kind: "cat", meow: true }, { kind: "dog", bark: false }, { meow: true }],
    [
      [{ kind: "cat", meow: true, bark: true }, "oneOf", ""],
      [{ kind: "cat", meow: "yes" }, "type", "/meow"],
      [{ kind: "dog" }, "required", "/bark"],
      [{ kind: "bird" }, "oneOf", ""],
      ["cat", "type", ""],
    ],
  ],
  [
    "PetAny",
    // The discriminator only orders the tries: a "Cat" tag on a Dog-shaped value still passes anyOf.
    [{ kind: "Cat", bark: true }, { kind: "Dog", meow: true }, { kind: "Cat", meow: true, bark: true }],
    [[{ kind: "Cat" }, "required", "/meow"], [{ kind: "Dog", meow: 1 }, "required", "/bark"], [{}, "anyOf", ""]],
  ],
  [
    "Tree",
    [{ children: [] }, { label: "a", children: [{ children: [{ children: [] }] }] }],
    [[{ children: [{ children: [{ label: 1, children: [] }] }] }, "type", "/children/0/children/0/label"], [{ children: [{}] }, "required", "/children/0/children"]],
  ],
  ["Mixed", [{ a: 1 }, [], true], [[{}, "required", "/a"], ["s", "type", ""], [null, "type", ""]]],
  ["Colour", ["anything at all"], [[1, "type", ""]]],
];

const TABLE_30: Row[] = [
  ["Exclusive", [0.5, 0.0001], [[0, "exclusiveMinimum", ""], [1, "exclusiveMaximum", ""]]],
  ["Inclusive", [0, 1], [[-1, "minimum", ""], [2, "maximum", ""]]],
  ["Nullable", ["ab", null, ""], [["abc", "maxLength", ""], [1, "type", ""]]],
  ["NullableObject", [{ a: 1 }, null], [[{}, "required", "/a"], ["x", "type", ""]]],
  ["Legacy", [[1, 2]], [[[1], "minItems", ""], [[1, "2"], "type", "/1"]]],
];

function checkRows(built: () => Built, rows: Row[]): void {
  for (const [name, valid, invalid] of rows) {
    describe(name, () => {
      it.each(valid.map((v) => [v]))("accepts %j", (value) => {
        const g = guard(built(), name);
        expect(g.is(value)).toBe(true);
        expect(g.validate(value)).toEqual([]);
        expect(() => g.assert(value)).not.toThrow();
      });
      it.each(invalid)("rejects %j (%s at %j)", (value, keyword, path) => {
        const g = guard(built(), name);
        expect(g.is(value)).toBe(false);
        const issues = g.validate(value);
        expect(issues.length).toBeGreaterThan(0);
        expect(issues[0]).toMatchObject({ keyword, path });
        expect(typeof issues[0]?.message).toBe("string");
      });
    });
  }
}

describe("keywords (OpenAPI 3.1)", () => checkRows(() => v31, TABLE_31));
describe("keywords (OpenAPI 3.0)", () => checkRows(() => v30, TABLE_30));

describe("multipleOf", () => {
  it("decides on the decimal numbers the JSON text spells (0.3 is a multiple of 0.1, unlike in binary)", () => {
    const g = guard(v31, "Price");
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (k, decimals) => {
        // k × 10^-decimals is a multiple of 0.01 exactly when it has at most two decimals.
        const value = Number(`${k}e-${decimals}`);
        const expected = decimals <= 2 || k % 10 ** (decimals - 2) === 0;
        expect(g.is(value), String(value)).toBe(expected);
      }),
      { numRuns: 5000, seed: 5 },
    );
  });
});

describe("own-property semantics", () => {
  it("reads names Object.prototype also has only as own properties", () => {
    const g = guard(v31, "Obj");
    // An inherited `constructor` (Object) is not the required property.
    expect(g.is({ id: 1 })).toBe(false);
    expect(g.is(Object.assign(Object.create({ constructor: "c" }) as object, { id: 1 }))).toBe(false);
    expect(g.is({ id: 1, constructor: "c" })).toBe(true);
  });

  it("checks a `__proto__` key like any other", () => {
    const g = guard(v31, "Dict");
    expect(g.is(JSON.parse('{"__proto__": 1}'))).toBe(true);
    expect(g.is(JSON.parse('{"__proto__": "x"}'))).toBe(false);
    expect(g.validate(JSON.parse('{"__proto__": "x"}'))).toEqual([{ path: "/__proto__", keyword: "type", message: "expected integer" }]);
  });

  it("ignores inherited enumerable keys for additionalProperties and counts", () => {
    const g = guard(v31, "Dict");
    const inherited = Object.assign(Object.create({ polluted: "x" }) as object, { a: 1 });
    expect(g.is(inherited)).toBe(true);
    expect(g.validate(inherited)).toEqual([]);
  });

  it("does not call methods of the value (an array with its own `every`/`map` is walked by index)", () => {
    const g = guard(v31, "List");
    const array = ["a"] as unknown as Record<string, unknown>;
    for (const method of ["every", "map", "some", "forEach", "indexOf"]) {
      array[method] = () => {
        throw new Error(`called ${method}`);
      };
    }
    expect(g.is(array)).toBe(true);
    expect(g.validate(array)).toEqual([]);
  });
});

const FORMAT_TABLE: Record<string, [string[], string[]]> = {
  DateTime: [
    ["2024-05-01T12:00:00Z", "2024-05-01t12:00:00.123+05:30", "2024-05-01 12:00:00-0800", "2016-12-31T23:59:60Z", "2024-02-29T00:00:00+00"],
    ["2024-05-01T12:00:00", "2024-05-01", "2023-02-29T00:00:00Z", "2024-05-01T24:00:00Z", "2024-05-01T12:00:60Z", "2024-05-01TT12:00:00Z", "x2024-05-01T12:00:00Z"],
  ],
  DateSchema: [["2024-02-29", "2023-12-31", "0000-02-29"], ["2023-02-29", "2024-13-01", "2024-1-01", "2024-05-01T00:00:00Z", "24-05-01"]],
  Time: [["12:00:00Z", "23:59:60Z", "00:00:00.5+01:00", "12:00:00-0130"], ["12:00:00", "25:00:00Z", "12:60:00Z", "12:00:00+24:00", "12:00Z"]],
  Email: [["user@example.com", "a.b+c@d-e.co"], ["user@", "@example.com", "a b@c.d", "user@example"]],
  Uri: [["https://example.com/a?b=c#d", "urn:isbn:0451450523", "mailto:a@b.c"], ["/relative/path", "example.com", "http://exa mple.com", ""]],
  Uuid: [["3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5f", "urn:uuid:3F1C2B6E-8D4A-4C5E-9B7F-0A1B2C3D4E5F"], ["3f1c2b6e8d4a4c5e9b7f0a1b2c3d4e5f", "3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5g"]],
  Ipv4: [["192.0.2.1", "0.0.0.0", "255.255.255.255"], ["256.0.0.1", "1.2.3", "01.2.3.4", "1.2.3.4 "]],
  Ipv6: [["::1", "2001:db8::1", "::ffff:192.0.2.1", "1:2:3:4:5:6:7:8"], ["1:2:3:4:5:6:7:8:9", "2001:db8::g", "12345::1", ":"]],
  Hostname: [["db.example.com", "localhost", "a-b.c", "example.com."], ["-a.com", "a_b.com", "a..b", "a".repeat(64) + ".com"]],
  // ajv-formats reads byte as multiline: one base64 line suffices.
  Byte: [["c2FtcGxl", "", "YQ==", "!!\nYWJj"], ["c2FtcGxl=", "abc", "a b c d"]],
};

describe("formats", () => {
  for (const [name, [valid, invalid]] of Object.entries(FORMAT_TABLE)) {
    it(`${name}: valid and invalid strings, with issue keyword "format"`, () => {
      const g = guard(v31, name);
      for (const value of valid) expect(g.is(value), JSON.stringify(value)).toBe(true);
      for (const value of invalid) {
        expect(g.is(value), JSON.stringify(value)).toBe(false);
        expect(g.validate(value)).toEqual([{ path: "", keyword: "format", message: expect.stringContaining("must be a valid") as string }]);
      }
      expect(g.is(42)).toBe(false);
    });
  }

  it("agrees with ajv-formats (full mode) on every table string and on mutations of them", () => {
    const formatOf: Record<string, string> = {
      DateTime: "date-time",
      DateSchema: "date",
      Time: "time",
      Email: "email",
      Uri: "uri",
      Uuid: "uuid",
      Ipv4: "ipv4",
      Ipv6: "ipv6",
      Hostname: "hostname",
      Byte: "byte",
    };
    const alphabet = [..."0123456789-:.TtZz+ @/ab\n\u2003"];
    for (const [name, [valid, invalid]] of Object.entries(FORMAT_TABLE)) {
      const definition = (fullFormats as Record<string, unknown>)[formatOf[name] as string];
      const oracle = (s: string): boolean => {
        const check = (typeof definition === "object" && definition !== null && "validate" in definition ? definition.validate : definition) as RegExp | ((s: string) => boolean);
        if (typeof check === "function") return check(s);
        check.lastIndex = 0;
        return check.test(s);
      };
      const g = guard(v31, name);
      fc.assert(
        fc.property(fc.constantFrom(...valid, ...invalid), fc.array(fc.tuple(fc.nat(40), fc.constantFrom(...alphabet), fc.boolean()), { maxLength: 3 }), (seed, edits) => {
          let s = seed;
          for (const [at, char, insert] of edits) {
            const i = at % (s.length + 1);
            s = insert ? s.slice(0, i) + char + s.slice(i) : s.slice(0, i) + s.slice(i + 1);
          }
          expect(g.is(s), `${name} ${JSON.stringify(s)}`).toBe(oracle(s));
        }),
        { numRuns: 2000, seed: 4 },
      );
    }
  });

  it("isUri's fast path for plain http(s) URLs never changes ajv-formats' verdict", () => {
    const uri = (fullFormats as Record<string, unknown>)["uri"] as (s: string) => boolean;
    const g = guard(v31, "Uri");
    const char = fc.constantFrom(..."aZ09.-_~!$&'()*+,;=:@/?#%[] \u00e9");
    fc.assert(
      fc.property(fc.constantFrom("http://", "https://", "HTTPS://", "http:/", "hxtp://"), fc.array(char, { maxLength: 30 }), (scheme, rest) => {
        const s = scheme + rest.join("");
        expect(g.is(s), JSON.stringify(s)).toBe(uri(s));
      }),
      { numRuns: 5000, seed: 9 },
    );
  });

  it("accepts any string for an unknown format", () => {
    expect(guard(v31, "Colour").is("not a colour")).toBe(true);
  });
});

describe("issues", () => {
  it("lists every failure of an object, each with a JSON pointer, a keyword and a message", () => {
    const issues = guard(v31, "Obj").validate({ constructor: 1, "a/b~c": 2, extra: true });
    expect(issues).toEqual([
      { path: "/id", keyword: "required", message: "is required" },
      { path: "/constructor", keyword: "type", message: "expected string" },
      { path: "/a~1b~0c", keyword: "type", message: "expected string" },
      { path: "/extra", keyword: "additionalProperties", message: "is not allowed" },
    ]);
  });

  it("reports through arrays and references", () => {
    const issues = guard(v31, "Tree").validate({ children: [{ children: [] }, { children: [{ children: "no" }], label: 3 }] });
    expect(issues).toEqual([
      { path: "/children/1/label", keyword: "type", message: "expected string" },
      { path: "/children/1/children/0/children", keyword: "type", message: "expected array" },
    ]);
  });

  it("explains a nullable value with the non-null type and says null is allowed", () => {
    expect(guard(v30, "Nullable").validate(1)).toEqual([{ path: "", keyword: "type", message: "expected string or null" }]);
    expect(guard(v30, "NullableObject").validate([])).toEqual([{ path: "", keyword: "type", message: "expected object or null" }]);
  });

  it("explains a union by the variant the discriminator names, else by the value's JSON type", () => {
    expect(guard(v31, "PetOne").validate({ kind: "dog", bark: "loud" })).toEqual([{ path: "/bark", keyword: "type", message: "expected boolean" }]);
    expect(guard(v31, "AnyOf").validate(true)).toEqual([{ path: "", keyword: "type", message: "expected number or string" }]);
    expect(guard(v31, "OneOf").validate(3)[0]?.message).toBe("must match exactly one schema in oneOf, but matches 2");
    expect(guard(v31, "PetOne").validate({})).toEqual([{ path: "", keyword: "oneOf", message: "must match exactly one of Cat, Dog" }]);
  });

  it("stops at 100 issues", () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, "not an integer"]));
    const issues = guard(v31, "Dict").validate(many);
    expect(issues).toHaveLength(100);
    expect(issues[0]).toEqual({ path: "/k0", keyword: "type", message: "expected integer" });
    const list = guard(v31, "Tree").validate({ children: Array.from({ length: 300 }, () => ({})) });
    expect(list).toHaveLength(100);
  });

  it("assertX throws a ValidationError with validateX's issues and the type name", () => {
    const g = guard(v31, "Obj");
    const value = { id: "1", constructor: "c" };
    let thrown: unknown;
    try {
      g.assert(value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    const error = thrown as Error & { issues: Issue[] };
    expect(error.name).toBe("ValidationError");
    expect(error.issues).toEqual(g.validate(value));
    expect(error.message).toBe("value is not a valid Obj: /id: expected integer");
  });
});

/** The types of a built fixture, read from its `isX` exports. */
const names = (built: Built) => Object.keys(built.guards).filter((k) => k.startsWith("is")).map((k) => k.slice(2));

/** A copy of `value` whose arrays, at any depth, have array methods that throw when called. */
function poisoned(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (!Array.isArray(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v)]));
  const copy = value.map(poisoned);
  for (const method of ["every", "some", "map", "forEach", "filter", "reduce", "keys", "entries", "values", "includes", "indexOf", "find"]) {
    Object.defineProperty(copy, method, { value: () => { throw new Error(`the guard called ${method}()`); } });
  }
  return copy;
}

/** Values near the schemas above: the table values, their parts, and mutations of objects and arrays. */
function pool(): unknown[] {
  const seeds: unknown[] = [...TABLE_31, ...TABLE_30].flatMap(([, valid, invalid]) => [...valid, ...invalid.map(([v]) => v)]);
  const out: unknown[] = [...seeds, undefined, null, 0, -0, 1, -1, 0.5, "", "x", true, false, [], {}, [null], { a: null }];
  for (const seed of seeds) {
    if (Array.isArray(seed)) {
      out.push(seed.slice(1), [...seed, seed[0]], [...seed, null], seed.map(() => null));
    } else if (typeof seed === "object" && seed !== null) {
      const entries = Object.entries(seed);
      for (const [key] of entries) {
        out.push(Object.fromEntries(entries.filter(([k]) => k !== key)));
        out.push(Object.fromEntries(entries.map(([k, v]) => [k, k === key ? null : v])));
        out.push(Object.fromEntries(entries.map(([k, v]) => [k, k === key ? String(v) : v])));
      }
      out.push({ ...seed, extra: 1 }, [seed], { kind: "cat", ...seed }, { kind: "dog", ...seed });
    }
  }
  return out;
}

describe("validateX is empty exactly when isX is true", () => {
  it("on the tables and their mutations, for every type", () => {
    const values = pool();
    for (const built of [v31, v30]) {
      for (const name of names(built)) {
        const g = guard(built, name);
        for (const value of values) {
          const issues = g.validate(value);
          expect(issues.length === 0, `${name} ${JSON.stringify(value)}: ${JSON.stringify(issues)}`).toBe(g.is(value));
          expect(issues.length).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  it("on fast-check JSON values, for every type", () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...pool()));
    for (const built of [v31, v30]) {
      for (const name of names(built)) {
        const g = guard(built, name);
        fc.assert(
          fc.property(value, (v) => (g.validate(v).length === 0) === g.is(v)),
          { numRuns: 300, seed: 31 },
        );
      }
    }
  });
});

describe("the generated code", () => {
  it("never calls a method of the value: arrays whose methods throw get the same verdicts", () => {
    const values = pool();
    for (const built of [v31, v30]) {
      for (const name of names(built)) {
        const g = guard(built, name);
        for (const value of values) expect(g.is(poisoned(value)), `${name} ${JSON.stringify(value)}`).toBe(g.is(value));
      }
    }
  });

  it("exports isX, validateX, assertX and a Standard Schema object for each type, and no helper", () => {
    for (const built of [v31, v30]) {
      const types = names(built);
      expect(types.length).toBeGreaterThan(3);
      const functions = Object.keys(built.guards).filter((key) => typeof built.guards[key] === "function");
      const standard = Object.values(built.guards).filter((value) => typeof value === "object" && value !== null && "~standard" in value);
      expect(functions.sort()).toEqual(types.flatMap((t) => [`is${t}`, `validate${t}`, `assert${t}`]).sort());
      expect(standard).toHaveLength(types.length);
      expect(Object.keys(built.guards)).toHaveLength(types.length * 4);
    }
  });

  it("leaves the issues to the schema interpreter: validateX lists them, assertX throws them", () => {
    const tree = guard(v31, "Tree");
    const bad = { children: [{ children: 1 }] };
    expect(tree.validate(bad)).toEqual([{ path: "/children/0/children", keyword: "type", message: "expected array" }]);
    expect(() => tree.assert(bad)).toThrow(expect.objectContaining({ name: "ValidationError", issues: tree.validate(bad) }));
    expect(() => tree.assert({ children: [] })).not.toThrow();
    expect(tree.validate({ children: [] })).toEqual([]);
  });


  it("imports the interpreter and the table under other names when schemas take theirs", () => {
    // The schema `With` has validateWith, `schemas` the type schemas: both still explain their values.
    expect(guard(v31, "With").validate("a")).toEqual([{ path: "", keyword: "minLength", message: "must have at least 2 characters" }]);
    expect(guard(v31, "schemas").validate({ n: "1" })).toEqual([{ path: "/n", keyword: "type", message: "expected integer" }]);
    expect(() => guard(v31, "schemas").assert({})).toThrow("value is not a valid schemas: /n: is required");
    expect(guard(v31, "Str").validate("A")).toEqual([
      { path: "", keyword: "minLength", message: "must have at least 2 characters" },
      { path: "", keyword: "pattern", message: 'must match the pattern "^[a-zé]+$"' },
    ]);
  });

  it("keeps the runtime's helpers working when a schema takes their names", () => {
    // The schema `record` has the guard isRecord, like a runtime helper; `DateTime` likewise.
    expect(guard(v31, "record").is({ at: "2024-05-01T12:00:00Z" })).toBe(true);
    expect(guard(v31, "record").is({ at: "yesterday" })).toBe(false);
    expect(guard(v31, "DateTime").is("2024-05-01T12:00:00Z")).toBe(true);
  });

  it("compiles under strict TypeScript", async () => {
    const result = await typecheck({ variant: "nodenext", files: v31.files, compiler: "ts5.9" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });
});
