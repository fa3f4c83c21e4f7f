/**
 * The generated Standard Schema objects seen only through the published interface
 * (`@standard-schema/spec`): a consumer generic over any Standard Schema, as tRPC's or TanStack
 * Form's, judges the values of the guards' differential test (recorded values, faker samples and
 * their mutations) for every named type of camelAI and of fixtures with nested arrays and objects,
 * unions and odd keys. Its verdicts are validateX's, its messages are validateX's in order, and
 * each path is validateX's JSON pointer as keys: written back as a pointer it is the same string,
 * and a key is a number exactly where the value at that point is an array.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import { REPO, tempDir } from "../helpers/run-cli.js";
import type { SchemaNode } from "./exceptions.js";
import { buildOracle } from "./oracle.js";
import { buildPools } from "./pools.js";
import { describeValue, hashSeed, ValueSource } from "./values.js";
import { ODD_KEYS_DOCUMENT } from "./odd-keys-document.js";

const SEED = 20_240_501;
const VALUES_PER_TYPE = 400;
/** A type whose valid values are rare (camelAI's overlapping oneOf) is tried until one is found, up to this many. */
const MAX_VALUES_PER_TYPE = 10_000;

/** What a consumer makes of any Standard Schema's answer: the output, or messages at key paths. */
type Verdict<S extends StandardSchemaV1> =
  | { ok: true; value: StandardSchemaV1.InferOutput<S> }
  | { ok: false; issues: { message: string; path: PropertyKey[] }[] };

async function parse<S extends StandardSchemaV1>(schema: S, value: unknown): Promise<Verdict<S>> {
  const result = await schema["~standard"].validate(value);
  if (result.issues === undefined) return { ok: true, value: result.value };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      message: issue.message,
      path: (issue.path ?? []).map((segment) => (typeof segment === "object" ? segment.key : segment)),
    })),
  };
}

