/**
 * npm run bench:guards — throughput of camelgen's generated type guards against ajv's compiled
 * validator for the same schema, on valid and invalid inputs, in one run on this machine.
 *
 *   npm run bench:guards                       # default: 9 samples of ~100 ms per validator and row
 *   npm run bench:guards -- --samples 11 --sample-ms 200 --keep
 *
 * Schemas:
 *   - camelAI `Connection` (fixtures/camelai/openapi.yaml), guard `isConnection`;
 *   - GitHub `pull-request` (@octokit/openapi), guard `isPullRequest`: the component and every
 *     schema it references transitively are copied into a small OpenAPI document, so the bench does
 *     not depend on camelgen handling GitHub's whole schema.
 * Each is generated afresh in memory with `generate({ input })` from src/, written to a temp folder
 * and imported (this script runs under tsx, which loads the generated `.ts` files).
 *
 * The oracle is ajv 8 (draft-07, ajv-formats in "full" mode, strict off because OpenAPI documents
 * carry `x-` keys) over the document's components converted by
 * @openapi-contrib/openapi-schema-to-json-schema with `removeWriteOnly` (the response direction),
 * all registered under one `$id` so `#/components/schemas/...` references resolve.
 *
 * Inputs per schema: valid values (json-schema-faker, seeded), and invalid ones of three kinds —
 * a wrong JSON type at the top, one leaf deep inside given a wrong type, one required top-level
 * key removed. Every input is passed through JSON.stringify/JSON.parse, as a response body is. Before anything is timed, every input is judged by both validators: the verdicts
 * must agree and match the input's kind, or the bench aborts (exit code 1).
 *
 * Timing is a hand loop: each (row, validator) gets its own loop function (built with
 * `new Function`, so call-site feedback is not shared between validators), a warm-up, a calibrated
 * round count, and N samples taken alternately for camelgen and ajv; the reported ops/s is the
 * median sample, counted per validator call.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsPlugin from "ajv-formats";
import { fromSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import { generateSync, type JsonSchema } from "json-schema-faker";
import { parse as parseYaml } from "yaml";
import { generate } from "../src/generate.js";
import { GENERATOR_VERSION } from "../src/version.js";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const { values: args } = parseArgs({
  options: {
    samples: { type: "string", default: "9" },
    "sample-ms": { type: "string", default: "100" },
    "warmup-ms": { type: "string", default: "300" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
  },
});
const SAMPLES = positiveInt(args.samples, "--samples");
const SAMPLE_MS = positiveInt(args["sample-ms"], "--sample-ms");
const WARMUP_MS = positiveInt(args["warmup-ms"], "--warmup-ms");
const SEED = positiveInt(args.seed, "--seed");

/** Targets from issue 4: at least as fast as ajv on valid inputs, twice as fast on invalid ones. */
const TARGET = { valid: 1.0, invalid: 2.0 } as const;
const VALID_SAMPLES = 8;
const DEEP_MUTATIONS = 6;
const MISSING_KEYS = 6;
const DEEP_MIN_DEPTH = 3;

type Guard = (value: unknown) => boolean;
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schemas = Record<string, Record<string, unknown>>;

interface OpenApiDocument {
  openapi: string;
  components: { schemas: Schemas; examples?: Record<string, { value?: unknown }> };
  [key: string]: unknown;
}

interface Row {
  schema: string;
  kind: string;
  expect: "valid" | "invalid";
  /** What the inputs are, for the notes under the table. */
  detail: string;
  inputs: unknown[];
}

interface Subject {
  /** The schema's label in the table. */
  label: string;
  component: string;
  guardName: string;
  /** The instances the agreement check and the probes use. */
  camelgen: Guard;
  ajv: ValidateFunction;
  /** Fresh instances (own module instance, own ajv), so one row's inputs do not shape another's ICs. */
  freshCamelgen: () => Promise<Guard>;
  freshAjv: () => ValidateFunction;
  rows: Row[];
}

