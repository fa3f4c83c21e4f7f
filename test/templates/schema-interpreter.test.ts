/**
 * The schema interpreter on hand-written tables: for every node kind and keyword, a table, a value
 * and the issues it must give (JSON pointer, keyword, message, order), the cap of MAX_ISSUES,
 * values nested far deeper than a call stack allows, and the ValidationError of assertX.
 */
import { describe, expect, it } from "vitest";
import { validateWith, validationError } from "../../templates/schema-interpreter.js";
import type { SchemaRef, SchemaTable } from "../../templates/schema-table.js";
import { ValidationError } from "../../templates/validation-error.js";

/** A table whose named type `X` is `root`, plus other named types and shared nodes. */
function table(root: SchemaRef, types: Record<string, SchemaRef> = {}, n: SchemaTable["n"] = []): SchemaTable {
  return { t: { X: root, ...types }, n };
}

type Row = [value: unknown, issues: [path: string, keyword: string, message: string][]];

function expectIssues(t: SchemaTable, rows: Row[]): void {
  for (const [value, want] of rows) {
    const got = validateWith(t, "X", value).map((i) => [i.path, i.keyword, i.message]);
    expect(got, JSON.stringify(value)).toEqual(want);
  }
}

describe("scalars", () => {
  it("string: type, then minLength and maxLength in code points, pattern and format, each reported", () => {
    expectIssues(table({ k: "s", min: 2, max: 3, re: "^\\p{Ll}+$", f: "date" }), [
      [5, [["", "type", "expected string"]]],
      ["😀", [["", "minLength", "must have at least 2 characters"], ["", "pattern", 'must match the pattern "^\\\\p{Ll}+$"'], ["", "format", "must be a valid date"]]],
      ["abcd", [["", "maxLength", "must have at most 3 characters"], ["", "format", "must be a valid date"]]],
    ]);
    expectIssues(table({ k: "s", min: 1, max: 1 }), [
      ["😀", []],
      ["", [["", "minLength", "must have at least 1 character"]]],
      ["ab", [["", "maxLength", "must have at most 1 character"]]],
    ]);
    expectIssues(table({ k: "s", f: "date-time" }), [
      ["2024-05-01T12:00:00Z", []],
      ["2024-05-01", [["", "format", "must be a valid date-time"]]],
    ]);
    // A format the runtime does not know is an annotation.
    expectIssues(table({ k: "s", f: "favourite-colour" }), [["anything", []]]);
  });

  it("every checked format has its check", () => {
    const cases: [string, string, string][] = [
      ["date", "2024-02-29", "2023-02-29"],
      ["time", "12:00:00Z", "12:00:00"],
      ["email", "a@b.co", "a@b"],
      ["hostname", "example.com", "-a.com"],
      ["ipv4", "192.0.2.1", "256.0.0.1"],
      ["ipv6", "::1", "1::2::3"],
      ["uri", "https://example.com/", "/relative"],
      ["uuid", "3f1c2b6e-8d4a-4c5e-9b7f-0a1b2c3d4e5f", "3f1c2b6e"],
      ["byte", "YQ==", "YQ="],
    ];
    for (const [f, good, bad] of cases) expectIssues(table({ k: "s", f }), [[good, []], [bad, [["", "format", `must be a valid ${f}`]]]]);
  });

  it("number and integer: the JSON type, then each bound and multipleOf", () => {
    expectIssues(table({ k: "n", ge: 1.5, le: 10, mul: 0.5 }), [
      [2.5, []],
      [Number.NaN, [["", "type", "expected number"]]],
      [Infinity, [["", "type", "expected number"]]],
      ["5", [["", "type", "expected number"]]],
      [1, [["", "minimum", "must be >= 1.5"]]],
      [10.25, [["", "maximum", "must be <= 10"], ["", "multipleOf", "must be a multiple of 0.5"]]],
    ]);
    expectIssues(table({ k: "i", gt: 0, lt: 100, mul: 5 }), [
      [5, []],
      [5.5, [["", "type", "expected integer"]]],
      [0, [["", "exclusiveMinimum", "must be > 0"]]],
      [100, [["", "exclusiveMaximum", "must be < 100"]]],
      [7, [["", "multipleOf", "must be a multiple of 5"]]],
    ]);
    // multipleOf divides the decimal numbers the JSON text spells.
    expectIssues(table({ k: "n", mul: 0.1 }), [[0.3, []], [0.35, [["", "multipleOf", "must be a multiple of 0.1"]]]]);
  });

  it("boolean, null, binary and any value", () => {
    expectIssues(table({ k: "t" }), [[false, []], [0, [["", "type", "expected boolean"]]]]);
    expectIssues(table({ k: "z" }), [[null, []], [undefined, [["", "type", "expected null"]]]]);
    expectIssues(table({ k: "b" }), [
      [new Uint8Array(2), []],
      [new Blob(["x"]), []],
      ["bytes", [["", "type", "expected binary data (Blob, ArrayBuffer, typed array or stream)"]]],
    ]);
    expectIssues(table({ k: "*" }), [[undefined, []], [{ a: [1] }, []]]);
  });

  it("enum: one value, a few listed, many counted; no values is the schema false", () => {
    expectIssues(table({ k: "e", v: ["x"] }), [["x", []], ["y", [["", "enum", 'must be "x"']]]]);
    expectIssues(table({ k: "e", v: ["red", 1, true, null] }), [
      [null, []],
      [1, []],
      ["1", [["", "enum", 'must be one of "red", 1, true, null']]],
    ]);
    const many = Array.from({ length: 11 }, (_, i) => `v${i}`);
    expectIssues(table({ k: "e", v: many }), [["v10", []], ["v11", [["", "enum", "must be one of the 11 allowed values"]]]]);
    expectIssues(table({ k: "e", v: [] }), [[null, [["", "false schema", "no value is allowed here"]]]]);
  });
});

