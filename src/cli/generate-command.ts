import { resolve } from "node:path";
import { LoadError } from "../load/load-error.js";
import { OverlayError } from "../load/overlay-error.js";
import { ModelError } from "../model/diagnostics.js";
import type { PaginationConfig } from "../model/pagination-config.js";
import type { StreamsConfig } from "../model/stream-config.js";
import type { JsonObject } from "../model/json.js";
import { generationKey, isUpToDate } from "./generation-key.js";
import { encodeFiles, type EncodedFile } from "./encoded-file.js";
import type { GenerateResult } from "../generate.js";
import { MODULE_MARKER, needsModuleMarker } from "./module-marker.js";
import { manifestFile, readManifest, type GenerationKey, type Manifest } from "./manifest.js";
import { cacheSchema, readCachedSchema } from "./schema-cache.js";
import { placeIn } from "./report.js";
import type { Reporter } from "./reporter.js";
import { checkOutputTarget, findDrift, OutputError, writeOutput, type Drift } from "./write-output.js";

export interface GenerateArgs {
  input: string;
  output: string;
  name?: string | undefined;
  strict: boolean;
  names?: Record<string, string> | undefined;
  typeNames?: Record<string, string> | undefined;
  pagination?: PaginationConfig | undefined;
  streams?: StreamsConfig | undefined;
  validate?: "off" | "warn" | "throw" | undefined;
  /** Overlay files applied in order to the input before generation. */
  overlays?: string[] | undefined;
  openEnums?: boolean | undefined;
  format?: "prettier" | undefined;
  importExtension?: ".js" | ".ts" | undefined;
  check: boolean;
  /** Regenerate even when the manifest says nothing changed. */
  force: boolean;
}

/** Runs `camelgen generate` for one client; returns the exit code. Nothing on disk changes unless all succeeded. */
export async function runGenerate(args: GenerateArgs, report: Reporter): Promise<number> {
  report.set("output", args.output);
  const system = systemFolder(args.output);
  if (system !== undefined) {
    report.set("status", "usage-error");
    report.problem(`camelgen: refusing to write ${args.output}: it is under ${system}, a folder of the operating system, not a place for source files`);
    return 2;
  }
  try {
    if (!args.check && !args.force && (await isUpToDate(args.output, args.input, args))) {
      report.set("status", "up-to-date");
      report.info(`camelgen: ${args.output} is up to date (nothing changed since the last generation)`);
      return 0;
    }
    // After the no-op check (an output it finds current is camelgen's), before the schema is read.
    if (!args.check) await checkOutputTarget(args.output);
    // Loaded only when there is work to do, so a no-op run does not pay for the parser, the compiler and prettier.
    const [{ generate }, { effectLine }] = await Promise.all([import("../generate.js"), import("../load/overlays.js")]);
    const result = await generate({
      input: args.input,
      strict: args.strict,
      ...(args.name ? { name: args.name } : {}),
      ...(args.names ? { names: args.names } : {}),
      ...(args.typeNames ? { typeNames: args.typeNames } : {}),
      ...(args.pagination ? { pagination: args.pagination } : {}),
      ...(args.streams ? { streams: args.streams } : {}),
      ...(args.validate ? { validate: args.validate } : {}),
      ...(args.overlays?.length ? { overlays: args.overlays } : {}),
      ...(args.openEnums !== undefined ? { openEnums: args.openEnums } : {}),
      ...(args.format ? { format: args.format, output: args.output } : {}),
      ...(args.importExtension ? { importExtension: args.importExtension } : {}),
      onStage: (stage, ms) => report.stage(stage, ms),
      onOverlays: (effects) => {
        report.set("overlays", effects);
        effects.forEach((effect) => report.progress(`overlay ${effectLine(effect)}`));
      },
    });
    const place = placeIn(args.input, result.locate);
    result.diagnostics.forEach((d) => report.diagnostic(d, place));
    const previous = await readManifest(resolve(args.output));
    const moduleMarker = await needsModuleMarker(args.output, previous?.files);
    const key = await generationKey({ ...args, moduleMarker }, result.inputFiles, args.output, result.inputHashes);
    const files = outputFiles(result, key, moduleMarker);
    if (args.check) return reportDrift(args.output, await findDrift(args.output, files), report);
    const changes = await apiChanges(args.output, previous, result.schemaHash, result.document);
    const written = await writeOutput(args.output, files);
    await cacheSchema(args.output, result.schemaHash, result.documentJson ?? result.document);
    report.set("status", "written");
    report.set("written", written);
    report.info(`camelgen: wrote ${writtenCount(written.length, files.length)} to ${args.output}`);
    if (changes) report.set("changes", changes);
    changes?.forEach((line) => report.info(line));
    return 0;
  } catch (error) {
    if (error instanceof ModelError) {
      const place = placeIn(args.input, error.locate);
      error.diagnostics.filter((d) => d.severity === "error").forEach((d) => report.diagnostic(d, place));
    }
    report.set("status", "failed");
    report.problem(failureMessage(error, args.input));
    return exitCodeFor(error);
  }
}

