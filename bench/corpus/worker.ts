/**
 * One corpus worker: `node --import tsx bench/corpus/worker.ts <generator root> <entries.json>`.
 * Generates, type-checks and imports each schema in this warm process and prints one JSON line
 * when it starts an entry (`{"start": id}`) and one Row when it is done, so the parent can blame
 * a crash or a time-out on the entry it happened in.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compileOutputs, generateInto, importClient, type Generate } from "./check.js";
import type { Row } from "./report.js";
import type { CorpusEntry } from "./select.js";

const [generatorRoot, listFile] = process.argv.slice(2) as [string, string];
const { generate } = (await import(pathToFileURL(join(generatorRoot, "dist/generate.js")).href)) as { generate: Generate };
const entries = JSON.parse(readFileSync(listFile, "utf8")) as CorpusEntry[];

async function check(entry: CorpusEntry): Promise<Omit<Row, "peakMb">> {
  const row = { id: entry.id, bytes: entry.bytes, version: "?", operations: 0, warnings: 0, generateMs: 0, tscMs: 0, tscErrors: 0 };
  const root = mkdtempSync(join(tmpdir(), "camelgen-corpus-"));
  try {
    let generated;
    try {
      generated = await generateInto(generate, entry.path, join(root, "client"));
    } catch (error) {
      return { ...row, result: "generate-failed", detail: firstLine(error) };
    }
    const done = { ...row, version: generated.version, operations: generated.operations, warnings: generated.warnings, generateMs: generated.ms };
    const compiled = compileOutputs(root, ["client"]);
    const errors = [...compiled.errors.values()].flat();
    const checked = { ...done, tscMs: compiled.ms, tscErrors: errors.length };
    if (errors.length > 0) return { ...checked, result: "tsc-errors", detail: errors[0] as string };
    const importError = await importClient(root, "client");
    return importError ? { ...checked, result: "import-failed", detail: importError } : { ...checked, result: "ok", detail: "" };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0] as string;
}

for (const entry of entries) {
  process.stdout.write(`${JSON.stringify({ start: entry.id })}\n`);
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 50);
  const row = await check(entry);
  clearInterval(sampler);
  process.stdout.write(`${JSON.stringify({ ...row, peakMb: Math.round(Math.max(peak, process.memoryUsage.rss()) / 2 ** 20) })}\n`);
}