/** RFC 6901, the other way: keys -> pointer. */
function toPointer(path: readonly PropertyKey[]): string {
  return path.map((key) => `/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** The first key of `path` whose kind does not fit the value there (a number for an array index, a string key otherwise). */
function misfit(path: readonly PropertyKey[], value: unknown): string | undefined {
  let at = value;
  for (const key of path) {
    const array = Array.isArray(at);
    if (array !== (typeof key === "number")) return `${String(key)} (${typeof key}) in ${array ? "an array" : "a non-array"}`;
    if (typeof key === "symbol") return "a symbol key";
    at = typeof at === "object" && at !== null && Object.hasOwn(at, key) ? (at as Record<string | number, unknown>)[key] : undefined;
  }
  return undefined;
}

interface Issue {
  path: string;
  message: string;
}

type Recorded = Record<string, Record<string, [value: unknown, issues: unknown][]>>;
const RECORDED = JSON.parse(await readFile(join(REPO, "test/guards/recorded-issues.json"), "utf8")) as Recorded;

const FIXTURES: { name: string; path: string }[] = [
  { name: "camelai", path: "fixtures/camelai/openapi.yaml" },
  { name: "odd-keys", path: "" },
  { name: "json-schema-keywords", path: "fixtures/cases/json-schema-keywords.yaml" },
  { name: "recursive", path: "fixtures/cases/recursive.yaml" },
  { name: "escaping", path: "fixtures/cases/escaping.yaml" },
];

const work = await tempDir("camelgen-standard-schema-");
const ODD_PATH = join(work.path, "odd-keys.json");
await writeFile(ODD_PATH, JSON.stringify(ODD_KEYS_DOCUMENT));
afterAll(() => work.remove());

const fixtures = await Promise.all(
  FIXTURES.map(async (fixture) => {
    const input = fixture.path === "" ? ODD_PATH : join(REPO, fixture.path);
    const loaded = await loadSpec(input);
    return { ...fixture, input, document: loaded.document as SchemaNode, types: buildModel(loaded.document).types };
  }),
);

/** Every string key and whether a number key occurred, per fixture: what the values exercised. */
const seenKeys = new Map<string, Set<PropertyKey>>();

for (const fixture of fixtures) {
  describe(`${fixture.name}: xSchema through StandardSchemaV1 agrees with validateX`, () => {
    let guards: Record<string, unknown>;
    let sources: (typeName: string) => { source: ValueSource; acceptsEverything: boolean };

    beforeAll(async () => {
      const { files } = await generate({ input: fixture.input });
      const out = join(work.path, fixture.name);
      for (const file of files) {
        await mkdir(dirname(join(out, file.path)), { recursive: true });
        await writeFile(join(out, file.path), file.contents);
      }
      guards = (await import(join(out, "guards.ts"))) as Record<string, unknown>;
      const oracle = buildOracle(fixture.document);
      const pools = buildPools(fixture.document, hashSeed(`${SEED}:pools`));
      sources = (name) => {
        const type = fixture.types.find((t) => t.name === name);
        if (type === undefined) throw new Error(`no type ${name}`);
        const typeOracle = oracle.forType(type);
        const seed = hashSeed(`${SEED}:${fixture.name}:${name}`);
        const binary = typeOracle.rules.includes("binary-is-uploadable");
        return { source: new ValueSource({ seed, fakerSchema: typeOracle.fakerSchema, pools, fakerSamples: 40, binary }), acceptsEverything: typeOracle.acceptsEverything };
      };
    });

    it.each(fixture.types.map((t) => [t.name, t] as const))("%s", async (_name, type) => {
      const schema = guards[type.standardSchemaName] as StandardSchemaV1;
      const validate = guards[type.validateName] as (value: unknown) => Issue[];
      expect(schema["~standard"]).toMatchObject({ version: 1, vendor: "camelgen" });
      const { source, acceptsEverything } = sources(type.name);
      const values = (RECORDED[fixture.name]?.[type.name] ?? []).map(([value]) => value);
      const keys = seenKeys.get(fixture.name) ?? new Set<PropertyKey>();
      seenKeys.set(fixture.name, keys);
      const wrong: string[] = [];
      let valid = 0;
      let count = 0;
      for (let i = 0; i < values.length + VALUES_PER_TYPE || (valid === 0 && i < values.length + MAX_VALUES_PER_TYPE); i++) {
        count++;
        const value = i < values.length ? values[i] : source.next();
        const want = validate(value);
        if (i >= values.length) source.feedback(value, want.length === 0);
        const got = await parse(schema, value);
        const where = `${type.standardSchemaName} on ${describeValue(value)}`;
        if (got.ok) {
          valid++;
          if (want.length > 0) wrong.push(`${where}: valid, validateX lists ${want.length} issue(s)`);
          else if (got.value !== value) wrong.push(`${where}: the value returned is not the value given`);
          continue;
        }
        if (want.length === 0) wrong.push(`${where}: invalid, validateX lists none`);
        const messages = [got.issues.map((i) => i.message), want.map((i) => i.message)];
        if (JSON.stringify(messages[0]) !== JSON.stringify(messages[1])) wrong.push(`${where}: messages ${describeValue(messages)}`);
        got.issues.forEach((issue, n) => {
          for (const key of issue.path) keys.add(key);
          const pointer = toPointer(issue.path);
          if (pointer !== want[n]?.path) wrong.push(`${where}: path ${describeValue(issue.path)} is ${pointer}, validateX says ${want[n]?.path}`);
          const bad = misfit(issue.path, value);
          if (bad !== undefined) wrong.push(`${where}: path ${describeValue(issue.path)}: ${bad}`);
        });
      }
      expect(wrong.slice(0, 5), `${wrong.length} disagreement(s)`).toEqual([]);
      // The values fall on both sides, so the comparison can fail either way.
      expect(valid, "valid values").toBeGreaterThan(0);
      if (!acceptsEverything) expect(valid, "invalid values").toBeLessThan(count);
    });
  });
}

describe("the paths the values reached", () => {
  it("hold array indexes and keys with '/', '~', '.', digits, spaces and the empty key", () => {
    const odd = [...(seenKeys.get("odd-keys") ?? [])];
    expect(odd.some((key) => typeof key === "number")).toBe(true);
    expect(odd).toEqual(expect.arrayContaining(["a/b", "~tilde", "~1", "dot.key", "0", "12", "", "with space", "y/z", "meta~data"]));
    expect([...(seenKeys.get("camelai") ?? [])].some((key) => typeof key === "number")).toBe(true);
  });
});
