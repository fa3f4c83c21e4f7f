import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { fileData, type EncodedFile } from "./encoded-file.js";
import { MANIFEST_NAME, readManifest } from "./manifest.js";

export class OutputError extends Error {
  override name = "OutputError";
}

/**
 * Writes the files into a sibling temporary folder and swaps it in, so the previous output stays
 * whole if anything fails. Files the previous manifest does not list (the user's own) are carried over.
 */
export async function writeOutput(outDir: string, files: readonly (GeneratedFile | EncodedFile)[], write: FileWriter = writeFile): Promise<void> {
  const target = resolve(outDir);
  const existing = await listFiles(target);
  const previous = await readManifest(target);
  if (existing.length > 0 && !previous) {
    throw new OutputError(`${target} exists and was not written by camelgen (no ${MANIFEST_NAME}); choose an empty or new folder`);
  }
  const staging = `${target}.camelgen-tmp-${process.pid}`;
  const retired = `${target}.camelgen-old-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const file of files) await writeInside(staging, file, write);
    const owned = new Set([MANIFEST_NAME, ...Object.keys(previous?.files ?? {})]);
    for (const path of existing.filter((p) => !owned.has(p))) await cp(join(target, path), join(staging, path));
    await swap(target, staging, retired, existing.length > 0);
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(retired, { recursive: true, force: true });
  }
}

/** Writes one file; a test passes one that fails part-way to prove the previous output survives. */
export type FileWriter = (path: string, contents: string | Uint8Array) => Promise<void>;

async function writeInside(root: string, file: GeneratedFile | EncodedFile, write: FileWriter): Promise<void> {
  const path = resolve(root, file.path);
  if (!path.startsWith(root + sep)) throw new OutputError(`refusing to write ${file.path}: outside the output folder`);
  await mkdir(dirname(path), { recursive: true });
  await write(path, fileData(file));
}

async function swap(target: string, staging: string, retired: string, hadOutput: boolean): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  if (!hadOutput) {
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
    return;
  }
  await rename(target, retired);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(retired, target);
    throw error;
  }
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
