/**
 * Benchmarks the generators on one schema: N rounds of fresh generations (wall time, peak RSS,
 * output size), then N rounds of `tsc --noEmit` over each output (wall time, error count), each
 * round running every tool once.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { countTscErrors, measureOutput, runMeasured, tail, tscCompleted, type OutputSize, type ProcessRun, type RssMethod } from "./measure.js";
import { tscScript, type Schema, type Tool } from "./tools.js";

/** tsc gets a larger heap than Node's default so a big output is measured instead of crashing it. */
const TSC_HEAP_MB = 8192;

export interface Sample {
  genMs: number[];
  peakRssKb: number[];
  tscMs: number[];
  tscPeakRssKb: number[];
  tscErrors: number[];
  size: OutputSize | undefined;
  /** The first tsc diagnostic, to show what kind of errors a tool's output has. */
  firstTscError: string | undefined;
  /** tsc over the output's `runtime/` folder alone (camelgen's copy of templates/): the fixed share of tscMs. */
  runtimeTscMs: number[];
  /** tsc over a one-line file with the same options: starting tsc and reading the libs, which every run pays. */
  emptyTscMs: number[];
}

export interface ToolResult {
  schema: Schema;
  tool: Tool;
  sample: Sample;
  /** Set when the tool (or tsc) failed to run; the sample then holds what was measured before. */
  failure: string | undefined;
}

export interface BenchOptions {
  runs: number;
  rssMethod: RssMethod;
  tempRoot: string;
}

/** One tool's folders and what has been measured of it so far. */
interface Subject {
  tool: Tool;
  workDir: string;
  outDir: string;
  sample: Sample;
  failure: string | undefined;
}

/**
 * Benchmarks every tool on one schema, the tools' runs interleaved (each round runs every tool
 * once), so a slow spell of the machine falls on all of them rather than on one tool's block.
 */
export function benchmarkSchema(schema: Schema, tools: readonly Tool[], options: BenchOptions): ToolResult[] {
  const subjects: Subject[] = tools.map((tool) => {
    const workDir = join(options.tempRoot, `${schema.id}-${tool.id}`);
    mkdirSync(workDir, { recursive: true });
    const sample: Sample = { genMs: [], peakRssKb: [], tscMs: [], tscPeakRssKb: [], tscErrors: [], size: undefined, firstTscError: undefined, runtimeTscMs: [], emptyTscMs: [] };
    return { tool, workDir, outDir: join(workDir, "out"), sample, failure: undefined };
  });
  const rounds = (step: (subject: Subject, run: number) => void, which: (subject: Subject) => boolean = () => true) => {
    for (let run = 1; run <= options.runs; run += 1) for (const subject of subjects) if (subject.failure === undefined && which(subject)) attempt(schema, subject, () => step(subject, run));
  };
  try {
    rounds(({ tool, outDir, workDir, sample }, run) => {
      const generated = generateOnce(schema, tool, outDir, workDir, options.rssMethod);
      sample.genMs.push(generated.wallMs);
      if (generated.peakRssKb !== undefined) sample.peakRssKb.push(generated.peakRssKb);
      progress(schema, tool, `generate ${run}/${options.runs}`, generated);
      // The last generation's output is the one measured and type-checked.
      if (run === options.runs) {
        sample.size = measureOutput(outDir);
        writeTscProject(workDir, tool);
      }
    });
    rounds(({ tool, workDir, sample }, run) => {
      const checked = typeCheckOnce(workDir, options.rssMethod);
      sample.tscMs.push(checked.wallMs);
      if (checked.peakRssKb !== undefined) sample.tscPeakRssKb.push(checked.peakRssKb);
      sample.tscErrors.push(countTscErrors(checked.stdout));
      sample.firstTscError ??= firstError(checked.stdout);
      progress(schema, tool, `tsc ${run}/${options.runs}`, checked);
    });
    rounds(
      ({ tool, workDir, sample }, run) => {
        const checked = typeCheckOnce(workDir, options.rssMethod, "tsconfig.runtime.json");
        sample.runtimeTscMs.push(checked.wallMs);
        progress(schema, tool, `tsc runtime/ alone ${run}/${options.runs}`, checked);
      },
      ({ outDir }) => existsSync(join(outDir, "runtime")),
    );
    rounds(
      ({ tool, workDir, sample }, run) => {
        const checked = typeCheckOnce(workDir, options.rssMethod, "tsconfig.empty.json");
        sample.emptyTscMs.push(checked.wallMs);
        progress(schema, tool, `tsc one-line file ${run}/${options.runs}`, checked);
      },
      ({ outDir }) => existsSync(join(outDir, "runtime")),
    );
  } finally {
    for (const { workDir } of subjects) rmSync(workDir, { recursive: true, force: true });
  }
  return subjects.map(({ tool, sample, failure }) => ({ schema, tool, sample, failure }));
}

