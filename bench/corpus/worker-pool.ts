import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Row } from "./report.js";
import type { CorpusEntry } from "./select.js";
import { REPO } from "./select.js";

/** Entries one worker process handles in turn. */
export type Job = CorpusEntry[];

/**
 * Longest a single schema may take (generate, check and import) before its worker is killed. It
 * catches hangs: Microsoft graph-beta's 45 MB client alone needs about 19 minutes of `tsc` on an
 * idle 2-core machine, more while the other worker shares it.
 */
const ENTRY_TIMEOUT_MS = 40 * 60_000;

const blank = (entry: CorpusEntry) => ({ id: entry.id, bytes: entry.bytes, version: "?", operations: 0, warnings: 0, generateMs: 0, peakMb: 0, tscMs: 0, tscErrors: 0 });

/**
 * Runs a job in worker processes: when one dies or overruns, the entry it was on is reported as
 * crashed or timed out and a fresh worker takes the rest.
 */
export async function runJob(generatorRoot: string, job: Job, report: (row: Row) => void): Promise<void> {
  let rest = job;
  while (rest.length > 0) {
    const done = await runWorker(generatorRoot, rest, report);
    rest = rest.slice(done);
  }
}

/** Resolves to how many entries of `entries` were dealt with (reported). */
function runWorker(generatorRoot: string, entries: CorpusEntry[], report: (row: Row) => void): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "camelgen-corpus-job-"));
  const list = join(dir, "entries.json");
  writeFileSync(list, JSON.stringify(entries));
  const child = spawn(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", join(REPO, "bench/corpus/worker.ts"), generatorRoot, list], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let handled = 0;
  let current: CorpusEntry | undefined;
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  let stderr = "";
  let buffer = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  child.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    let newline;
    while ((newline = buffer.indexOf("\n")) !== -1) {
      const line = JSON.parse(buffer.slice(0, newline)) as Row | { start: string };
      buffer = buffer.slice(newline + 1);
      clearTimeout(timer);
      if ("start" in line) {
        current = entries[handled];
        timer = setTimeout(() => ((timedOut = true), child.kill("SIGKILL")), ENTRY_TIMEOUT_MS);
      } else {
        report(line);
        handled++;
        current = undefined;
      }
    }
  });
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      const failed = current ?? (handled < entries.length ? entries[handled] : undefined);
      if (failed) {
        const why = timedOut ? `over ${ENTRY_TIMEOUT_MS / 60_000} min` : `worker exited (${signal ?? code}): ${stderr.trim().split("\n").slice(-2).join(" ")}`;
        report({ ...blank(failed), result: timedOut ? "timeout" : "crashed", detail: why });
        handled++;
      }
      resolve(handled);
    });
  });
}
