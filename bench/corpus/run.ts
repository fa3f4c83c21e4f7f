/**
 * `npm run corpus`: generates, type-checks (strict, TypeScript 5.9) and imports the client of every
 * schema of the corpus (select.ts) in worker processes, and writes results/<name>.csv and
 * results/<name>-summary.md. `--slice` runs the CI slice; `--only <a,b>` the schemas whose id
 * contains one of them; `--concurrency <n>` workers (default 2).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csv, summary, type Row } from "./report.js";
import { fullCorpus, REPO, sliceCorpus } from "./select.js";
import { snapshotCamelgen } from "../snapshot.js";
import { runJob, type Job } from "./worker-pool.js";

/** Schemas above this size get a worker of their own, so its peak memory is theirs alone. */
const ALONE_BYTES = 4 * 2 ** 20;
const BATCH = 20;

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : (process.argv[i + 1] ?? "");
}

const only = flag("only");
const slice = process.argv.includes("--slice");
const wanted = only?.split(",");
const entries = (slice ? sliceCorpus() : fullCorpus()).filter((e) => wanted === undefined || wanted.some((w) => e.id.includes(w)));
const big = entries.filter((e) => e.bytes > ALONE_BYTES);
const small = entries.filter((e) => e.bytes <= ALONE_BYTES);
const jobs: Job[] = [...big.map((e) => [e]), ...Array.from({ length: Math.ceil(small.length / BATCH) }, (_, i) => small.slice(i * BATCH, (i + 1) * BATCH))];

const started = performance.now();
const snapshotDir = mkdtempSync(join(tmpdir(), "camelgen-corpus-generator-"));
const generatorRoot = snapshotCamelgen(snapshotDir);
const rows: Row[] = [];
let next = 0;
const report = (row: Row) => {
  rows.push(row);
  const detail = row.detail ? `: ${row.detail}` : "";
  console.log(`[${rows.length}/${entries.length}] ${row.result.padEnd(15)} ${row.id} (generate ${(row.generateMs / 1000).toFixed(1)} s, tsc ${(row.tscMs / 1000).toFixed(1)} s, peak ${row.peakMb} MB)${detail}`);
};
const worker = async () => {
  while (next < jobs.length) await runJob(generatorRoot, jobs[next++] as Job, report);
};
try {
  await Promise.all(Array.from({ length: Number(flag("concurrency") ?? 2) }, worker));
} finally {
  rmSync(snapshotDir, { recursive: true, force: true });
}
const order = new Map(entries.map((e, i) => [e.id, i]));
rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
const out = join(REPO, "bench/corpus/results");
mkdirSync(out, { recursive: true });
const name = slice ? "slice" : only !== undefined ? "only" : "corpus";
writeFileSync(join(out, `${name}.csv`), csv(rows));
const text = summary(rows, (performance.now() - started) / 1000);
writeFileSync(join(out, `${name}-summary.md`), text);
console.log(`\n${text}`);
