import type { GeneratedFile } from "./emit/generated-file.js";
import { emit } from "./emit/emit.js";
import { withImportExtension, type ImportExtension } from "./emit/import-extension.js";
import { formatWithPrettier } from "./emit/prettier-output.js";
import type { OverlayEffect } from "./load/apply-overlay.js";
import { loadSpec, type LoadedSpec } from "./load/load-spec.js";
import type { Locate } from "./load/source-locator.js";
import { buildModel, type ModelOptions } from "./model/build-model.js";
import { ModelError, strictened } from "./model/diagnostics.js";
import type { ApiModel, Diagnostic } from "./model/ir.js";
import type { JsonObject } from "./model/json.js";
import type { PaginationConfig } from "./model/pagination-config.js";
import type { StreamsConfig } from "./model/stream-config.js";
import { GENERATOR_VERSION } from "./version.js";

export interface GenerateOptions {
  /** File path or http(s) URL of the OpenAPI document. */
  input: string;
  /** Client class name; derived from `info.title` when absent. */
  name?: string;
  /** Warnings become errors. */
  strict?: boolean;
  /** Method names by operationId. */
  names?: Record<string, string>;
  /** Type names by component schema name. */
  typeNames?: Record<string, string>;
  /** Page styles by operationId, for lists whose shape cannot be inferred. */
  pagination?: PaginationConfig;
  /** Streams the schema does not describe, by operationId. */
  streams?: StreamsConfig;
  /** The generated client's default `validate` mode. */
  validate?: "off" | "warn" | "throw";
  /** Overlay 1.0/1.1 files applied, in order, to the input document before anything else reads it. */
  overlays?: readonly string[];
  /** Response-side enums accept values the schema does not list (`"A" | "B" | (string & {})`). */
  openEnums?: boolean;
  /** Format the output with prettier and the user's config resolved from `output`, instead of camelgen's fixed style. */
  format?: "prettier";
  /** The folder the client will be written to (where prettier's config is resolved from). */
  output?: string;
  /** The extension of relative import specifiers in every file, runtime included (default ".js"). */
  importExtension?: ImportExtension;
  /** Told as each stage ends (`load`, `model`, `emit`), with its milliseconds: progress for a long run. */
  onStage?: (stage: "load" | "model" | "emit", ms: number) => void;
  /** Told once the overlays are applied, with what each of their actions did. */
  onOverlays?: (effects: OverlayEffect[]) => void;
}

export interface GenerateResult {
  files: GeneratedFile[];
  /** The bundled document the client was generated from (every `$ref` internal). */
  document: JsonObject;
  diagnostics: Diagnostic[];
  schemaHash: string;
  /** Local files the schema was read from (real paths; empty for a URL), and the prettier config that applied. */
  inputFiles: string[];
  /** sha256 of the input files whose bytes were hashed while loading, by real path. */
  inputHashes: Record<string, string>;
  /** JSON text that parses to `document`, when the input was such text (its bytes, not serialised again). */
  documentJson?: Uint8Array;
  /** What each overlay's actions did. */
  overlays: OverlayEffect[];
  /** Where a diagnostic's pointer is in the input's text, when known. */
  locate?: Locate;
  /** Milliseconds spent per stage. */
  timings: { load: number; model: number; emit: number };
}

/** The whole pipeline in memory: load, buildModel, emit. Never writes to disk. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const loaded = await loadSpec(options.input, undefined, options.overlays);
  const loadedAt = performance.now();
  options.onStage?.("load", loadedAt - started);
  if (loaded.overlays.length > 0) options.onOverlays?.(loaded.overlays);
  const modelOptions: ModelOptions = {
    strict: options.strict === true,
    ...(options.name !== undefined ? { name: options.name } : {}),
    ...(options.names !== undefined ? { names: options.names } : {}),
    ...(options.typeNames !== undefined ? { typeNames: options.typeNames } : {}),
    ...(options.pagination !== undefined ? { pagination: options.pagination } : {}),
    ...(options.streams !== undefined ? { streams: options.streams } : {}),
    ...(options.validate !== undefined ? { validate: options.validate } : {}),
    ...(options.openEnums !== undefined ? { openEnums: options.openEnums } : {}),
  };
  const loadDiagnostics = options.strict ? strictened(loaded.diagnostics) : loaded.diagnostics;
  if (loadDiagnostics.some((d) => d.severity === "error")) throw new ModelError(loadDiagnostics, loaded.locate);
  const model = modelOf(loaded, modelOptions, loadDiagnostics);
  const modelledAt = performance.now();
  options.onStage?.("model", modelledAt - loadedAt);
  const emitted = withImportExtension(await emit(model, { generatorVersion: GENERATOR_VERSION }), options.importExtension ?? ".js");
  const { files, configFile } = options.format === "prettier" ? await formatWithPrettier(emitted, options.output ?? ".") : { files: emitted, configFile: undefined };
  const timings = { load: loadedAt - started, model: modelledAt - loadedAt, emit: performance.now() - modelledAt };
  options.onStage?.("emit", timings.emit);
  const inputFiles = configFile === undefined ? loaded.files : [...loaded.files, configFile];
  const documentJson = loaded.json !== undefined ? { documentJson: loaded.json } : {};
  const diagnostics = [...loadDiagnostics, ...model.diagnostics];
  const locate = loaded.locate !== undefined ? { locate: loaded.locate } : {};
  return { files, document: loaded.document, diagnostics, schemaHash: loaded.hash, inputFiles, inputHashes: loaded.fileHashes, ...documentJson, overlays: loaded.overlays, ...locate, timings };
}

function modelOf(loaded: LoadedSpec, options: ModelOptions, loadDiagnostics: Diagnostic[]): ApiModel {
  try {
    return buildModel(loaded.document, options);
  } catch (error) {
    if (error instanceof ModelError) throw new ModelError([...loadDiagnostics, ...error.diagnostics], loaded.locate);
    throw error;
  }
}
