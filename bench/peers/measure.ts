/**
 * Process-level measurements for the peer benchmark: wall time and peak RSS of one child process,
 * the bytes a generator wrote, tsc's error count, and medians.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, sep } from "node:path";

const GNU_TIME = "/usr/bin/time";
const MAX_CAPTURED_OUTPUT = 512 * 1024 * 1024;

/** A Node.js program to run: the node binary, flags for node itself, then the script and its arguments. */
export interface NodeCommand {
  node: string;
  nodeFlags: readonly string[];
  script: string;
  args: readonly string[];
  cwd: string;
}

export interface ProcessRun {
  wallMs: number;
  /** Peak resident set size of the child in KiB, or undefined when it could not be read. */
  peakRssKb: number | undefined;
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * How peak RSS is read: GNU time's `%M` (ru_maxrss of the waited-for child) when /usr/bin/time
 * exists, otherwise a preloaded module that writes `process.resourceUsage().maxRSS` on exit (every
 * tool here is a Node.js program, so both see the same process). `BENCH_RSS_METHOD=node` forces
 * the fallback.
 */
export type RssMethod = "gnu-time" | "node-preload";

export function chooseRssMethod(): RssMethod {
  if (process.env["BENCH_RSS_METHOD"] === "node") return "node-preload";
  return existsSync(GNU_TIME) ? "gnu-time" : "node-preload";
}

const PRELOAD_SOURCE = `import { writeFileSync } from "node:fs";
const target = process.env.BENCH_PEAK_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
`;

/** Runs a Node.js program once, timing it from spawn to exit and reading its peak RSS. */
export function runMeasured(command: NodeCommand, method: RssMethod, scratchDir: string): ProcessRun {
  const rssFile = join(scratchDir, "peak-rss.txt");
  rmSync(rssFile, { force: true });
  const nodeArgs = [...command.nodeFlags, command.script, ...command.args];
  let file: string;
  let args: string[];
  if (method === "gnu-time") {
    file = GNU_TIME;
    args = ["-o", rssFile, "-f", "%M", command.node, ...nodeArgs];
  } else {
    const preload = join(scratchDir, "peak-rss-preload.mjs");
    writeFileSync(preload, PRELOAD_SOURCE);
    file = command.node;
    args = ["--import", preload, ...nodeArgs];
  }
  const started = process.hrtime.bigint();
  const child = spawnSync(file, args, {
    cwd: command.cwd,
    encoding: "utf8",
    maxBuffer: MAX_CAPTURED_OUTPUT,
    env: { ...process.env, BENCH_PEAK_RSS_FILE: rssFile },
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.error) throw child.error;
  return {
    wallMs,
    peakRssKb: readPeakRss(rssFile),
    status: child.status,
    signal: child.signal,
    stdout: child.stdout,
    stderr: child.stderr,
  };
}

function readPeakRss(rssFile: string): number | undefined {
  if (!existsSync(rssFile)) return undefined;
  // GNU time writes "Command exited with non-zero status N" before the value when the child fails.
  const lines = readFileSync(rssFile, "utf8").trim().split("\n");
  const value = Number(lines[lines.length - 1]);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

export interface OutputSize {
  files: number;
  bytes: number;
  /** Bytes in `.ts` files only (camelgen also writes a manifest). */
  tsBytes: number;
  /** Bytes in `.ts` files outside a top-level `runtime/` folder (camelgen copies its runtime there). */
  tsBytesOutsideRuntime: number;
  /** Bytes of each top-level `.ts` file, by name. */
  topLevelTs: Record<string, number>;
}

/** Counts the files below `dir` and adds up their sizes. */
export function measureOutput(dir: string): OutputSize {
  const size: OutputSize = { files: 0, bytes: 0, tsBytes: 0, tsBytesOutsideRuntime: 0, topLevelTs: {} };
  const runtimeDir = join(dir, "runtime");
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = statSync(join(entry.parentPath, entry.name)).size;
    size.files += 1;
    size.bytes += bytes;
    if (!entry.name.endsWith(".ts")) continue;
    size.tsBytes += bytes;
    const inRuntime = entry.parentPath === runtimeDir || entry.parentPath.startsWith(runtimeDir + sep);
    if (!inRuntime) size.tsBytesOutsideRuntime += bytes;
    if (entry.parentPath === dir) size.topLevelTs[entry.name] = bytes;
  }
  return size;
}

/** Counts diagnostics in `tsc --pretty false` output: one `error TSnnnn:` per diagnostic. */
export function countTscErrors(output: string): number {
  return output.split("\n").filter((line) => /\berror TS\d+:/.test(line)).length;
}

/** tsc exits 0 when clean and 1 or 2 when it reported diagnostics; anything else means it did not run. */
export function tscCompleted(run: ProcessRun): boolean {
  return run.signal === null && (run.status === 0 || run.status === 1 || run.status === 2);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** The last lines of a failed process's output, for the error message. */
export function tail(run: ProcessRun, lines = 15): string {
  const text = `${run.stdout}\n${run.stderr}`.trim().split("\n");
  return text.slice(-lines).join("\n");
}