describe("nullable (`?`)", () => {
  it("accepts null, and says so when the non-null side's JSON type is wrong", () => {
    expectIssues(table({ k: "?", s: { k: "s", max: 1 } }), [
      [null, []],
      ["ab", [["", "maxLength", "must have at most 1 character"]]],
      [1, [["", "type", "expected string or null"]]],
    ]);
    expectIssues(table({ k: "?", s: { k: "o" } }), [[[], [["", "type", "expected object or null"]]]]);
    expectIssues(table({ k: "?", s: { k: "a" } }), [[{}, [["", "type", "expected array or null"]]]]);
    expectIssues(table({ k: "?", s: { k: "e", v: [] } }), [[1, [["", "false schema", "no value is allowed here or null"]]]]);
  });

  it("leaves a named type's own messages alone", () => {
    expectIssues(table({ k: "?", s: "Name" }, { Name: { k: "s" } }), [[1, [["", "type", "expected string"]]]]);
  });
});

describe("arrays", () => {
  const list = table({ k: "a", i: { k: "s" }, min: 1, max: 2, u: true });

  it("reports the type, the length bounds, each item and uniqueness, in that order", () => {
    expectIssues(list, [
      [["a", "b"], []],
      [{}, [["", "type", "expected array"]]],
      [[], [["", "minItems", "must have at least 1 item"]]],
      [["a", 1, "a"], [["", "maxItems", "must have at most 2 items"], ["/1", "type", "expected string"], ["", "uniqueItems", "must not contain duplicate items"]]],
    ]);
  });

  it("checks prefix items by position and the rest against `i`; `i: false` allows none beyond the prefix", () => {
    expectIssues(table({ k: "a", pi: [{ k: "s" }, { k: "i" }], i: false }), [
      [[], []],
      [["a"], []],
      [[1, "x"], [["/0", "type", "expected string"], ["/1", "type", "expected integer"]]],
      [["a", 1, 2, 3], [["", "items", "must have at most 2 items"]]],
    ]);
    expectIssues(table({ k: "a", pi: [{ k: "s" }], i: { k: "t" } }), [[["a", true, 1], [["/2", "type", "expected boolean"]]]]);
    expectIssues(table({ k: "a", pi: [{ k: "s" }, { k: "s" }] }), [[["a", "b", 3], []]]);
  });

  it("compares items deeply for uniqueness, object key order aside", () => {
    expectIssues(table({ k: "a", u: true }), [
      [[{ a: 1, b: [1] }, { b: [1], a: 2 }], []],
      [[{ a: 1, b: [1] }, { b: [1], a: 1 }], [["", "uniqueItems", "must not contain duplicate items"]]],
    ]);
  });
});

