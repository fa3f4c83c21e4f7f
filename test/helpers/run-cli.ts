import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { listFiles } from "../../src/cli/write-output.js";

export const REPO = resolve(import.meta.dirname, "../..");
export const CAMELAI = join(REPO, "fixtures/camelai/openapi.yaml");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Spawns the real `camelgen` binary (bin/camelgen.js) with no shell. */
export function runCli(args: string[], cwd = REPO): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, [join(REPO, "bin/camelgen.js"), ...args], { cwd }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export async function tempDir(prefix = "camelgen-test-"): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** path -> sha256 of every file below dir, to prove a folder did not change. */
export async function folderDigest(dir: string): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const path of await listFiles(dir)) {
    digest[path] = createHash("sha256").update(await readFile(join(dir, path))).digest("hex");
  }
  return digest;
}
