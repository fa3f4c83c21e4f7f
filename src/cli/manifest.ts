import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { fileData, type EncodedFile } from "./encoded-file.js";

/** Lists the files camelgen owns in an output folder; only these are ever replaced or removed. */
export const MANIFEST_NAME = ".camelgen-manifest.json";

/** What decided the output: if all of it is unchanged, generating again is a no-op. */
export interface GenerationKey {
  generator: string;
  generatorHash: string;
  /** sha256 of the options that shape the output (name, strict, naming overrides, ...). */
  optionsHash: string;
  /** Input files, relative to the output folder, with their sha256; `{}` for a URL input. */
  inputs: Record<string, string>;
}

export interface Manifest extends GenerationKey {
  schemaHash: string;
  files: Record<string, string>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The manifest for a generation, as a file of the output (deterministic: sorted, no timestamps). */
export function manifestFile(files: readonly (GeneratedFile | EncodedFile)[], key: GenerationKey, schemaHash: string): GeneratedFile {
  const entries = files.map((f) => [f.path, sha256(fileData(f))] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const manifest: Manifest = { ...key, schemaHash, files: Object.fromEntries(entries) };
  return { path: MANIFEST_NAME, contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, MANIFEST_NAME), "utf8")) as Manifest;
    return typeof parsed.files === "object" && parsed.files !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A path as the manifest records it: relative to the output folder, `/`-separated. */
export function relativeKey(file: string, outDir: string): string {
  return relative(outDir, file).split(sep).join("/");
}

/** Input files keyed by their path relative to the output folder, with their sha256 (read, unless `known` has it). */
export async function hashInputs(files: string[], outDir: string, known: Readonly<Record<string, string>> = {}): Promise<Record<string, string>> {
  const hashOf = async (file: string) => (Object.hasOwn(known, file) ? (known[file] as string) : sha256(await readFile(file)));
  const entries = await Promise.all(files.map(async (file) => [relativeKey(file, outDir), await hashOf(file)] as const));
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}
