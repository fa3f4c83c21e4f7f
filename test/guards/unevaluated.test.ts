/**
 * unevaluatedProperties / unevaluatedItems (fixtures/cases/unevaluated.yaml, OpenAPI 3.1): the
 * generated `isX` and `validateX` give each value JSON Schema 2020-12's verdict (the table's, which
 * python-jsonschema's Draft202012Validator gives too), on the annotations of the subschemas that
 * hold only, and agree with each other on many more values. ajv is not the oracle here: it counts
 * inherited names (`toString`) and a previous array item's keys as evaluated, and ignores
 * `contains` with minContains 0.
 */
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { buildModel } from "../../src/model/build-model.js";
import type { Schema } from "../../src/model/ir.js";
import { REPO, tempDir } from "../helpers/run-cli.js";
import { Rng } from "./values.js";

const FIXTURE = join(REPO, "fixtures/cases/unevaluated.yaml");

type Guards = Record<string, (value: unknown) => unknown>;
interface Issue {
  path: string;
  keyword?: string;
}

/** [type, value, valid]. */
const CASES: [string, unknown, boolean][] = [
  ["ClosedPlain", {"a": "s", "x-1": 2}, true],
  ["ClosedPlain", {"a": "s", "b": 1}, false],
  ["ClosedPlain", {"x-1": "no"}, false],
  ["ClosedPlain", {"toString": 1}, false],
  ["RestTyped", {"a": "s", "b": 1}, true],
  ["RestTyped", {"a": "s", "b": -1}, false],
  ["RestTyped", {"b": "s"}, false],
  ["Extended", {"id": "1", "name": "n"}, true],
  ["Extended", {"id": "1", "other": 1}, false],
  ["Extended", {"name": "n"}, false],
  ["Variants", {"kind": "k", "cat": true}, true],
  ["Variants", {"dog": 1}, true],
  ["Variants", {"dog": 0.5}, false],
  ["Variants", {"cat": true, "dog": 0.5}, false],
  ["Variants", {"cat": true, "dog": 2}, true],
  ["Variants", {"n1": null}, true],
  ["Variants", {"n1": null, "cat": "no"}, false],
  ["Variants", {"constructor": 1}, false],
  ["OneVariant", {"a": "x"}, true],
  ["OneVariant", {"a": "x", "c": true}, true],
  ["OneVariant", {"a": "x", "b": true}, true],
  ["OneVariant", {"a": "x", "b": "y"}, false],
  ["OneVariant", {"a": "x", "c": 1}, false],
  ["Conditional", {"mode": "x", "xValue": 1}, true],
  ["Conditional", {"mode": "x", "yValue": "a"}, false],
  ["Conditional", {"mode": "y", "yValue": "a"}, true],
  ["Conditional", {"yValue": "a"}, true],
  ["Conditional", {"mode": "y", "xValue": 1}, false],
  ["Dependent", {"card": "c", "billing": "b"}, true],
  ["Dependent", {"billing": 1}, true],
  ["Dependent", {"billing": "b"}, false],
  ["Dependent", {"card": "c", "billing": "b", "n": 1}, true],
  ["NestedOpen", {"a": "s", "z": [1]}, true],
  ["NotEvaluates", {"a": "s"}, true],
  ["NotEvaluates", {"b": 1}, false],
  ["NullableClosed", null, true],
  ["NullableClosed", {"id": "i", "a": "s"}, true],
  ["NullableClosed", {"id": "i", "b": "s"}, false],
  ["Pair", ["a", 1], true],
  ["Pair", ["a", 1, 2], false],
  ["Tagged", ["a", true, 3, false], true],
  ["Tagged", ["a", "b"], false],
  ["Tagged", [1], false],
  ["Shapes", ["circle", 1], true],
  ["Shapes", ["circle", 1, 2], false],
  ["Shapes", ["rect", 1, 2], true],
  ["Shapes", ["list", "a", "b"], true],
  ["Shapes", ["list", "a", 1], false],
  ["Holder", {"pair": ["a", 1], "variants": [{"dog": 1}, {"cat": false}]}, true],
  ["Holder", {"variants": [{"dog": 1}, {"dog": 0.3}]}, false],
  ["Holder", {"pair": ["a", 1, 1]}, false],
];

let guards: Guards;
let work: Awaited<ReturnType<typeof tempDir>>;
let types: string[];

