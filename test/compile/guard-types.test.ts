/**
 * Each guard's predicate type is exactly its schema's type: for the camelAI client and for every
 * fixtures/cases/*.yaml case, and for EVERY named type X of the model,
 *
 *   - `isX` is `(value: unknown) => value is X'` with X' identical to the generated `X`, and
 *   - `assertX` is `(value: unknown) => asserts value is X'` with X' identical to `X`,
 *
 * checked with TypeScript 5.9 and TypeScript 7 (one line per type and function, so a failure names
 * the type). "Identical" is the strict `Equal` idiom (two generic functions compared by the
 * compiler's identity relation): `any`, `unknown`, a missing or extra `| null`, an optional
 * modifier or `readonly` all make it fail, where mutual assignability would not.
 *
 * The list of named types comes from the generator's model (loadSpec + buildModel), not from the
 * generated guards, so a guard missing for a type is an error too ("Property 'isX' does not
 * exist"). The guards come from a fresh in-memory `generate()`.
 *
 * Proof that the check can fail:
 *   - in every fixture with named types, each checked function gets a negative control line (the
 *     type intersected with a brand, which no guard can equal) under `@ts-expect-error`: if the
 *     check stopped reporting errors, the unused directive is itself an error;
 *   - for camelAI, a separate file with the same wrong lines and no directive, plus the mistakes a
 *     loose guard would make about `Connection` (`| null`, `Partial`, `any`, `unknown`, another type,
 *     a key omitted), is added to the project afterwards, and both compilers must exit non-zero
 *     with TS2344 on exactly those lines and nowhere else.
 *
 * camelAI in a temp project of its own, the cases together in one (each in its folder, its
 * `runtime` a link to one shared copy, so the compiler checks the runtime once); tsconfig variant
 * "nodenext" without @types/node, shared by both compilers. The tsconfig only includes the
 * type-test files (which pull in guards.ts, types.ts and the runtime they import), so client.ts and
 * the resource files are not checked again here (test/compile/*-compiles tests do that). All
 * generation and tsc runs start in `beforeAll`.
 */
import { readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import type { NamedType } from "../../src/model/ir.js";
import {
  COMPILER_NAMES,
  REPO_ROOT,
  createTypecheckProject,
  describeResult,
  type CompilerName,
  type SourceFile,
  type TypecheckProject,
  type TypecheckResult,
} from "../helpers/typecheck.js";

const CASES = path.join(REPO_ROOT, "fixtures", "cases");
const CASE_FIXTURES: { name: string; input: string }[] = (await readdir(CASES))
  .filter((f) => f.endsWith(".yaml"))
  .sort()
  .map((f) => ({ name: `cases/${f.slice(0, -5)}`, input: path.join(CASES, f) }));
const FIXTURES: { name: string; input: string }[] = [
  { name: "camelai", input: path.join(REPO_ROOT, "fixtures", "camelai", "openapi.yaml") },
  ...CASE_FIXTURES,
];
const RUNTIME = "runtime/";

const CHECK_FILE = "guard-types.check.ts";
const NEGATIVE_FILE = "guard-types.negative.ts";

const PRELUDE = `\
import type * as T from "./types.js";
import type * as G from "./guards.js";

/** The type a \`(value: unknown) => value is X\` guard narrows to; never for anything else. */
type Guarded<F> = F extends (value: unknown) => value is infer X ? X : never;
/** The type a \`(value: unknown) => asserts value is X\` function asserts; never for anything else. */
type Asserted<F> = F extends (value: unknown) => asserts value is infer X ? X : never;
/** Exactly the same type (identity, not mutual assignability). */
type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;
type Expect<E extends true> = E;
/** No generated type can be identical to itself intersected with this. */
type Wrong<X> = X & { readonly __negativeControl: true };
// Exported so noUnusedLocals holds for a fixture without named types too.
export type { T, G, Guarded, Asserted, Equal, Expect, Wrong };
`;

function guardLine(type: NamedType): string {
  return `  Expect<Equal<Guarded<typeof G.${type.guardName}>, T.${type.name}>>,`;
}

function assertLine(type: NamedType): string {
  return `  Expect<Equal<Asserted<typeof G.${type.assertName}>, T.${type.name}>>,`;
}

/** Wrong lines: one guard and one assert function, each claimed to narrow to a branded type. */
function wrongLines(type: NamedType, directive: boolean): string[] {
  const mark = directive ? ["  // @ts-expect-error -- negative control: the check must reject a type that is not X"] : [];
  return [
    ...mark,
    `  Expect<Equal<Guarded<typeof G.${type.guardName}>, Wrong<T.${type.name}>>>,`,
    ...mark,
    `  Expect<Equal<Asserted<typeof G.${type.assertName}>, Wrong<T.${type.name}>>>,`,
  ];
}

function checkFile(types: readonly NamedType[]): string {
  const lines = [
    PRELUDE,
    `/** ${types.length} named types: every guard and every assert function, one line each. */`,
    "export type GuardChecks = [",
    ...types.map(guardLine),
    "];",
    "",
    "export type AssertChecks = [",
    ...types.map(assertLine),
    "];",
    "",
  ];
  const control = types[0];
  if (control !== undefined) lines.push("export type NegativeControls = [", ...wrongLines(control, true), "];", "");
  return lines.join("\n");
}

/**
 * The branded lines without the directive, and the mistakes a loose guard would make about
 * camelAI's Connection (a missing `| null`, optional keys, `any`, `unknown`, another type), as a
 * file of their own; returns the lines that must fail.
 */
function negativeFile(branded: NamedType, connection: NamedType): { contents: string; errorLines: number[] } {
  const head = `${PRELUDE}\nexport type MustFail = [\n`;
  const guarded = `Guarded<typeof G.${connection.guardName}>`;
  const wrong = [
    ...wrongLines(branded, false),
    `  Expect<Equal<${guarded}, T.${connection.name} | null>>,`,
    `  Expect<Equal<${guarded}, Partial<T.${connection.name}>>>,`,
    `  Expect<Equal<${guarded}, any>>,`,
    `  Expect<Equal<${guarded}, unknown>>,`,
    `  Expect<Equal<${guarded}, T.ConnectionRequest>>,`,
    `  Expect<Equal<Asserted<typeof G.${connection.assertName}>, Omit<T.${connection.name}, "id">>>,`,
  ];
  const first = head.split("\n").length; // 1-based line number of the first wrong line
  return { contents: `${head}${wrong.join("\n")}\n];\n`, errorLines: wrong.map((_, i) => first + i) };
}

interface Prepared {
  types: NamedType[];
  project: TypecheckProject;
}

interface Fixture {
  prepared: Promise<Prepared>;
  runs: Map<CompilerName, Promise<TypecheckResult>>;
  /** The fixture's folder in a project shared with others; undefined for a project of its own. */
  folder?: string;
}

interface NegativeRun {
  result: TypecheckResult;
  errorLines: number[];
}

const fixtures = new Map<string, Fixture>();
const negativeRuns = new Map<CompilerName, Promise<NegativeRun>>();
const started = performance.now();

async function prepare(input: string, label: string): Promise<Prepared> {
  const [{ files }, loaded] = await Promise.all([generate({ input }), loadSpec(input)]);
  const { types } = buildModel(loaded.document, {});
  const project = await createTypecheckProject({
    variant: "nodenext",
    // No @types/node: guards and runtime must not need it (the browser variants of the compile
    // matrix hold them to that), and TS 5.9 spends a good part of a small run parsing it.
    compilerOptions: { types: [] },
    files: [...files, { path: CHECK_FILE, contents: checkFile(types) }],
    include: [CHECK_FILE],
    label: `guard-types-${label}`,
  });
  return { types, project };
}

/** The cases in one project, each in its own folder with its check file, all sharing one runtime. */
async function prepareCases(): Promise<{ types: Map<string, NamedType[]>; project: TypecheckProject }> {
  const types = new Map<string, NamedType[]>();
  const files: SourceFile[] = [];
  let runtime: SourceFile[] | undefined;
  for (const { name, input } of CASE_FIXTURES) {
    const [{ files: generated }, loaded] = await Promise.all([generate({ input }), loadSpec(input)]);
    const caseTypes = buildModel(loaded.document, {}).types;
    types.set(name, caseTypes);
    runtime ??= generated.filter((f) => f.path.startsWith(RUNTIME));
    const own = generated.filter((f) => !f.path.startsWith(RUNTIME)).map((f) => ({ path: `${name}/${f.path}`, contents: f.contents }));
    files.push(...own, { path: `${name}/${CHECK_FILE}`, contents: checkFile(caseTypes) });
  }
  const project = await createTypecheckProject({
    variant: "nodenext",
    compilerOptions: { types: [] },
    files: [...(runtime ?? []), ...files],
    include: [...types.keys()].map((name) => `${name}/${CHECK_FILE}`),
    label: "guard-types-cases",
  });
  await Promise.all([...types.keys()].map((name) => symlink(path.join(project.dir, "runtime"), path.join(project.dir, name, "runtime"), "dir")));
  return { types, project };
}

/**
 * After both positive runs on camelAI: the project's tsconfig also includes a file of wrong lines
 * without @ts-expect-error, and each compiler checks it again.
 */
async function negativeControl(fixture: Fixture): Promise<Map<CompilerName, Promise<NegativeRun>>> {
  const { types, project } = await fixture.prepared;
  await Promise.allSettled(fixture.runs.values());
  const control = types[0];
  const connection = types.find((t) => t.name === "Connection");
  if (control === undefined || connection === undefined) throw new Error("camelAI has no Connection type");
  const negative = negativeFile(control, connection);
  await writeFile(path.join(project.dir, NEGATIVE_FILE), negative.contents);
  const tsconfig = { ...project.tsconfig, include: [CHECK_FILE, NEGATIVE_FILE] };
  await writeFile(path.join(project.dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  return new Map(
    COMPILER_NAMES.map((compiler) => [
      compiler,
      project.run(compiler).then((result) => ({ result, errorLines: negative.errorLines })),
    ]),
  );
}

beforeAll(() => {
  // Generation, project set-up and every tsc run start together; each test awaits its own result
  // (the typecheck helper caps how many compilers run at once).
  const own = prepare(FIXTURES[0]?.input as string, "camelai");
  fixtures.set("camelai", { prepared: own, runs: new Map(COMPILER_NAMES.map((c) => [c, own.then(({ project }) => project.run(c))])) });
  const cases = prepareCases();
  const caseRuns = new Map(COMPILER_NAMES.map((c) => [c, cases.then(({ project }) => project.run(c, { timeoutMs: 300_000 }))]));
  for (const { name } of CASE_FIXTURES) {
    const prepared = cases.then(({ types, project }) => ({ types: types.get(name) ?? [], project }));
    fixtures.set(name, { prepared, runs: caseRuns, folder: `${name}/` });
  }
  const camelai = fixtures.get("camelai") as Fixture;
  const negative = negativeControl(camelai);
  for (const compiler of COMPILER_NAMES) {
    negativeRuns.set(
      compiler,
      negative.then((m) => m.get(compiler) as Promise<NegativeRun>),
    );
  }
  // Failures surface in the tests that await these; do not report them twice as unhandled.
  for (const f of fixtures.values()) for (const run of [f.prepared, ...f.runs.values()]) run.catch(() => undefined);
  for (const run of negativeRuns.values()) run.catch(() => undefined);
});

afterAll(async () => {
  await Promise.allSettled([...negativeRuns.values(), ...[...fixtures.values()].flatMap((f) => [...f.runs.values()])]);
  const all = await Promise.allSettled([...fixtures.values()].map((f) => f.prepared));
  const projects = new Set(all.flatMap((p) => (p.status === "fulfilled" ? [p.value.project] : [])));
  await Promise.all([...projects].map((project) => project.dispose()));
  const timings: string[] = [];
  for (const [name, f] of fixtures) {
    const types = await f.prepared.then((p) => p.types.length, () => "?");
    const runs = await Promise.all([...f.runs].map(async ([c, r]) => `${c} ${await r.then((x) => `${x.durationMs} ms`, () => "failed")}`));
    timings.push(`  ${name}: ${types} named types; ${runs.join(", ")}`);
  }
  console.log(
    `guard-types: ${FIXTURES.length} fixtures × ${COMPILER_NAMES.join(" + ")} in ${((performance.now() - started) / 1000).toFixed(1)} s\n${timings.join("\n")}`,
  );
}, 120_000);

describe.each(FIXTURES)("$name", ({ name }) => {
  it.each(COMPILER_NAMES)("isX guards exactly X and assertX asserts exactly X, for every named type (%s)", async (compiler) => {
    const fixture = fixtures.get(name) as Fixture;
    const { types, project } = await fixture.prepared;
    const result = await (fixture.runs.get(compiler) as Promise<TypecheckResult>);
    const { folder } = fixture;
    if (folder === undefined) expect(result.exitCode, describeResult(result, project.tsconfig)).toBe(0);
    else expect(result.diagnostics.split("\n").filter((line) => line.startsWith(folder) || line.startsWith(RUNTIME))).toEqual([]);
    if (name === "camelai") expect(types.length, "camelAI's named types").toBeGreaterThan(50);
  }, 180_000);
});

it.each(COMPILER_NAMES)("the cases' project compiles as a whole (%s)", async (compiler) => {
  const result = await ((fixtures.get(CASE_FIXTURES[0]?.name as string) as Fixture).runs.get(compiler) as Promise<TypecheckResult>);
  expect(result.exitCode, describeResult(result)).toBe(0);
}, 300_000);

describe("the check can fail (camelai)", () => {
  it.each(COMPILER_NAMES)("a file of 8 wrong lines fails with TS2344 on exactly those lines (%s)", async (compiler) => {
    const { result, errorLines } = await (negativeRuns.get(compiler) as Promise<NegativeRun>);
    const message = describeResult(result);
    expect(result.exitCode, message).not.toBe(0);
    const reported = [...result.diagnostics.matchAll(/guard-types\.negative\.ts\((\d+),\d+\): error TS2344/g)].map((m) => Number(m[1]));
    expect(reported, message).toEqual(errorLines);
    // Nothing else failed: the positive file is still clean in the same compilation.
    const others = result.diagnostics.split("\n").filter((l) => /error TS\d+/.test(l) && !l.startsWith(NEGATIVE_FILE));
    expect(others, message).toEqual([]);
  }, 180_000);
});
