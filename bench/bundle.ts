/**
 * Bundle size of one call through a freshly generated camelAI client: each entry below is bundled
 * with esbuild (bundle, minify, ESM, browser) and gzipped at level 9. Prints a table and the
 * largest inputs of each bundle (esbuild's metafile), and writes both to bench/bundle/RESULTS.md.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { bundleEntry, type BundleResult } from "./bundle/measure.js";
import { ENTRIES } from "./bundle/entries.js";
import { peerEntries } from "./bundle/peers.js";
import { renderResults } from "./bundle/report.js";

const REPO = resolve(import.meta.dirname, "..");

const dir = mkdtempSync(join(tmpdir(), "camelgen-bundle-"));
try {
  execFileSync(process.execPath, [join(REPO, "bin/camelgen.js"), "generate", "-o", join(dir, "client"), "--quiet"], { cwd: REPO, stdio: "inherit" });
  const peers = peerEntries(REPO, dir);
  const results: BundleResult[] = [];
  for (const entry of [...ENTRIES, ...peers.entries]) {
    const file = join(dir, `${entry.id}.ts`);
    writeFileSync(file, entry.source);
    results.push(await bundleEntry(entry, file, dir));
  }
  const markdown = renderResults(results, peers.skipped, loadavg()[0] ?? 0);
  console.log(markdown);
  writeFileSync(join(REPO, "bench/bundle/RESULTS.md"), `${markdown}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
