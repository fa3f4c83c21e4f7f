/**
 * Generates one input in this process and prints one JSON line (ChildReport) on stdout; run as a
 * child by isolated.ts so a hostile input that hangs or exhausts memory cannot take down the caller.
 *
 *   node --import tsx test/hostile/generate-child.ts <input> [<output folder>]
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { generate } from "../../src/generate.js";
import { ModelError } from "../../src/model/diagnostics.js";
import type { ChildReport } from "./isolated.js";

const [input, output] = process.argv.slice(2);
if (input === undefined) throw new Error("usage: generate-child.ts <input> [<output folder>]");
const started = performance.now();
let report: Omit<ChildReport, "ms" | "maxRssKb">;
try {
  const result = await generate({ input });
  if (output !== undefined) {
    for (const file of result.files) {
      await mkdir(dirname(join(output, file.path)), { recursive: true });
      await writeFile(join(output, file.path), file.contents);
    }
  }
  report = { outcome: "generates", diagnostics: result.diagnostics, files: result.files.map((f) => f.path) };
} catch (error) {
  const diagnostics = error instanceof ModelError ? error.diagnostics : [];
  report = { outcome: "fails", diagnostics, error: { name: (error as Error).name, message: (error as Error).message } };
}
const ms = Math.round(performance.now() - started);
process.stdout.write(`${JSON.stringify({ ...report, ms, maxRssKb: process.resourceUsage().maxRSS })}\n`);
