import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { FORMAT_CHECKS } from "../../src/emit/guard-constants.js";
import { generate } from "../../src/generate.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import { ModelError } from "../../src/model/diagnostics.js";
import type { NamedType } from "../../src/model/ir.js";
import { buildOracle, type FixtureOracle } from "../guards/oracle.js";
import type { SchemaNode } from "../guards/exceptions.js";
import { tempDir } from "../helpers/run-cli.js";
import { componentName, schemaNodes, suiteDocument, type Draft, type PlacedCase, type SuiteCase } from "./suite-document.js";

export const SUITE = join(import.meta.dirname, "../../../shared/json-schema-test-suite/tests");

export interface TestFailure {
  case: string;
  test: string;
  data: unknown;
  valid: boolean;
  isX: boolean;
  validateX: unknown[];
}

export interface FileResult {
  file: string;
  cases: number;
  tests: number;
  passed: number;
  failures: TestFailure[];
  notApplicable: { case: string; tests: number; reason: string }[];
  /** Cases using a keyword camelgen does not check, which generation reports with a diagnostic. */
  unsupported: { case: string; tests: number; diagnostic: string }[];
  /** Tests whose verdict differs from the suite's exactly as one of DESIGN rule 8's documented divergences says. */
  divergent: { case: string; test: string; rules: string[] }[];
}

/** DESIGN rule 8's second divergence: `format` is asserted (the suite's required tests read it as an annotation). */
const FORMAT_ASSERTED = "format-asserted";
/** A format the runtime does not know is an annotation, JSON Schema's default (optional/format asserts every format). */
const FORMAT_ANNOTATION = "format-annotation";

type Guards = Record<string, (value: unknown) => unknown>;

/** Generates one suite file as one OpenAPI document and runs every test through `isX` and `validateX`. */
export async function runSuiteFile(draft: Draft, file: string): Promise<FileResult> {
  const cases = JSON.parse(await readFile(join(SUITE, draft, file), "utf8")) as SuiteCase[];
  const placed = suiteDocument(draft, cases).cases;
  const refused = new Map<number, string>();
  const unsupported = new Map<number, string>();
  const { guards, oracle, types } = await generateGuards(draft, placed, refused, unsupported);
  const result: FileResult = { file, cases: cases.length, tests: 0, passed: 0, failures: [], notApplicable: [], unsupported: [], divergent: [] };
  for (const { index, case: suiteCase, notApplicable } of placed) {
    if (notApplicable !== undefined) {
      result.notApplicable.push({ case: suiteCase.description, tests: suiteCase.tests.length, reason: notApplicable });
      continue;
    }
    const diagnostic = refused.get(index) ?? unsupported.get(index);
    if (diagnostic !== undefined) {
      result.unsupported.push({ case: suiteCase.description, tests: suiteCase.tests.length, diagnostic });
      continue;
    }
    for (const test of suiteCase.tests) {
      result.tests += 1;
      const is = guards[`is${componentName(index)}`];
      const validate = guards[`validate${componentName(index)}`];
      if (is === undefined || validate === undefined) throw new Error(`${file}: no guard for ${componentName(index)}`);
      const verdict = is(test.data) === true;
      const issues = validate(test.data) as unknown[];
      if (verdict === test.valid && (issues.length === 0) === test.valid) {
        result.passed += 1;
        continue;
      }
      const rules = verdict === (issues.length === 0) ? divergence(suiteCase, types.get(componentName(index)), oracle, test.data, verdict) : [];
      if (rules.length > 0) result.divergent.push({ case: suiteCase.description, test: test.description, rules });
      else result.failures.push({ case: suiteCase.description, test: test.description, data: test.data, valid: test.valid, isX: verdict, validateX: issues });
    }
  }
  return result;
}

/**
 * Generates the cases still applicable; a case the generator refuses (an error diagnostic inside
 * its component) is recorded in `refused` with the diagnostic, and the rest are generated again.
 */
interface Generated {
  guards: Guards;
  /** ajv on the document as written (ajv reads its `$id`s), with and without the documented divergences applied. */
  oracle: FixtureOracle | undefined;
  types: Map<string, NamedType>;
}