describe("objects", () => {
  const obj = table({
    k: "o",
    p: [["id", { k: "i" }, 1], ["a/b~c", { k: "s" }], ["constructor", { k: "s" }, 1]],
    a: false,
  });

  it("reports required properties at their own pointer, escaped, then keys no property names", () => {
    expectIssues(obj, [
      [{ id: 1, constructor: "c" }, []],
      [[], [["", "type", "expected object"]]],
      [
        { "a/b~c": 2, extra: true, "x/y": 1 },
        [
          ["/id", "required", "is required"],
          ["/a~1b~0c", "type", "expected string"],
          ["/constructor", "required", "is required"],
          ["/extra", "additionalProperties", "is not allowed"],
          ["/x~1y", "additionalProperties", "is not allowed"],
        ],
      ],
    ]);
  });

  it("reads a name Object.prototype has only as an own property", () => {
    expectIssues(obj, [[Object.assign(Object.create({ constructor: "c" }) as object, { id: 1 }), [["/constructor", "required", "is required"]]]]);
  });

  it("checks other keys against patternProperties and additionalProperties, own keys only", () => {
    const pat = table({ k: "o", p: [["id", { k: "i" }]], pp: [["^x-", { k: "s" }], ["^x-n", { k: "s", min: 2 }]], a: { k: "i" } });
    expectIssues(pat, [
      [{ id: 1, "x-a": "s", other: 2 }, []],
      [{ "x-n": 1 }, [["/x-n", "type", "expected string"], ["/x-n", "type", "expected string"]]],
      [{ "x-n": "a", y: "1" }, [["/x-n", "minLength", "must have at least 2 characters"], ["/y", "type", "expected integer"]]],
      [Object.assign(Object.create({ polluted: "x" }) as object, { id: 1 }), []],
      [JSON.parse('{"__proto__": "x"}'), [["/__proto__", "type", "expected integer"]]],
    ]);
  });

  it("counts own keys for minProperties and maxProperties, reported after the keys", () => {
    const dict = table({ k: "o", a: { k: "i" }, min: 1, max: 2 });
    expectIssues(dict, [
      [{ a: 1 }, []],
      [{}, [["", "minProperties", "must have at least 1 property"]]],
      [{ a: "1", b: 2, c: 3 }, [["/a", "type", "expected integer"], ["", "maxProperties", "must have at most 2 properties"]]],
    ]);
    expectIssues(table({ k: "o", min: 2 }), [[{ a: 1 }, [["", "minProperties", "must have at least 2 properties"]]]]);
  });

  it("knows the names of a long property list", () => {
    const p = Array.from({ length: 40 }, (_, i) => [`p${i}`, { k: "i" }] as const);
    const wide = table({ k: "o", p, a: false });
    expectIssues(wide, [[{ p0: 1, p39: 2 }, []], [{ p39: "x", q: 1 }, [["/p39", "type", "expected integer"], ["/q", "additionalProperties", "is not allowed"]]]]);
  });
});

