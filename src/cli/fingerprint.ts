import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
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

async function computeFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  for (const dir of ["dist", "templates"]) {
    for (const path of await sourceFiles(join(PACKAGE_ROOT, dir))) {
      hash.update(relative(PACKAGE_ROOT, path)).update("\0").update(await readFile(path)).update("\0");
    }
  }
  return hash.digest("hex");
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.(js|ts)$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
