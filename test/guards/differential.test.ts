/**
 * Differential test of the generated guards (issue 4): for every named type of the camelAI fixture
 * and of the feature fixtures, at least VALUES_PER_SCHEMA generated values are judged by the
 * generated `isX` (and `validateX`, when the module has it) and by ajv on an oracle JSON Schema built
 * from the raw document (oracle.ts). Every verdict must agree; the exception table (exceptions.ts)
 * lists the few places camelgen deliberately reads a schema differently, and the test checks the
 * guard differs there exactly as the table says. `validateX` (the schema interpreter reading
 * schemas.ts) lists no issue exactly when `isX` accepts a value, and gives the recorded issues
 * (recorded-issues.json) for representative values of every type.
 *
 * Reproduce a failure with the seed it prints: CAMELGEN_DIFF_SEED=<seed> npx vitest run test/guards/differential.test.ts -t '<Type>'
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import type { NamedType } from "../../src/model/ir.js";
import { REPO, tempDir } from "../helpers/run-cli.js";
import { EXCEPTIONS, EXPECTED_HITS, type SchemaNode } from "./exceptions.js";
import { buildOracle, type FixtureOracle, type TypeOracle } from "./oracle.js";
import { buildPools, type Pools } from "./pools.js";
import { describeValue, hashSeed, ValueSource } from "./values.js";

const SEED = process.env["CAMELGEN_DIFF_SEED"] !== undefined ? Number(process.env["CAMELGEN_DIFF_SEED"]) : 20_240_501;
if (!Number.isSafeInteger(SEED)) throw new Error(`CAMELGEN_DIFF_SEED must be an integer, got ${process.env["CAMELGEN_DIFF_SEED"]}`);
const VALUES_PER_SCHEMA = 10_000;
const FAKER_SAMPLES = 100;
/** Disagreements quoted in a failure message (all are counted). */
const QUOTED = 6;

const FIXTURES: { name: string; path: string }[] = [
  { name: "camelai", path: "fixtures/camelai/openapi.yaml" },
  { name: "json-schema-keywords", path: "fixtures/cases/json-schema-keywords.yaml" },
  { name: "json-schema-31", path: "fixtures/cases/json-schema-31.yaml" },
  { name: "bodies", path: "fixtures/cases/bodies.yaml" },
  { name: "escaping", path: "fixtures/cases/escaping.yaml" },
  { name: "pagination", path: "fixtures/cases/pagination.yaml" },
  { name: "parameters", path: "fixtures/cases/parameters.yaml" },
  { name: "recursive", path: "fixtures/cases/recursive.yaml" },
  { name: "wide-objects", path: "fixtures/cases/wide-objects.yaml" },
  { name: "split-refs", path: "fixtures/cases/split-refs/openapi.yaml" },
];

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => unknown[];
interface Issue {
  path: string;
  keyword?: string;
  message: string;
}

/**
 * Representative values of every named type with the issues validateX must give, as [path, keyword,
 * message]: recorded from the compiled validateX that the schema interpreter replaced (values of
 * this test's value sources, one per distinct list of keywords, valid ones included).
 */
type Recorded = Record<string, Record<string, [value: unknown, issues: [string, string, string][]][]>>;
const RECORDED = JSON.parse(await readFile(join(REPO, "test/guards/recorded-issues.json"), "utf8")) as Recorded;

interface Disagreement {
  value: unknown;
  ajv: boolean;
  guard: boolean;
  validateIssues?: number;
  errors: unknown;
}

// The named types are known before the suite is collected, so each gets its own test.
const models = await Promise.all(
  FIXTURES.map(async (fixture) => {
    const loaded = await loadSpec(join(REPO, fixture.path));
    return { ...fixture, document: loaded.document as SchemaNode, types: buildModel(loaded.document).types };
  }),
);

/** Across fixtures: rule -> types it changes, whether it changed a verdict; types that ran. */
const ruleTypes = new Map<string, Set<string>>();
const ruleExercised = new Map<string, boolean>();
const typesRan = new Set<string>();

function seedOf(fixture: string, type: string): number {
  return hashSeed(`${SEED}:${fixture}:${type}`);
}

function report(fixture: string, type: NamedType, oracle: TypeOracle, seed: number, found: Disagreement[], count: number): string {
  const lines = [
    `${type.name} (${fixture}, ${type.pointer}, ${type.direction} form): ${found.length} of ${count} values judged differently by ${type.guardName} and ajv.`,
    `seed ${SEED} (type seed ${seed}); reproduce with CAMELGEN_DIFF_SEED=${SEED} npx vitest run test/guards/differential.test.ts -t '${type.name}'`,
    `oracle schema: ${describeValue(oracle.schema)}`,
  ];
  for (const d of found.slice(0, QUOTED)) {
    const issues = d.validateIssues !== undefined ? `, validate: ${d.validateIssues} issue(s)` : "";
    lines.push(`  value ${describeValue(d.value)}\n    ajv: ${d.ajv ? "valid" : "invalid"}, guard: ${d.guard ? "valid" : "invalid"}${issues}; ajv errors: ${describeValue(d.errors)}`);
  }
  return lines.join("\n");
}