// ---------------------------------------------------------------------------------------------
// Setup: generation, oracle, inputs
// ---------------------------------------------------------------------------------------------

function positiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, got ${JSON.stringify(text)}`);
  return n;
}

const tempRoot = await mkdtemp(path.join(os.tmpdir(), "camelgen-bench-guards-"));

let instances = 0;

interface Generated {
  /** Imports guards.ts again under a new URL: a new module instance with its own functions. */
  load: () => Promise<Record<string, unknown>>;
  ms: number;
  bytes: number;
}

/** Generates a client from `input` (a file path) into a temp folder, to import its guards from. */
async function generateGuards(input: string, folder: string): Promise<Generated> {
  const started = performance.now();
  const { files } = await generate({ input });
  const ms = performance.now() - started;
  const dir = path.join(tempRoot, folder);
  // An ESM package, as a consumer's project would be: tsx then loads the guards as ES modules.
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "package.json"), `${JSON.stringify({ private: true, type: "module" })}\n`);
  for (const file of files) {
    const target = path.join(dir, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  const guardsFile = files.find((f) => f.path === "guards.ts");
  if (guardsFile === undefined) throw new Error(`no guards.ts among the files generated from ${input}`);
  const url = pathToFileURL(path.join(dir, "guards.ts")).href;
  const load = async (): Promise<Record<string, unknown>> => (await import(`${url}?instance=${++instances}`)) as Record<string, unknown>;
  return { load, ms, bytes: Buffer.byteLength(guardsFile.contents) };
}

function pickGuard(guards: Record<string, unknown>, name: string): Guard {
  const guard = guards[name];
  if (typeof guard !== "function") {
    const available = Object.keys(guards).filter((k) => k.startsWith("is"));
    throw new Error(`the generated guards export no ${name}; they export ${available.join(", ")}`);
  }
  return guard as Guard;
}

type FormatsPlugin = (ajv: Ajv, options: { mode: "full" | "fast" }) => Ajv;
// ajv-formats is CommonJS: depending on the loader the default import is the plugin or its module.
const addFormats = (typeof addFormatsPlugin === "function"
  ? addFormatsPlugin
  : (addFormatsPlugin as { default: unknown }).default) as FormatsPlugin;

/** The oracle conversion: every component to JSON Schema, writeOnly properties removed. */
function convertComponents(schemas: Schemas): Schemas {
  const converted: Schemas = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const json = fromSchema(schema as Parameters<typeof fromSchema>[0], { removeWriteOnly: true }) as Record<string, unknown>;
    delete json["$schema"]; // draft-04 marker; ajv 8 runs draft-07 and the keywords used here agree
    converted[name] = json;
  }
  return converted;
}

function compileOracle(schemas: Schemas, component: string): ValidateFunction {
  const ajv = new Ajv({ strict: false });
  addFormats(ajv, { mode: "full" });
  ajv.addSchema({ $id: "openapi.json", components: { schemas } });
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${component}`);
  if (validate === undefined) throw new Error(`ajv has no schema for ${component}`);
  return validate;
}

/** Valid samples from json-schema-faker, seeded; every optional property filled. */
function fakeSamples(schemas: Schemas, component: string, count: number): Json[] {
  const root = { ...schemas[component], components: { schemas } } as JsonSchema;
  return Array.from({ length: count }, (_, i) =>
    generateSync(root, { seed: SEED + i, alwaysFakeOptionals: true, maxItems: 2, maxDepth: 12, refDepthMax: 12 }) as Json,
  );
}

