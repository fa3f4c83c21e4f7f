import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { expect } from "vitest";
import { generate } from "../../src/generate.js";
import { ModelError } from "../../src/model/diagnostics.js";
import type { Diagnostic } from "../../src/model/ir.js";
import { generateIsolated } from "./isolated.js";
import type { Expectation, Fixture } from "./manifest.js";
import { materialize } from "./materialize.js";

export interface GeneratedFile {
  path: string;
  contents: string;
}

/** How one generation ended: files and warnings, or the error's name and message. */
export type Outcome =
  | { ok: true; files: GeneratedFile[]; diagnostics: Diagnostic[]; ms: number }
  | { ok: false; name: string; message: string; diagnostics: Diagnostic[]; ms: number };

/** Time allowed to an isolated fixture in tests (the bench holds them to 5 s; tests run in parallel). */
export const ISOLATED_TIMEOUT_MS = 30_000;

/** A folder name for a fixture's output: its name without the extension. */
export function outputName(fixture: Fixture): string {
  return fixture.name.replace(/\.(ya?ml|json)$/, "");
}

/** Generates a fixture (in a child when `isolate` is set) and writes its files to `root/<name>/`. */
export async function runFixture(fixture: Fixture, root: string): Promise<Outcome> {
  const built = await materialize(fixture);
  const output = join(root, outputName(fixture));
  try {
    return fixture.isolate ? await runIsolated(built.input, output) : await runHere(built.input, output);
  } finally {
    await built.remove();
  }
}

/** Generates any input in this process and writes the files under `output`. */
export async function runHere(input: string, output: string): Promise<Outcome> {
  const started = performance.now();
  try {
    const result = await generate({ input });
    await writeFiles(output, result.files);
    return { ok: true, files: result.files, diagnostics: result.diagnostics, ms: performance.now() - started };
  } catch (error) {
    const diagnostics = error instanceof ModelError ? error.diagnostics : [];
    return { ok: false, name: (error as Error).name, message: (error as Error).message, diagnostics, ms: performance.now() - started };
  }
}

async function runIsolated(input: string, output: string): Promise<Outcome> {
  const result = await generateIsolated(input, { timeoutMs: ISOLATED_TIMEOUT_MS, output });
  if (result.status !== "finished") return { ok: false, name: result.status, message: result.detail, diagnostics: [], ms: result.wallMs };
  const { report } = result;
  if (report.outcome === "fails") {
    return { ok: false, name: report.error?.name ?? "", message: report.error?.message ?? "", diagnostics: report.diagnostics, ms: report.ms };
  }
  const files = await Promise.all((report.files ?? []).map(async (path) => ({ path, contents: await readFile(join(output, path), "utf8") })));
  return { ok: true, files, diagnostics: report.diagnostics, ms: report.ms };
}

export async function writeFiles(root: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), file.contents);
  }
}

/** Asserts an outcome is what the manifest says: warnings for a success, code or message for a failure. */
export function expectOutcome(outcome: Outcome, expected: Expectation): void {
  const summary = outcome.ok ? `generated, warnings ${codes(outcome.diagnostics).join(", ") || "none"}` : `${outcome.name}: ${outcome.message}`;
  if (expected.outcome === "generates") {
    expect(outcome.ok, summary).toBe(true);
    expect(codes(outcome.diagnostics), summary).toEqual([...new Set(expected.warnings ?? [])].sort());
    return;
  }
  expect(outcome.ok, summary).toBe(false);
  if (outcome.ok) return;
  if (expected.diagnostic) {
    expect(outcome.name, summary).toBe("ModelError");
    const errors = outcome.diagnostics.filter((d) => d.severity === "error");
    expect(errors, summary).toContainEqual(expect.objectContaining(expected.diagnostic));
    expect(outcome.message, summary).toContain(`${expected.diagnostic.code} ${expected.diagnostic.pointer}: `);
  }
  if (expected.loadError !== undefined) {
    expect(outcome.name, summary).toBe("LoadError");
    expect(outcome.message).toMatch(new RegExp(expected.loadError));
  }
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return [...new Set(diagnostics.map((d) => d.code))].sort();
}