/** `97 files`, or `3 of 97 files` when the others already held the same bytes and were left alone. */
function writtenCount(written: number, total: number): string {
  return written === total ? `${total} files` : `${written} of ${total} files`;
}

/** Everything camelgen writes into the output folder for a generation: the client, its module marker where needed, and the manifest. */
export function outputFiles(result: GenerateResult, key: GenerationKey, moduleMarker = false): EncodedFile[] {
  const files = encodeFiles(moduleMarker ? [...result.files, MODULE_MARKER] : result.files);
  return [...files, ...encodeFiles([manifestFile(files, key, result.schemaHash)])];
}

/** The change summary against the schema the output was last generated from, when that schema changed. */
async function apiChanges(output: string, previous: Manifest | undefined, schemaHash: string, document: JsonObject): Promise<string[] | undefined> {
  if (!previous || previous.schemaHash === schemaHash) return undefined;
  const before = await readCachedSchema(output, previous.schemaHash);
  if (!before) return undefined;
  const { documentChangeSummary } = await import("./change-summary.js");
  return documentChangeSummary(before, document);
}

/** README's exit codes: 3 when the network or the file system failed us, 2 for a broken overlay (like a config error), 1 for everything about the input. */
function exitCodeFor(error: unknown): number {
  if (error instanceof OverlayError) return 2;
  if (error instanceof LoadError) return error.kind === "network" ? 3 : 1;
  if (error instanceof OutputError || error instanceof ModelError) return 1;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z]+$/.test(code) ? 3 : 1;
}

function reportDrift(output: string, drift: Drift[], report: Reporter): number {
  report.set("drift", drift);
  if (drift.length === 0) {
    report.set("status", "current");
    report.info(`camelgen: ${output} is up to date`);
    return 0;
  }
  report.set("status", "stale");
  drift.forEach((d) => report.problem(`${d.state} ${output}/${d.path}`));
  report.problem(`camelgen: ${output} is out of date (${drift.length} files); run \`camelgen generate\` to update it`);
  return 1;
}

/** One paragraph naming the input and the cause (error diagnostics are printed before it). */
function failureMessage(error: unknown, input: string): string {
  if (error instanceof ModelError) {
    const count = error.diagnostics.filter((d) => d.severity === "error").length;
    return `camelgen: cannot generate a client from ${input}: ${count} error(s) above; nothing was written.`;
  }
  if (error instanceof LoadError || error instanceof OutputError || error instanceof OverlayError) return `camelgen: ${error.message}; nothing was written.`;
  const message = error instanceof Error ? error.message : String(error);
  return `camelgen: generating from ${input} failed: ${message}; nothing was written.`;
}


/** `/proc`, `/sys` or `/dev` when `output` resolves below one of them (writing there never ends well). */
function systemFolder(output: string): string | undefined {
  const target = resolve(output);
  return ["/proc", "/sys", "/dev"].find((root) => target === root || target.startsWith(`${root}/`));
}
