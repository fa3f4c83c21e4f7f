import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { GENERATOR_VERSION } from "../version.js";
import { generatorFingerprint } from "./fingerprint.js";
import { hashInputs, readManifest, relativeKey, sha256, type GenerationKey } from "./manifest.js";

/** The options that shape the output; their hash is part of the no-op key. */
export interface OutputOptions {
  name?: string | undefined;
  strict?: boolean | undefined;
  names?: Record<string, string> | undefined;
  typeNames?: Record<string, string> | undefined;
  pagination?: Readonly<Record<string, object | false>> | undefined;
  validate?: string | undefined;
  format?: string | undefined;
}

function sortedEntries<T>(value: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
}

export async function generationKey(options: OutputOptions, inputFiles: string[], outDir: string): Promise<GenerationKey> {
  return {
    generator: GENERATOR_VERSION,
    generatorHash: await generatorFingerprint(),
    optionsHash: sha256(
      JSON.stringify({
        name: options.name ?? null,
        strict: options.strict === true,
        names: Object.entries(options.names ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)),
        typeNames: sortedEntries(options.typeNames ?? {}),
        pagination: sortedEntries(options.pagination ?? {}).map(([id, entry]) => [id, entry === false ? false : sortedEntries(entry as Record<string, unknown>)]),
        validate: options.validate ?? null,
        format: options.format ?? null,
      }),
    ),
    inputs: await hashInputs(inputFiles, resolve(outDir)),
  };
}

/**
 * Whether generating again would change nothing: same generator build and options, every input
 * file recorded in the manifest unchanged, and every output file still as written. Costs a few
 * file reads and hashes, no parsing.
 */
export async function isUpToDate(outDir: string, input: string, options: OutputOptions): Promise<boolean> {
  const target = resolve(outDir);
  const manifest = await readManifest(target);
  if (!manifest?.inputs || Object.keys(manifest.inputs).length === 0) return false;
  const probe = await generationKey(options, [], target);
  if (manifest.generator !== probe.generator || manifest.generatorHash !== probe.generatorHash || manifest.optionsHash !== probe.optionsHash) {
    return false;
  }
  if (!(relativeKey(resolve(input), target) in manifest.inputs)) return false;
  // Synchronous and in order, stopping at the first difference: cached files read faster so than
  // through the thread pool, and a stale output needs only one of them read.
  const recorded = [...Object.entries(manifest.inputs), ...Object.entries(manifest.files)];
  return recorded.every(([path, hash]) => sha256OfFile(join(target, path)) === hash);
}

function sha256OfFile(path: string): string | undefined {
  try {
    return sha256(readFileSync(path));
  } catch {
    return undefined;
  }
}