/**
 * The documented divergences that explain a verdict the suite disagrees with: ajv, with the
 * divergences applied to the schema (test/guards/exceptions.ts), gives the guard's verdict, and
 * the rules that applied are named. None when the divergences do not explain it.
 */
function divergence(suiteCase: SuiteCase, type: NamedType | undefined, oracle: FixtureOracle | undefined, data: unknown, verdict: boolean): string[] {
  if (type === undefined || oracle === undefined) return [];
  let typeOracle;
  try {
    typeOracle = oracle.forType(type);
  } catch {
    return []; // ajv cannot compile this case: nothing explains the difference
  }
  if (typeOracle.validate(data) !== verdict) return [];
  const formats = [...schemaNodes(suiteCase.schema)].flatMap((node) => (typeof node["format"] === "string" ? [node["format"]] : []));
  const known = formats.some((format) => Object.hasOwn(FORMAT_CHECKS, format));
  const unknown = formats.some((format) => !Object.hasOwn(FORMAT_CHECKS, format));
  const formatRule = typeof data !== "string" ? [] : !verdict && known ? [FORMAT_ASSERTED] : verdict && unknown ? [FORMAT_ANNOTATION] : [];
  return [...typeOracle.rules, ...formatRule];
}

/** ajv on the document, or undefined where ajv refuses it (an `$id` inside an unknown keyword): nothing explains a difference then. */
function oracleOf(document: SchemaNode): FixtureOracle | undefined {
  try {
    return buildOracle(document);
  } catch {
    return undefined;
  }
}

async function generateGuards(draft: Draft, placed: PlacedCase[], refused: Map<number, string>, unsupported: Map<number, string>): Promise<Generated> {
  for (;;) {
    const kept = placed.filter((p) => p.notApplicable === undefined && !refused.has(p.index));
    const cases = placed.map((p) => (kept.includes(p) ? p.case : { ...p.case, schema: {} }));
    const document = suiteDocument(draft, cases).document;
    const keptIndexes = new Set(kept.map((p) => p.index));
    const schemas = (document["components"] as { schemas: Record<string, unknown> }).schemas;
    for (const name of Object.keys(schemas)) if (!keptIndexes.has(caseOf(`#/components/schemas/${name}`) ?? -1)) delete schemas[name];
    if (keptIndexes.size === 0) return { guards: {}, oracle: undefined, types: new Map() };
    const temp = await tempDir("camelgen-suite-");
    try {
      const input = join(temp.path, "openapi.json");
      await writeFile(input, JSON.stringify(document));
      const { files, diagnostics } = await generate({ input });
      for (const diagnostic of diagnostics) {
        const index = caseOf(diagnostic.pointer);
        if (diagnostic.code === "unsupported-keyword" && index !== undefined && !unsupported.has(index)) unsupported.set(index, `${diagnostic.code} ${diagnostic.pointer}`);
      }
      for (const generated of files) {
        await mkdir(dirname(join(temp.path, "out", generated.path)), { recursive: true });
        await writeFile(join(temp.path, "out", generated.path), generated.contents);
      }
      const guards = (await import(join(temp.path, "out", "guards.ts"))) as Guards;
      const model = buildModel((await loadSpec(input)).document);
      return { guards, oracle: oracleOf(document as SchemaNode), types: new Map(model.types.map((t) => [t.name, t])) };
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      const before = refused.size;
      for (const diagnostic of error.diagnostics.filter((d) => d.severity === "error")) {
        const index = caseOf(diagnostic.pointer);
        if (index !== undefined) refused.set(index, `refused: ${diagnostic.code} ${diagnostic.pointer}`);
      }
      if (refused.size === before) throw error;
    } finally {
      await temp.remove();
    }
  }
}

/** The suite case a diagnostic's pointer lies in (`#/components/schemas/Case3/...` -> 3). */
function caseOf(pointer: string): number | undefined {
  const match = /^#?\/components\/schemas\/Case(\d+)(?:Def\d+)?(?:\/|$)/.exec(pointer);
  return match ? Number(match[1]) : undefined;
}