for (const fixture of models) {
  describe(`${fixture.name}: generated guards agree with ajv`, () => {
    let work: Awaited<ReturnType<typeof tempDir>>;
    let guards: Record<string, unknown>;
    let oracle: FixtureOracle;
    let pools: Pools;
    const typeOracles = new Map<string, TypeOracle>();

    beforeAll(async () => {
      const { files } = await generate({ input: join(REPO, fixture.path) });
      work = await tempDir(`camelgen-differential-${fixture.name}-`);
      for (const file of files) {
        await mkdir(dirname(join(work.path, file.path)), { recursive: true });
        await writeFile(join(work.path, file.path), file.contents);
      }
      guards = (await import(join(work.path, "guards.ts"))) as Record<string, unknown>;
      oracle = buildOracle(fixture.document);
      for (const type of fixture.types) {
        const typeOracle = oracle.forType(type);
        typeOracles.set(type.name, typeOracle);
        for (const rule of typeOracle.rules) ruleTypes.set(rule, (ruleTypes.get(rule) ?? new Set()).add(`${fixture.name}/${type.name}`));
      }
      pools = buildPools(fixture.document, hashSeed(`${SEED}:pools`));
    });
    afterAll(() => work?.remove());

    it("applies the exception table to exactly the schema nodes it lists", () => {
      const expected = EXPECTED_HITS[fixture.name];
      expect(expected, `EXPECTED_HITS has no entry for ${fixture.name}`).toBeDefined();
      const actual: Record<string, string[]> = {};
      for (const hit of oracle.hits) (actual[hit.rule] ??= []).push(hit.pointer);
      const normalise = (table: Record<string, readonly string[]>) =>
        Object.fromEntries(Object.entries(table).flatMap(([rule, pointers]) => (pointers.length > 0 ? [[rule, [...pointers].sort()]] : [])));
      expect(normalise(actual)).toEqual(normalise(expected ?? {}));
    });

    it("gives the recorded issues for representative values of every named type", () => {
      const recorded = RECORDED[fixture.name] ?? {};
      expect(Object.keys(recorded).sort()).toEqual(fixture.types.map((t) => t.name).sort());
      for (const type of fixture.types) {
        const validate = guards[type.validateName] as (value: unknown) => Issue[];
        for (const [value, want] of recorded[type.name] ?? []) {
          const got = validate(value).map((issue) => [issue.path, issue.keyword, issue.message]);
          expect(got, `${type.validateName}(${describeValue(value)})`).toEqual(want);
        }
      }
    });

    it.each(fixture.types.map((t) => [t.name, t] as const))("%s", (_name, type) => {
      const typeOracle = typeOracles.get(type.name);
      if (typeOracle === undefined) throw new Error(`no oracle for ${type.name}`);
      const guard = guards[type.guardName] as Guard | undefined;
      expect(typeof guard, `guards.ts exports ${type.guardName}`).toBe("function");
      const validateName = `validate${type.guardName.slice(2)}`;
      const validate = typeof guards[validateName] === "function" ? (guards[validateName] as Validate) : undefined;
      const seed = seedOf(fixture.name, type.name);
      const source = new ValueSource({
        seed,
        fakerSchema: typeOracle.fakerSchema,
        pools,
        fakerSamples: FAKER_SAMPLES,
        binary: typeOracle.rules.includes("binary-is-uploadable"),
      });

      const disagreements: Disagreement[] = [];
      const validateMismatches: Disagreement[] = [];
      let valid = 0;
      let strictDiffers = 0;
      for (let i = 0; i < VALUES_PER_SCHEMA; i++) {
        const value = source.next();
        const ajvVerdict = typeOracle.validate(value) === true;
        source.feedback(value, ajvVerdict);
        const guardVerdict = (guard as Guard)(value) === true;
        if (ajvVerdict) valid++;
        if (typeOracle.strict !== undefined && (typeOracle.strict(value) === true) !== ajvVerdict) strictDiffers++;
        if (ajvVerdict !== guardVerdict) {
          disagreements.push({ value, ajv: ajvVerdict, guard: guardVerdict, errors: structuredClone(typeOracle.validate.errors ?? null) });
        }
        if (validate !== undefined) {
          const issues = validate(value).length;
          if ((issues === 0) !== guardVerdict) {
            validateMismatches.push({ value, ajv: ajvVerdict, guard: guardVerdict, validateIssues: issues, errors: structuredClone(typeOracle.validate.errors ?? null) });
          }
        }
      }
      typesRan.add(`${fixture.name}/${type.name}`);
      for (const rule of typeOracle.rules) ruleExercised.set(rule, (ruleExercised.get(rule) ?? false) || strictDiffers > 0);

      expect(disagreements.length, report(fixture.name, type, typeOracle, seed, disagreements, VALUES_PER_SCHEMA)).toBe(0);
      expect(
        validateMismatches.length,
        `${validateName} disagrees with ${type.guardName}: ` + report(fixture.name, type, typeOracle, seed, validateMismatches, VALUES_PER_SCHEMA),
      ).toBe(0);
      // The value set can fail the test both ways: it holds values ajv accepts and values it rejects.
      expect(valid, `${type.name}: no generated value is valid (seed ${SEED})`).toBeGreaterThan(0);
      if (typeOracle.acceptsEverything) expect(valid, `${type.name} accepts every value`).toBe(VALUES_PER_SCHEMA);
      else expect(valid, `${type.name}: every generated value is valid (seed ${SEED})`).toBeLessThan(VALUES_PER_SCHEMA);
    });

  });
}

describe("the exception table", () => {
  it("has no rule that never changes a verdict", () => {
    for (const rule of EXCEPTIONS) {
      const affected = [...(ruleTypes.get(rule.id) ?? [])];
      // Only meaningful when every affected type ran (a `-t` filter may have skipped some).
      if (affected.length === 0 || !affected.every((t) => typesRan.has(t))) continue;
      expect(ruleExercised.get(rule.id), `no value is judged differently with and without the exception ${rule.id} (${affected.join(", ")})`).toBe(true);
    }
  });
});
