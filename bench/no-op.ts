/**
 * Times `camelgen generate` on the camelAI schema: a full generation into a fresh folder, then
 * repeated runs with nothing changed (the no-op path). Prints the median of each.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const REPO = resolve(import.meta.dirname, "..");
const RUNS = 5;

function timeRun(args: string[]): number {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, [join(REPO, "bin/camelgen.js"), ...args], { stdio: "ignore" });
  return Number(process.hrtime.bigint() - started) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const dir = mkdtempSync(join(tmpdir(), "camelgen-bench-"));
try {
  const output = join(dir, "camelai");
  const input = join(REPO, "fixtures/camelai/openapi.yaml");
  const full = Array.from({ length: 3 }, () => timeRun(["generate", "--input", input, "--output", output, "--force", "--quiet"]));
  const noOp = Array.from({ length: RUNS }, () => timeRun(["generate", "--input", input, "--output", output, "--quiet"]));
  console.log("camelgen generate, camelAI schema (47 operations), wall time per process run:");
  console.log(`  full generation   median ${median(full).toFixed(0)} ms  (${full.map((t) => t.toFixed(0)).join(", ")})`);
  console.log(`  no-op (unchanged) median ${median(noOp).toFixed(0)} ms  (${noOp.map((t) => t.toFixed(0)).join(", ")})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