/** Every path to a leaf (a scalar or null) inside `value`, object keys and array indexes alike. */
function leafPaths(value: Json, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries: [string, Json][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

function withLeaf(value: Json, at: string[], leaf: Json): Json {
  const copy = structuredClone(value);
  let node = copy as Record<string, Json>;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string, Json>;
  node[at.at(-1) as string] = leaf;
  return copy;
}

/** A value of a different JSON type. */
function wrongType(value: Json): Json {
  if (typeof value === "string") return 12345;
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return String(value);
  if (value === null) return 12345;
  return "wrong type";
}

/** `count` items spread evenly over `items`, first and last included. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.round((i * (items.length - 1)) / (count - 1))] as T);
}

const pointer = (at: string[]): string => `/${at.join("/")}`;

function invalidRows(label: string, samples: Json[], schemas: Schemas, component: string, ajv: ValidateFunction): Row[] {
  const top: Row = {
    schema: label,
    kind: "invalid: wrong type at top",
    expect: "invalid",
    detail: "null, a string, a number, an array, a boolean",
    inputs: [null, "not an object", 42, [], true],
  };

  // One leaf at depth >= 3 (or as deep as the samples go) set to a wrong type; candidates spread
  // over the whole value, keeping those the oracle rejects (a nullable leaf set to null is fine).
  const first = samples[0] as Json;
  const depths = leafPaths(first).map((p) => p.length);
  const minDepth = Math.min(DEEP_MIN_DEPTH, Math.max(...depths));
  const candidates = leafPaths(first).filter((p) => p.length >= minDepth);
  const deepInputs: unknown[] = [];
  const deepPaths: string[] = [];
  // First pass evenly spread over the value, later passes shifted by one, until enough are found.
  const stride = Math.max(1, Math.floor(candidates.length / DEEP_MUTATIONS));
  for (let offset = 0; offset < stride && deepInputs.length < DEEP_MUTATIONS; offset++) {
    for (let i = offset; i < candidates.length && deepInputs.length < DEEP_MUTATIONS; i += stride) {
      const at = candidates[i] as string[];
      let leaf: Json = first;
      for (const key of at) leaf = (leaf as Record<string, Json>)[key] as Json;
      const mutated = withLeaf(first, at, wrongType(leaf));
      if (ajv(mutated)) continue;
      deepInputs.push(mutated);
      deepPaths.push(pointer(at));
    }
  }
  const deep: Row = {
    schema: label,
    kind: `invalid: field deep inside`,
    expect: "invalid",
    detail: `sample 1 with one leaf (depth >= ${minDepth}) of the wrong type: ${deepPaths.join(", ")}`,
    inputs: deepInputs,
  };

  const required = (schemas[component]?.["required"] ?? []) as string[];
  const removed = spread(required, MISSING_KEYS);
  const missing: Row = {
    schema: label,
    kind: "invalid: missing required key",
    expect: "invalid",
    detail: `sample i without one top-level required key: ${removed.join(", ")} (of ${required.length} required)`,
    inputs: removed.map((key, i) => {
      const copy = structuredClone(samples[i % samples.length]) as Record<string, Json>;
      delete copy[key];
      return copy;
    }),
  };
  return [top, deep, missing];
}

// camelAI Connection -----------------------------------------------------------------------------

async function camelaiSubject(): Promise<Subject> {
  const input = path.join(REPO, "fixtures/camelai/openapi.yaml");
  const document = parseYaml(await readFile(input, "utf8")) as OpenApiDocument;
  const generated = await generateGuards(input, "camelai");
  const schemas = convertComponents(document.components.schemas);
  const ajv = compileOracle(schemas, "Connection");
  const camelgen = pickGuard(await generated.load(), "isConnection");
  const samples = fakeSamples(schemas, "Connection", VALID_SAMPLES);
  const label = "camelAI Connection";
  console.log(`camelAI: generated in ${generated.ms.toFixed(0)} ms, guards.ts ${(generated.bytes / 1024).toFixed(1)} KiB`);
  return {
    label,
    component: "Connection",
    guardName: "isConnection",
    camelgen,
    ajv,
    freshCamelgen: async () => pickGuard(await generated.load(), "isConnection"),
    freshAjv: () => compileOracle(schemas, "Connection"),
    rows: [
      { schema: label, kind: "valid", expect: "valid", detail: `${samples.length} json-schema-faker samples (seed ${SEED}..)`, inputs: samples },
      ...invalidRows(label, samples, schemas, "Connection", ajv),
    ],
  };
}

// GitHub pull-request ----------------------------------------------------------------------------

/** The component and every component it references, transitively. */
function closure(schemas: Schemas, root: string): string[] {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (seen.has(name)) continue;
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`#/components/schemas/${name} is referenced but not defined`);
    seen.add(name);
    JSON.stringify(schema, (key, value: unknown) => {
      if (key === "$ref" && typeof value === "string") {
        const match = /^#\/components\/schemas\/([^/]+)$/.exec(value);
        if (match === null) throw new Error(`unsupported reference ${value} under ${name}`);
        stack.push(decodeURIComponent(match[1] as string).replace(/~1/g, "/").replace(/~0/g, "~"));
      }
      return value;
    });
  }
  return [...seen].sort();
}

