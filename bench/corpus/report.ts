export type Result = "ok" | "generate-failed" | "tsc-errors" | "import-failed" | "crashed" | "timeout";

export interface Row {
  id: string;
  bytes: number;
  version: string;
  operations: number;
  result: Result;
  warnings: number;
  generateMs: number;
  /** Peak resident memory of the worker while it handled this schema (sampled every 50 ms). */
  peakMb: number;
  tscMs: number;
  tscErrors: number;
  detail: string;
}

const COLUMNS: (keyof Row)[] = ["id", "version", "bytes", "operations", "result", "warnings", "generateMs", "peakMb", "tscMs", "tscErrors", "detail"];

function cell(value: string | number): string {
  const text = typeof value === "number" ? String(Math.round(value)) : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: Row[]): string {
  return `${[COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(","))].join("\n")}\n`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function summary(rows: Row[], wallSeconds: number): string {
  const ok = rows.filter((r) => r.result === "ok");
  const byVersion = new Map<string, Row[]>();
  for (const row of rows) {
    const version = row.version.replace(/^(\d+\.\d+).*/, "$1");
    byVersion.set(version, [...(byVersion.get(version) ?? []), row]);
  }
  const largest = [...rows].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  const failures = rows.filter((r) => r.result !== "ok");
  return [
    `# Corpus run`,
    ``,
    `${rows.length} schemas in ${wallSeconds.toFixed(0)} s: **${ok.length} ok** (generated, 0 tsc errors, imported), ${((100 * ok.length) / Math.max(rows.length, 1)).toFixed(1)}%.`,
    ``,
    `| version | schemas | ok |`,
    `| --- | --- | --- |`,
    ...[...byVersion].sort(([a], [b]) => (a < b ? -1 : 1)).map(([v, rs]) => `| ${v} | ${rs.length} | ${rs.filter((r) => r.result === "ok").length} |`),
    ``,
    `Largest schemas:`,
    ...largest.map((r) => `- ${r.id}: ${(r.bytes / 2 ** 20).toFixed(1)} MB, ${r.operations} operations, ${r.result}; generate ${seconds(r.generateMs)}, tsc ${seconds(r.tscMs)}, peak ${r.peakMb} MB`),
    ``,
    failures.length === 0 ? `No failures.` : `Failures:`,
    ...failures.map((r) => `- ${r.id}: ${r.result}: ${r.detail}`),
    ``,
  ].join("\n");
}