/** Runs one step of a tool; a failure is recorded and ends that tool's runs, not the others'. */
function attempt(schema: Schema, subject: Subject, step: () => void): void {
  try {
    step();
  } catch (error) {
    subject.failure = error instanceof Error ? error.message : String(error);
    console.error(`[${schema.id}] ${subject.tool.id}: FAILED\n${subject.failure}`);
  }
}

/** One generation into an empty folder, so every run is a full generation. */
function generateOnce(schema: Schema, tool: Tool, outDir: string, workDir: string, rssMethod: RssMethod): ProcessRun {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const run = runMeasured(tool.command(schema.path, outDir, workDir), rssMethod, workDir);
  if (run.status !== 0 || run.signal !== null) {
    throw new Error(`${tool.label} exited with ${run.signal ?? `status ${run.status}`}:\n${tail(run)}`);
  }
  return run;
}

/** A tsconfig beside the output folder (so the output's byte count holds only what the tool wrote). */
function writeTscProject(workDir: string, tool: Tool): void {
  const compilerOptions = {
    strict: true,
    module: tool.tscModule === "NodeNext" ? "NodeNext" : "ESNext",
    moduleResolution: tool.tscModule,
    target: "ES2022",
    lib: ["ES2022", "DOM"],
    skipLibCheck: true,
    types: [],
    noEmit: true,
  };
  writeFileSync(join(workDir, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["out/**/*.ts"] }, null, 2));
  writeFileSync(join(workDir, "tsconfig.runtime.json"), JSON.stringify({ compilerOptions, include: ["out/runtime/**/*.ts"] }, null, 2));
  // Beside the output, not in it, so the output's byte count is unchanged.
  writeFileSync(join(workDir, "one-line.ts"), "export const one = 1;\n");
  writeFileSync(join(workDir, "tsconfig.empty.json"), JSON.stringify({ compilerOptions, files: ["one-line.ts"] }, null, 2));
  // Under NodeNext the nearest package.json decides whether the .ts files are ES modules.
  writeFileSync(join(workDir, "package.json"), JSON.stringify({ private: true, type: "module" }));
}

function typeCheckOnce(workDir: string, rssMethod: RssMethod, project = "tsconfig.json"): ProcessRun {
  const command = {
    node: process.execPath,
    nodeFlags: [`--max-old-space-size=${TSC_HEAP_MB}`],
    script: tscScript(),
    args: ["-p", join(workDir, project), "--pretty", "false"],
    cwd: workDir,
  };
  const run = runMeasured(command, rssMethod, workDir);
  if (!tscCompleted(run)) {
    throw new Error(`tsc did not complete (${run.signal ?? `status ${run.status}`}):\n${tail(run)}`);
  }
  return run;
}

function firstError(tscOutput: string): string | undefined {
  const line = tscOutput.split("\n").find((text) => /\berror TS\d+:/.test(text));
  return line?.trim();
}

function progress(schema: Schema, tool: Tool, step: string, run: ProcessRun): void {
  const rss = run.peakRssKb === undefined ? "" : `, peak RSS ${(run.peakRssKb / 1024).toFixed(0)} MB`;
  console.error(`[${schema.id}] ${tool.id} ${step}: ${(run.wallMs / 1000).toFixed(2)} s${rss}`);
}