async function githubSubject(component: string, guardName: string): Promise<Subject> {
  const source = path.join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");
  const api = JSON.parse(await readFile(source, "utf8")) as OpenApiDocument;
  const names = closure(api.components.schemas, component);
  const subset = {
    openapi: api.openapi,
    info: { title: `GitHub ${component} closure`, version: "1.0.0" },
    paths: {},
    components: { schemas: Object.fromEntries(names.map((n) => [n, api.components.schemas[n] as Record<string, unknown>])) as Schemas },
  };
  const input = path.join(tempRoot, `github-${component}.json`);
  await writeFile(input, JSON.stringify(subset, null, 2));
  const generated = await generateGuards(input, `github-${component}`);
  const schemas = convertComponents(subset.components.schemas);
  const ajv = compileOracle(schemas, component);
  const camelgen = pickGuard(await generated.load(), guardName);
  const samples = fakeSamples(schemas, component, VALID_SAMPLES);
  const label = `GitHub ${component}`;
  const sampleBytes = samples.reduce<number>((n, s) => n + JSON.stringify(s).length, 0) / samples.length;
  console.log(
    `GitHub ${component}: ${names.length} schemas in the closure (${names.join(", ")}); ` +
      `generated in ${generated.ms.toFixed(0)} ms, guards.ts ${(generated.bytes / 1024).toFixed(1)} KiB; ` +
      `faker samples average ${(sampleBytes / 1024).toFixed(1)} KiB of JSON`,
  );

  const rows: Row[] = [
    { schema: label, kind: "valid", expect: "valid", detail: `${samples.length} json-schema-faker samples (seed ${SEED}..)`, inputs: samples },
  ];
  // GitHub's own example, when it validates (as published, or after the one known repair).
  const example = api.components.examples?.[component]?.value as Json | undefined;
  if (example !== undefined) {
    let value = example;
    let note = "as published";
    if (!ajv(value) && component === "pull-request") {
      // The published example's requested_teams[] lack `type`, which team-simple requires.
      value = structuredClone(example) as Json;
      const teams = (value as Record<string, Json>)["requested_teams"];
      if (Array.isArray(teams)) for (const team of teams) if (team && typeof team === "object" && !Array.isArray(team)) team["type"] ??= "organization";
      note = "published, repaired: requested_teams[].type added (team-simple requires it)";
    }
    if (ajv(value)) rows.push({ schema: label, kind: "valid (GitHub example)", expect: "valid", detail: `components.examples["${component}"], ${note}`, inputs: [value] });
    else console.log(`note: GitHub's example for ${component} does not validate with ajv; left out`);
  }
  rows.push(...invalidRows(label, samples, schemas, component, ajv));
  return {
    label,
    component,
    guardName,
    camelgen,
    ajv,
    freshCamelgen: async () => pickGuard(await generated.load(), guardName),
    freshAjv: () => compileOracle(schemas, component),
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// Agreement check
// ---------------------------------------------------------------------------------------------

function checkAgreement(subjects: Subject[]): void {
  const problems: string[] = [];
  let judged = 0;
  for (const subject of subjects) {
    for (const row of subject.rows) {
      if (row.inputs.length === 0) problems.push(`${row.schema} / ${row.kind}: no inputs`);
      row.inputs.forEach((input, i) => {
        judged++;
        const byAjv = subject.ajv(input) === true;
        const byCamelgen = subject.camelgen(input) === true;
        const expected = row.expect === "valid";
        if (byAjv !== expected || byCamelgen !== expected) {
          const errors = byAjv ? "" : ` ajv: ${JSON.stringify(subject.ajv.errors?.slice(0, 2))}`;
          problems.push(
            `${row.schema} / ${row.kind} / input ${i + 1}: expected ${row.expect}, ` +
              `ajv says ${byAjv ? "valid" : "invalid"}, ${subject.guardName} says ${byCamelgen ? "valid" : "invalid"}.${errors}`,
          );
        }
      });
    }
  }
  if (problems.length > 0) {
    console.error(`ABORT: camelgen and ajv (or the input's expected verdict) disagree on ${problems.length} of ${judged} inputs:`);
    for (const p of problems) console.error(`  - ${p}`);
    throw new BenchAbort();
  }
  console.log(`agreement: camelgen and ajv agree on all ${judged} benchmark inputs (and match each input's expected verdict)`);
}

class BenchAbort extends Error {}

/**
 * Not timed, not a gate: values the two validators judge differently, to say what the valid-input
 * numbers compare (a guard that skips a check does less work than ajv).
 */
function probes(subjects: Subject[]): string[] {
  const lines: string[] = [];
  const connection = subjects.find((s) => s.component === "Connection");
  const pr = subjects.find((s) => s.component === "pull-request");
  const cases: [Subject | undefined, string, (v: Record<string, Json>) => void][] = [
    [connection, "created_at: \"yesterday\" (format date-time)", (v) => void (v["created_at"] = "yesterday")],
    [connection, "account_name of 256 characters (maxLength 255)", (v) => void (v["account_name"] = "x".repeat(256))],
    [connection, "id: 1.5 (type integer)", (v) => void (v["id"] = 1.5)],
    [connection, "account_name of 255 emoji, 510 UTF-16 units (maxLength counts code points)", (v) => void (v["account_name"] = "😀".repeat(255))],
    [pr, "html_url: \"not a uri\" (format uri)", (v) => void (v["html_url"] = "not a uri")],
    [pr, "created_at: \"yesterday\" (format date-time)", (v) => void (v["created_at"] = "yesterday")],
    [pr, "merged_at: \"yesterday\" (nullable, format date-time)", (v) => void (v["merged_at"] = "yesterday")],
    [pr, "base.repo.owner.avatar_url: \"not a uri\" (format uri, depth 4)", (v) => void (((v["base"] as Record<string, Record<string, Record<string, Json>>>)["repo"]?.["owner"] as Record<string, Json>)["avatar_url"] = "not a uri")],
  ];
  for (const [subject, what, mutate] of cases) {
    if (subject === undefined) continue;
    const value = structuredClone(subject.rows[0]?.inputs[0]) as Record<string, Json>;
    mutate(value);
    const byAjv = subject.ajv(value) === true;
    const byCamelgen = subject.camelgen(value) === true;
    const verdict = (ok: boolean): string => (ok ? "accepts" : "rejects");
    lines.push(
      `  ${byAjv === byCamelgen ? "agree   " : "DIFFER  "} ${subject.label}, ${what}: ajv ${verdict(byAjv)}, ${subject.guardName} ${verdict(byCamelgen)}`,
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------------------------

type Loop = (inputs: readonly unknown[], rounds: number) => number;

/**
 * A loop calling `fn` over every input `rounds` times, counting true verdicts. Built with
 * `new Function` so each (row, validator) has its own code and its own call-site feedback: the
 * validator call stays monomorphic, as at a real call site.
 */
function makeLoop(fn: Guard): Loop {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const factory = new Function(
    "fn",
    `return function loop(inputs, rounds) {
       let n = 0;
       for (let r = 0; r < rounds; r++) {
         for (let i = 0; i < inputs.length; i++) if (fn(inputs[i]) === true) n++;
       }
       return n;
     };`,
  ) as (fn: Guard) => Loop;
  return factory(fn);
}

function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

interface Timed {
  /** Calls per second, one per sample. */
  samples: number[];
  median: number;
}

interface Contender {
  loop: Loop;
  expectedTrue: number;
  rounds: number;
  samples: number[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function runChecked(c: Contender, inputs: readonly unknown[], rounds: number): number {
  const started = nowMs();
  const n = c.loop(inputs, rounds);
  const elapsed = nowMs() - started;
  // The count is also the sink that keeps the calls alive; a wrong count means a verdict changed.
  if (n !== c.expectedTrue * rounds) throw new Error(`verdict count changed during timing: ${n} != ${c.expectedTrue * rounds}`);
  return elapsed;
}

/** Warm-up, then a round count for ~SAMPLE_MS per sample. */
function prepare(c: Contender, inputs: readonly unknown[]): void {
  let rounds = 1;
  const warmupEnd = nowMs() + WARMUP_MS;
  while (nowMs() < warmupEnd) {
    const elapsed = runChecked(c, inputs, rounds);
    if (elapsed < 10) rounds *= 2;
  }
  // Calibrate on the warmed-up code.
  for (;;) {
    const elapsed = runChecked(c, inputs, rounds);
    if (elapsed >= 20) {
      c.rounds = Math.max(1, Math.round((rounds * SAMPLE_MS) / elapsed));
      return;
    }
    rounds *= 2;
  }
}

async function timeRow(subject: Subject, row: Row): Promise<{ camelgen: Timed; ajv: Timed; ratio: number }> {
  const expectedTrue = row.expect === "valid" ? row.inputs.length : 0;
  const camelgen: Contender = { loop: makeLoop(await subject.freshCamelgen()), expectedTrue, rounds: 1, samples: [] };
  // ajv's compiled function is called directly, with one argument, as in ordinary use.
  const ajv: Contender = { loop: makeLoop(subject.freshAjv() as Guard), expectedTrue, rounds: 1, samples: [] };
  prepare(camelgen, row.inputs);
  prepare(ajv, row.inputs);
  for (let s = 0; s < SAMPLES; s++) {
    // Alternate the order so drift (thermal, GC) does not favour one side.
    const order = s % 2 === 0 ? [camelgen, ajv] : [ajv, camelgen];
    for (const c of order) {
      const elapsed = runChecked(c, row.inputs, c.rounds);
      c.samples.push((c.rounds * row.inputs.length * 1000) / elapsed);
    }
  }
  return {
    camelgen: { samples: camelgen.samples, median: median(camelgen.samples) },
    ajv: { samples: ajv.samples, median: median(ajv.samples) },
    // Each camelgen sample over the ajv sample taken next to it: steadier than a ratio of medians
    // when the machine's load changes during the run.
    ratio: median(camelgen.samples.map((c, i) => c / (ajv.samples[i] as number))),
  };
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

function formatOps(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return n.toFixed(0);
}

/** Half the spread of the samples, relative to the median. */
function spreadPct(t: Timed): string {
  return `±${(((Math.max(...t.samples) - Math.min(...t.samples)) / 2 / t.median) * 100).toFixed(0)}%`;
}

function table(header: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (rightAligned.has(i) ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  console.log("camelgen guard bench: generated isX vs ajv compiled validator");
  let revision = "unknown revision";
  try {
    revision = execFileSync("git", ["describe", "--always", "--dirty"], { cwd: REPO, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  console.log(
    `camelgen ${GENERATOR_VERSION} (src/ at ${revision}), ajv 8 + ajv-formats full mode; node ${process.version} (V8 ${process.versions.v8}), ` +
      `${os.cpus()[0]?.model ?? "unknown CPU"} × ${os.availableParallelism()}, ${os.platform()} ${os.arch()}`,
  );
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  const busy = os.loadavg()[0] as number > os.availableParallelism() * 0.75 ? " (BUSY machine: expect noisy numbers)" : "";
  console.log(`load average at start: ${load}${busy}`);
  console.log(`timing: ${SAMPLES} samples of ~${SAMPLE_MS} ms per validator and row after ${WARMUP_MS} ms warm-up; median reported; faker seed ${SEED}`);
  console.log("");

  const subjects = [await camelaiSubject(), await githubSubject("pull-request", "isPullRequest")];
  // Every input goes through JSON text, as a response body does: JSON.parse gives objects the
  // shapes a real caller's values have (no dictionary-mode objects left by `delete` or by the
  // faker's construction order).
  for (const subject of subjects) for (const row of subject.rows) row.inputs = row.inputs.map((v) => JSON.parse(JSON.stringify(v)) as unknown);
  console.log("");
  checkAgreement(subjects);
  const probeLines = probes(subjects);
  console.log("");

  const results: { row: Row; camelgen: Timed; ajv: Timed; ratio: number; target: number; met: boolean }[] = [];
  for (const subject of subjects) {
    for (const row of subject.rows) {
      process.stdout.write(`timing ${row.schema} / ${row.kind} ... `);
      const timed = await timeRow(subject, row);
      const ratio = timed.ratio;
      const target = row.expect === "valid" ? TARGET.valid : TARGET.invalid;
      results.push({ row, camelgen: timed.camelgen, ajv: timed.ajv, ratio, target, met: ratio >= target });
      console.log(`${ratio.toFixed(2)}×`);
    }
  }

  console.log("");
  console.log(
    table(
      ["schema", "input kind", "inputs", "camelgen ops/s", "ajv ops/s", "ratio", "target", "met"],
      results.map((r) => [
        r.row.schema,
        r.row.kind,
        String(r.row.inputs.length),
        `${formatOps(r.camelgen.median)} ${spreadPct(r.camelgen)}`,
        `${formatOps(r.ajv.median)} ${spreadPct(r.ajv)}`,
        `${r.ratio.toFixed(2)}×`,
        `≥ ${r.target.toFixed(1)}×`,
        r.met ? "yes" : "NO",
      ]),
      new Set([2, 3, 4, 5]),
    ),
  );
  console.log(
    "ops/s = validator calls per second, median of the samples (± is half their min-max spread); ratio = median of the\n" +
      "camelgen/ajv ratios of samples taken back to back. Each row times a fresh module instance of the guards and a fresh ajv.",
  );

  const validRows = results.filter((r) => r.row.expect === "valid");
  const invalidRows = results.filter((r) => r.row.expect === "invalid");
  const summary = (rs: typeof results, what: string, target: number): string => {
    const met = rs.filter((r) => r.met).length;
    const worst = Math.min(...rs.map((r) => r.ratio));
    return `${what} (target ≥ ${target.toFixed(1)}× ajv): ${met === rs.length ? "MET" : "NOT MET"} on ${met}/${rs.length} rows, lowest ratio ${worst.toFixed(2)}×`;
  };
  console.log("");
  console.log(summary(validRows, "valid inputs", TARGET.valid));
  console.log(summary(invalidRows, "invalid inputs", TARGET.invalid));

  console.log("");
  console.log("inputs:");
  for (const r of results) console.log(`  ${r.row.schema} / ${r.row.kind}: ${r.row.detail}`);
  console.log("");
  console.log("probes (not timed, not a gate; what the two validators check differently):");
  for (const line of probeLines) console.log(line);
  console.log("");
  console.log(`done in ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`);
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  if (!(error instanceof BenchAbort)) console.error(error);
} finally {
  if (args.keep) console.log(`generated files kept in ${tempRoot}`);
  else await rm(tempRoot, { recursive: true, force: true });
}
