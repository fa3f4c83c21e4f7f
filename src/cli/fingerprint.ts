import { createHash } from "node:crypto";
import { readdirSync, readFileSync, type Dirent } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * sha256 over the generator's compiled code (dist/) and the runtime templates: two builds that
 * could emit different output never share a fingerprint, even at the same version number.
 */
export function generatorFingerprint(): Promise<string> {
  // The build does not change while the process runs; the no-op check and the manifest share one hash.
  fingerprint ??= computeFingerprint();
  return fingerprint;
}

let fingerprint: Promise<string> | undefined;

// Synchronous reads: a couple of hundred small cached files, where each asynchronous read would
// cost a round trip through the thread pool (a good part of a no-op run's time).
async function computeFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of ["dist", "templates"]) {
    for (const path of sourceFiles(join(PACKAGE_ROOT, dir))) {
      hash.update(relative(PACKAGE_ROOT, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  }
  return hash.digest("hex");
}

function sourceFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    entries = [];
  }
  return entries
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