beforeAll(async () => {
  const { files } = await generate({ input: FIXTURE });
  work = await tempDir("camelgen-unevaluated-");
  for (const file of files) {
    await mkdir(dirname(join(work.path, file.path)), { recursive: true });
    await writeFile(join(work.path, file.path), file.contents);
  }
  guards = (await import(join(work.path, "guards.ts"))) as Guards;
  types = Object.keys(guards).filter((name) => /^is[A-Z]/.test(name)).map((name) => name.slice(2));
});
afterAll(() => work?.remove());

const isOf = (type: string) => guards[`is${type}`] as (value: unknown) => boolean;
const validateOf = (type: string) => guards[`validate${type}`] as (value: unknown) => Issue[];

describe("unevaluatedProperties / unevaluatedItems", () => {
  it.each(CASES)("%s %j is valid: %s", (type, value, valid) => {
    expect(isOf(type)(value)).toBe(valid);
    expect(validateOf(type)(value).length === 0).toBe(valid);
  });

  it("names the key or item nothing evaluated", () => {
    expect(validateOf("Variants")({ dog: 0.5 })).toMatchObject([{ path: "/dog", keyword: "unevaluatedProperties" }]);
    expect(validateOf("Conditional")({ mode: "y", xValue: 1 })).toMatchObject([{ path: "/xValue", keyword: "unevaluatedProperties" }]);
    expect(validateOf("Tagged")(["a", "b"])).toMatchObject([{ path: "/1", keyword: "type" }]);
    expect(validateOf("Shapes")(["circle", 1, 2])).toMatchObject([{ path: "/2", keyword: "unevaluatedItems" }]);
    expect(validateOf("Holder")({ variants: [{ dog: 1 }, { dog: 0.3 }] })).toMatchObject([{ path: "/variants/1/dog", keyword: "unevaluatedProperties" }]);
  });

  it("isX and validateX agree on many values", () => {
    const rng = new Rng(20_240_501);
    const keys = ["a", "b", "c", "id", "name", "kind", "cat", "dog", "n1", "x-1", "mode", "xValue", "yValue", "card", "billing", "z", "toString", "constructor"];
    const leaves = [null, true, false, 0, 1, -1, 0.5, "s", "x", "y", "circle", "rect", "list", [], {}];
    const value = (depth: number): unknown => {
      if (depth > 2 || rng.chance(0.5)) return rng.pick(leaves);
      if (rng.chance(0.5)) return Array.from({ length: rng.int(4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: rng.int(4) }, () => [rng.pick(keys), value(depth + 1)]));
    };
    let valid = 0;
    let checked = 0;
    for (const type of types) {
      for (let i = 0; i < 1000; i++) {
        const v = value(0);
        const verdict = isOf(type)(v);
        expect(validateOf(type)(v).length === 0, `${type} ${JSON.stringify(v)}`).toBe(verdict);
        if (verdict) valid++;
        checked++;
      }
    }
    expect(valid).toBeGreaterThan(0);
    expect(valid).toBeLessThan(checked);
  });
});

describe("the model", () => {
  const model = buildModel(loadDocument());
  const schemaOf = (name: string): Schema => {
    const type = model.types.find((t) => t.name === name);
    if (!type) throw new Error(`no type ${name}`);
    return type.schema;
  };

  it("closes a shape whose own keywords alone evaluate, as additionalProperties / items would", () => {
    expect(schemaOf("ClosedPlain")).toMatchObject({ kind: "object", additional: "closed" });
    expect(schemaOf("RestTyped")).toMatchObject({ kind: "object", additional: { schema: { kind: "number", integer: true, minimum: 0 } } });
    expect(schemaOf("Pair")).toMatchObject({ kind: "array", items: { kind: "enum", values: [] } });
  });

  it("keeps an unevaluated part where other subschemas evaluate", () => {
    const extended = schemaOf("Extended");
    expect(extended.kind).toBe("intersection");
    const part = extended.kind === "intersection" ? extended.parts.find((p) => p.kind === "unevaluated") : undefined;
    expect(part).toMatchObject({ of: "properties", evaluated: { names: ["name", "id"], branches: [] } });
  });

  it("reports the keywords in an OpenAPI 3.0 document, whose Schema Object has none of them", () => {
    const document = { openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {}, components: { schemas: { A: { type: "object", unevaluatedProperties: false } } } };
    expect(buildModel(document).diagnostics).toContainEqual(expect.objectContaining({ code: "unsupported-keyword", pointer: "#/components/schemas/A/unevaluatedProperties" }));
  });
});

function loadDocument(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(YAML.parse(readFileSync(FIXTURE, "utf8")))) as Record<string, unknown>;
}
