import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { GENERATOR_VERSION } from "../version.js";
import { generatorFingerprint } from "./fingerprint.js";
import { needsModuleMarker } from "./module-marker.js";
import { prettierConfigFingerprint } from "./prettier-config-fingerprint.js";
import { hashInputs, readManifest, relativeKey, sha256, type GenerationKey } from "./manifest.js";

/** The options that shape the output; their hash is part of the no-op key. */
export interface OutputOptions {
  name?: string | undefined;
  strict?: boolean | undefined;
  names?: Record<string, string> | undefined;
  typeNames?: Record<string, string> | undefined;
  pagination?: Readonly<Record<string, object | false>> | undefined;
  streams?: Readonly<Record<string, object>> | undefined;
  validate?: string | undefined;
  format?: string | undefined;
  overlays?: readonly string[] | undefined;
  openEnums?: boolean | undefined;
  importExtension?: string | undefined;
  /** Whether the output carries MODULE_MARKER (needsModuleMarker): found in the project, not set. */
  moduleMarker?: boolean | undefined;
}

function sortedEntries<T>(value: Readonly<Record<string, T>>): [string, T][] {
  return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
}

/** JSON with every object's keys sorted, so the key does not depend on the order they were written in. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== "object" || value === null) return value;
  return sortedEntries(value as Record<string, unknown>).map(([key, inner]) => [key, canonical(inner)]);
}

/** The key of a generation from `inputFiles`; `knownHashes` are theirs already computed, by path. */
export async function generationKey(options: OutputOptions, inputFiles: string[], outDir: string, knownHashes: Readonly<Record<string, string>> = {}): Promise<GenerationKey> {
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
        // Only present when set, so the key of a client without streams is unchanged.
        ...(options.streams !== undefined ? { streams: canonical(options.streams) } : {}),
        validate: options.validate ?? null,
        format: options.format ?? null,
        // prettier's options come from files the inputs do not list; one added anywhere it looks counts.
        ...(options.format === "prettier" ? { prettierConfig: prettierConfigFingerprint(outDir) } : {}),
        // Only when set, so the key of a client that uses neither stays what it was.
        ...(options.overlays?.length ? { overlays: options.overlays.map((file) => relativeKey(resolve(file), resolve(outDir))) } : {}),
        ...(options.openEnums === true ? { openEnums: true } : {}),
        // Only when not the default, so the outputs generated before the option existed stay current.
        ...(options.importExtension === ".ts" ? { importExtension: ".ts" } : {}),
        ...(options.moduleMarker === true ? { moduleMarker: true } : {}),
      }),
    ),
    inputs: await hashInputs(inputFiles, resolve(outDir), knownHashes),
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
  const probe = await generationKey({ ...options, moduleMarker: await needsModuleMarker(target, manifest.files) }, [], target);
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