describe("combinators", () => {
  it("allOf reports every part's issues, in order", () => {
    const both = table({ k: "&", v: ["Named", { k: "o", p: [["age", { k: "i" }, 1]] }] }, { Named: { k: "o", p: [["name", { k: "s" }, 1]] } });
    expectIssues(both, [[{ name: "n", age: 1 }, []], [{}, [["/name", "required", "is required"], ["/age", "required", "is required"]]]]);
  });

  it("not reports a value its schema matches", () => {
    expectIssues(table({ k: "!", s: { k: "s" } }), [[1, []], ["s", [["", "not", "must not match the schema in not"]]]]);
  });

  it("anyOf explains by the only variant that takes the value's JSON type, else names them", () => {
    const any = table({ k: "|", v: [{ k: "s" }, { k: "i", ge: 0 }, "Cat", { k: "o" }], m: [8, 4, 32, 32] }, { Cat: { k: "o", p: [["meow", { k: "t" }, 1]] } });
    expectIssues(any, [
      ["s", []],
      [{}, []],
      [-1, [["", "minimum", "must be >= 0"]]],
      [true, [["", "type", "expected number, string or object"]]],
      [undefined, [["", "type", "expected number, string or object"]]],
    ]);
    const two = table({ k: "|", v: ["Cat", { k: "o", p: [["a", { k: "s" }, 1]] }], m: [32, 32] }, { Cat: { k: "o", p: [["meow", { k: "t" }, 1]] } });
    expectIssues(two, [[{}, [["", "anyOf", "must match at least one of Cat, object"]]]]);
  });

  it("oneOf: exactly one variant; the discriminator's variant explains a failure", () => {
    const one = table({ k: "^", v: [{ k: "i" }, { k: "n", ge: 0 }], m: [4, 4] });
    expectIssues(one, [
      [-1, []],
      [0.5, []],
      [5, [["", "oneOf", "must match exactly one schema in oneOf, but matches 2"]]],
      [-0.5, [["", "oneOf", "must match exactly one of number, number"]]],
      ["x", [["", "type", "expected number"]]],
    ]);
    const pets = table(
      { k: "^", v: ["Cat", "Dog"], m: [32, 32], d: "kind", c: [["cat", 0], ["dog", 1]] },
      { Cat: { k: "o", p: [["meow", { k: "t" }, 1]] }, Dog: { k: "o", p: [["bark", { k: "t" }, 1]] } },
    );
    expectIssues(pets, [
      [{ kind: "dog", bark: true }, []],
      [{ kind: "dog", bark: "loud" }, [["/bark", "type", "expected boolean"]]],
      [{ kind: "bird" }, [["", "oneOf", "must match exactly one of Cat, Dog"]]],
      [{ meow: true, bark: true }, [["", "oneOf", "must match exactly one schema in oneOf, but matches 2"]]],
    ]);
  });
});

describe("references", () => {
  const tree = table("Tree", {
    Tree: { k: "o", p: [["label", 0], ["children", { k: "a", i: "Tree" }, 1]] },
    Alias: "Tree",
  }, [{ k: "s" }]);

  it("follows named types, aliases and shared nodes, with the pointer through them", () => {
    expectIssues(tree, [
      [{ children: [{ children: [] }] }, []],
      [{ children: [{ children: [{ label: 1, children: [] }] }] }, [["/children/0/children/0/label", "type", "expected string"]]],
      [{ children: [{}] }, [["/children/0/children", "required", "is required"]]],
    ]);
    expect(validateWith(tree, "Alias", { children: "no" })).toEqual([{ path: "/children", keyword: "type", message: "expected array" }]);
  });

  it("walks a value nested far deeper than the call stack allows", () => {
    let value: unknown = { label: 1, children: [] };
    for (let depth = 0; depth < 200_000; depth++) value = { children: [value] };
    const issues = validateWith(tree, "Tree", value);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe(`${"/children/0".repeat(200_000)}/label`);
  });

  it("throws on a name the table does not have", () => {
    expect(() => validateWith(tree, "Missing", {})).toThrow(/no schema "Missing"/);
    expect(() => validateWith(table(7), "X", {})).toThrow(/no schema 7/);
  });
});

describe("limits and errors", () => {
  it("stops at 100 issues", () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, "x"]));
    const issues = validateWith(table({ k: "o", a: { k: "i" } }), "X", many);
    expect(issues).toHaveLength(100);
    expect(issues[99]).toEqual({ path: "/k99", keyword: "type", message: "expected integer" });
    expect(validateWith(table({ k: "a", i: { k: "i" } }), "X", Array.from({ length: 300 }, () => "x"))).toHaveLength(100);
  });

  it("validationError carries the issues and names the type", () => {
    const error = validationError(table({ k: "o", p: [["id", { k: "i" }, 1]] }), "X", { id: "1" });
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([{ path: "/id", keyword: "type", message: "expected integer" }]);
    expect(error.message).toBe("value is not a valid X: /id: expected integer");
  });
});
