import { copyFile, link, lstat, mkdir, readdir, readFile, rename, rm, rmdir, unlink } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { fileData, type EncodedFile } from "./encoded-file.js";
import { MANIFEST_NAME } from "./manifest.js";
import { OutputError, type FileWriter } from "./output-error.js";

type OutputFile = GeneratedFile | EncodedFile;

/** A replaced or removed file, with what takes it back. */
interface Step {
  path: string;
  /** The previous file, hard-linked (or copied) aside; absent for a file that is new. */
  backup: string | undefined;
}

/** Names of the files this process stages and sets aside; left over only by a process that was killed. */
const scratchName = (path: string, kind: "tmp" | "old") => `${path}.camelgen-${kind}-${process.pid}`;
const SCRATCH = /\.camelgen-(?:tmp|old)-\d+$/;

/**
 * Brings an existing output folder up to `files` touching only what differs: a file whose bytes are
 * unchanged keeps its inode and mtime, so watchers (tsc --watch, bundlers, editors) see only real
 * changes. Every changed file is staged beside its target first; if staging fails nothing was
 * replaced. The replacements are then renamed in, the manifest last, each previous file kept aside
 * until all are in, so a failure part-way puts every one of them back. Returns the paths written.
 */
export async function updateOutput(target: string, files: readonly OutputFile[], owned: readonly string[], write: FileWriter): Promise<string[]> {
  const located = files.map((file) => ({ file, path: insideOutput(target, file.path) }));
  const wanted = new Set(files.map((file) => file.path));
  const gone = owned.filter((path) => !wanted.has(path)).map((path) => insideOutput(target, path));
  for (const path of [...located.map((entry) => entry.path), ...gone]) await checkFolders(target, dirname(path));
  await removeScratch(target);
  const changed = [];
  for (const entry of located) if (!(await holds(entry.path, fileData(entry.file)))) changed.push(entry);
  changed.sort((a, b) => Number(a.file.path === MANIFEST_NAME) - Number(b.file.path === MANIFEST_NAME));
  const removed = [];
  for (const path of gone) if (await lstat(path).catch(() => undefined)) removed.push(path);
  const created: string[] = [];
  const staged: string[] = [];
  try {
    for (const { file, path } of changed) {
      await makeFolders(target, dirname(path), created);
      staged.push(scratchName(path, "tmp"));
      await write(scratchName(path, "tmp"), fileData(file));
    }
    await commit(changed.map((entry) => entry.path), removed);
  } catch (error) {
    await Promise.all(staged.map((path) => rm(path, { force: true })));
    for (const folder of created.reverse()) await rmdir(folder).catch(() => undefined);
    throw error;
  }
  for (const path of removed) await removeEmptyFolders(target, dirname(path));
  return changed.map((entry) => entry.file.path);
}

/** Renames the staged files in and the removed ones out, or puts everything back as it was. */
async function commit(changed: readonly string[], removed: readonly string[]): Promise<void> {
  const done: Step[] = [];
  try {
    for (const path of removed) {
      await rename(path, scratchName(path, "old"));
      done.push({ path, backup: scratchName(path, "old") });
    }
    for (const path of changed) {
      const backup = (await lstat(path).catch(() => undefined)) ? scratchName(path, "old") : undefined;
      if (backup !== undefined) await link(path, backup).catch(() => copyFile(path, backup));
      done.push({ path, backup });
      await rename(scratchName(path, "tmp"), path);
    }
  } catch (error) {
    for (const step of done.reverse()) {
      if (step.backup === undefined) await rm(step.path, { force: true });
      else await rename(step.backup, step.path);
    }
    throw error;
  }
  await Promise.all(done.map((step) => (step.backup === undefined ? undefined : unlink(step.backup))));
}

/** Whether `path` is a regular file holding exactly `data` (a link or a folder never does). */
async function holds(path: string, data: string | Uint8Array): Promise<boolean> {
  const stats = await lstat(path).catch(() => undefined);
  if (!stats?.isFile() || stats.size !== Buffer.byteLength(data)) return false;
  return (await readFile(path)).equals(typeof data === "string" ? Buffer.from(data, "utf8") : data);
}

/** The absolute path of an output file, refused when it would leave the output folder. */
export function insideOutput(root: string, path: string): string {
  const absolute = resolve(root, path);
  if (!absolute.startsWith(root + sep)) throw new OutputError(`refusing to write ${path}: outside the output folder`);
  return absolute;
}

/**
 * Refuses a path below a symbolic link (or a file) inside the output folder: writing or removing
 * through it would reach outside the folder. Folders not there yet are fine; they are created.
 */
async function checkFolders(root: string, folder: string): Promise<void> {
  let at = root;
  for (const part of relative(root, folder).split(sep).filter((p) => p !== "")) {
    at = join(at, part);
    const stats = await lstat(at).catch(() => undefined);
    if (stats === undefined) return;
    if (!stats.isDirectory()) throw new OutputError(`refusing to write into ${relative(root, at)}: it is ${stats.isSymbolicLink() ? "a symbolic link" : "not a folder"}`);
  }
}

/** Creates the folders down to `folder` (checked by checkFolders), recording those it made. */
async function makeFolders(root: string, folder: string, created: string[]): Promise<void> {
  let at = root;
  for (const part of relative(root, folder).split(sep).filter((p) => p !== "")) {
    at = join(at, part);
    if ((await mkdir(at, { recursive: true })) !== undefined) created.push(at);
  }
}

/** Removes `folder` and the folders above it, up to the output folder, while they are empty. */
async function removeEmptyFolders(root: string, folder: string): Promise<void> {
  for (let at = folder; at.startsWith(root + sep); at = dirname(at)) {
    if ((await readdir(at).catch(() => [""])).length > 0) return;
    await rmdir(at).catch(() => undefined);
  }
}

/** Files a killed run staged or set aside, which would otherwise pass for the user's own. */
async function removeScratch(root: string): Promise<void> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) if (entry.isFile() && SCRATCH.test(entry.name)) await rm(join(entry.parentPath, entry.name), { force: true });
}
