/** The Markdown bench/bundle.ts prints and writes to bench/bundle/RESULTS.md. */
import { cpus } from "node:os";
import type { PeerStatus } from "./peers.js";
import type { BundleResult } from "./measure.js";

const TOP_INPUTS = 12;

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function renderResults(results: readonly BundleResult[], peers: readonly PeerStatus[], load: number): string {
  const lines = [
    "# Bundle size of one call",
    "",
    "Written by `npm run bench:bundle` (bench/bundle.ts): the camelAI client freshly generated, each entry",
    "bundled with esbuild (`bundle`, `minify`, `format: \"esm\"`, `platform: \"browser\"`), gzip level 9.",
    `Sizes do not depend on the machine (${cpus().length} CPUs, load ${load.toFixed(2)}).`,
    "An input's gzip cost is the bundle's gzip size minus that of the same bundle without the input's code",
    "(bench/bundle/gzip-cost.ts); inputs are listed by it, since minified bytes overstate text that compresses well.",
    "",
    "| entry | minified | gzip -9 |",
    "| --- | ---: | ---: |",
    ...results.map((r) => `| ${r.entry.label} | ${r.minified} B (${kb(r.minified)}) | ${r.gzip} B (${kb(r.gzip)}) |`),
    ...peers.map((p) => `| ${p.label} | ${p.note} | |`),
    "",
  ];
  for (const result of results) {
    lines.push(`## Largest inputs: ${result.entry.id}`, "", "| input | minified bytes | gzip cost |", "| --- | ---: | ---: |");
    lines.push(...result.inputs.slice(0, TOP_INPUTS).map(([path, bytes, cost]) => `| ${path} | ${bytes} | ${cost} |`));
    const rest = result.inputs.slice(TOP_INPUTS);
    if (rest.length > 0)
      lines.push(`| ${rest.length} more | ${rest.reduce((sum, [, b]) => sum + b, 0)} | ${rest.reduce((sum, [, , c]) => sum + c, 0)} |`);
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}
