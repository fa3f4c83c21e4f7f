/**
 * The runtime's Standard Schema objects on hand-written tables: the interface's fixed fields, the
 * value returned as it was given, the interpreter's issues with their JSON pointers turned into
 * key paths (numbers exactly where an array is indexed, RFC 6901 escapes undone), and no path for
 * an issue at the root.
 */
import { describe, expect, it } from "vitest";
import { pointerKeys } from "../../templates/issue-path.js";
import { validateWith } from "../../templates/schema-interpreter.js";
import type { SchemaRef, SchemaTable } from "../../templates/schema-table.js";
import { standardSchemaOf, type StandardSchemaV1 } from "../../templates/standard-schema.js";

describe("pointerKeys", () => {
  const protoKey = JSON.parse('{"__proto__": [{"x": 1}]}') as unknown;
  it.each<[string, unknown, (string | number)[]]>([
    ["", { a: 1 }, []],
    ["/a", { a: 1 }, ["a"]],
    ["/0", [1], [0]],
    ["/0", { "0": 1 }, ["0"]],
    ["/a/1/b", { a: [0, { b: 1 }] }, ["a", 1, "b"]],
    ["/0/1", [[1, 2]], [0, 1]],
    ["/12/0", { "12": ["x"] }, ["12", 0]],
    ["/a~1b/c~0d", { "a/b": { "c~d": 1 } }, ["a/b", "c~d"]],
    ["/~01", { "~1": 1 }, ["~1"]],
    ["/~10", { "/0": 1 }, ["/0"]],
    ["/a.b/c d", { "a.b": { "c d": 1 } }, ["a.b", "c d"]],
    ["/", { "": 1 }, [""]],
    ["//0", { "": [1] }, ["", 0]],
    ["/__proto__/0/x", protoKey, ["__proto__", 0, "x"]],
    // An inherited key is not followed: `constructor` of a plain object is not its own.
    ["/constructor/0", {}, ["constructor", "0"]],
    // A required property that is missing, and what lies below a missing one, are keys.
    ["/missing", { a: [] }, ["missing"]],
    ["/missing/0", {}, ["missing", "0"]],
  ])("%j in %j -> %j", (pointer, value, want) => {
    expect(pointerKeys(pointer, value)).toEqual(want);
  });
});

/** The table's type `X`, with the guard the generated code would compile (here: no issues). */
function standard(root: SchemaRef): StandardSchemaV1<unknown> {
  const table: SchemaTable = { t: { X: root }, n: [] };
  return standardSchemaOf(table, "X", (value): value is unknown => validateWith(table, "X", value).length === 0);
}

function run(schema: StandardSchemaV1<unknown>, value: unknown): StandardSchemaV1.Result<unknown> {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new Error("validate must answer synchronously");
  return result;
}

describe("standardSchemaOf", () => {
  const item: SchemaRef = {
    k: "o",
    p: [["a/b~c", { k: "s" }, 1], ["0", { k: "i" }], ["x.y", { k: "a", i: { k: "t" } }]],
    a: false,
  };
  const list = standard({ k: "a", i: item });

  it("is a Standard Schema v1 of vendor camelgen, with types only for inference", () => {
    const props = list["~standard"];
    expect([props.version, props.vendor, typeof props.validate]).toEqual([1, "camelgen", "function"]);
    expect("types" in props).toBe(false);
  });

  it("returns a valid value itself, with no issues", () => {
    const value = [{ "a/b~c": "s", "0": 1, "x.y": [true] }];
    const result = run(list, value);
    expect(result.issues).toBeUndefined();
    expect("value" in result && result.value).toBe(value);
  });

  it("gives the interpreter's issues, each with the keys of its pointer", () => {
    const value = [{ "a/b~c": "s" }, { "0": "zero", "x.y": [true, 1], "~": null }];
    const result = run(list, value);
    expect(result.issues).toEqual([
      { message: "is required", path: [1, "a/b~c"] },
      { message: "expected integer", path: [1, "0"] },
      { message: "expected boolean", path: [1, "x.y", 1] },
      { message: "is not allowed", path: [1, "~"] },
    ]);
    expect(validateWith({ t: { X: { k: "a", i: item } }, n: [] }, "X", value).map((i) => i.path)).toEqual(["/1/a~1b~0c", "/1/0", "/1/x.y/1", "/1/~0"]);
  });

  it("leaves the path out of an issue at the root", () => {
    expect(run(list, { "0": [] }).issues).toEqual([{ message: "expected array" }]);
    expect(run(standard({ k: "s", min: 2 }), "a").issues).toEqual([{ message: "must have at least 2 characters" }]);
  });

  it("follows a key the value owns even where Object.prototype has it", () => {
    const value = JSON.parse('{"__proto__": [1, "two"]}') as unknown;
    const schema = standard({ k: "o", p: [["__proto__", { k: "a", i: { k: "i" } }, 1]] });
    expect(run(schema, value).issues).toEqual([{ message: "expected integer", path: ["__proto__", 1] }]);
  });
});
