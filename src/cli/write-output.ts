import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { fileData, type EncodedFile } from "./encoded-file.js";
import { MANIFEST_NAME, readManifest } from "./manifest.js";
import { OutputError, type FileWriter } from "./output-error.js";
import { insideOutput, updateOutput } from "./output-update.js";
import { withSignalsDeferred } from "./signals-deferred.js";

export { OutputError } from "./output-error.js";

/**
 * Writes the output and returns the paths it wrote. A folder that does not exist yet is written
 * beside the target and renamed into place; an existing one is updated file by file (updateOutput),
 * only where bytes differ. Either way a failure leaves the previous output whole, and SIGINT or
 * SIGTERM ends the process only once the writing is finished or rolled back. Only files the
 * previous manifest lists are replaced or removed; the user's own files stay.
 */
export async function writeOutput(outDir: string, files: readonly (GeneratedFile | EncodedFile)[], write: FileWriter = writeFile): Promise<string[]> {
  const target = resolve(outDir);
  await checkOutputTarget(target);
  const previous = await readManifest(target);
  // A folder that is there already (empty, or a mount point) is kept, and filled in place.
  if (previous || (await stat(target).catch(() => undefined))?.isDirectory()) {
    return withSignalsDeferred(() => updateOutput(target, files, Object.keys(previous?.files ?? {}), write));
  }
  await withSignalsDeferred(() => writeFresh(target, files, write));
  return files.map((file) => file.path);
}

/** Refuses an output that is a file, or a folder of files camelgen did not write: checked before any work too. */
export async function checkOutputTarget(outDir: string): Promise<void> {
  const target = resolve(outDir);
  if ((await stat(target).catch(() => undefined))?.isDirectory() === false) {
    throw new OutputError(`${target} is a file, not a folder; choose an empty or new folder for the client`);
  }
  if ((await listFiles(target)).length > 0 && !(await readManifest(target))) {
    throw new OutputError(`${target} exists and was not written by camelgen (no ${MANIFEST_NAME}); choose an empty or new folder`);
  }
}

/** A folder that does not exist yet: written whole beside it, then renamed into place. */
async function writeFresh(target: string, files: readonly (GeneratedFile | EncodedFile)[], write: FileWriter): Promise<void> {
  const staging = `${target}.camelgen-tmp-${process.pid}`;
  await removeDeadStaging(target);
  try {
    for (const file of files) await writeInside(staging, file, write);
    await mkdir(dirname(target), { recursive: true });
    await rename(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Staging folders of runs that were killed before their rename (their process is gone), beside `target`. */
async function removeDeadStaging(target: string): Promise<void> {
  const prefix = `${basename(target)}.camelgen-tmp-`;
  for (const name of await readdir(dirname(target)).catch((): string[] => [])) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && (pid === process.pid || !isAlive(pid))) {
      await rm(join(dirname(target), name), { recursive: true, force: true });
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function writeInside(root: string, file: GeneratedFile | EncodedFile, write: FileWriter): Promise<void> {
  const path = insideOutput(root, file.path);
  await mkdir(dirname(path), { recursive: true });
  await write(path, fileData(file));
}

/** Relative paths of every file below `dir` ([] when it does not exist). */
export async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

export type Drift = { path: string; state: "stale" | "missing" | "extra" };

/** Compares the generated files with the output folder: what `--check` reports. */
export async function findDrift(outDir: string, files: GeneratedFile[]): Promise<Drift[]> {
  const target = resolve(outDir);
  const previous = await readManifest(target);
  const drift: Drift[] = [];
  for (const file of files) {
    const current = await readFile(join(target, file.path), "utf8").catch(() => undefined);
    if (current === undefined) drift.push({ path: file.path, state: "missing" });
    else if (current !== file.contents) drift.push({ path: file.path, state: "stale" });
  }
  const wanted = new Set(files.map((f) => f.path));
  for (const path of Object.keys(previous?.files ?? {})) {
    if (!wanted.has(path)) drift.push({ path, state: "extra" });
  }
  return drift;
}
