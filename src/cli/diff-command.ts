import { LoadError } from "../load/load-error.js";
import { loadSpec } from "../load/load-spec.js";
import { buildModel } from "../model/build-model.js";
import { ModelError } from "../model/diagnostics.js";
import type { ApiModel } from "../model/ir.js";
import { diffSpecs } from "../diff/diff-specs.js";
import { renderJson } from "../diff/render-json.js";
import { renderMarkdown } from "../diff/render-markdown.js";
import { formatDiagnostic, placeIn } from "./report.js";

export interface DiffArgs {
  old: string;
  new: string;
  json: boolean;
  failOnBreaking: boolean;
}

/** Runs `camelgen diff`; returns 1 when an input is unusable or (with --fail-on-breaking) on a breaking change, 3 when it cannot be fetched. */
export async function runDiff(args: DiffArgs, stderr: (line: string) => void, stdout: (line: string) => void): Promise<number> {
  let before: ApiModel;
  let after: ApiModel;
  try {
    before = await modelOf(args.old);
    after = await modelOf(args.new);
  } catch (error) {
    const message = failureMessage(error);
    const exitCode = error instanceof LoadError && error.kind === "network" ? 3 : 1;
    stderr(message);
    // A CI step parsing --json's stdout gets an object for a failure too.
    if (args.json) stdout(JSON.stringify({ exitCode, status: "failed", error: message.replace(/^camelgen: /, "") }));
    return exitCode;
  }
  const diff = diffSpecs(before, after);
  const report = args.json ? renderJson(diff) : renderMarkdown(diff, { old: args.old, new: args.new });
  stdout(report.replace(/\n$/, ""));
  return args.failOnBreaking && diff.summary.breaking > 0 ? 1 : 0;
}

async function modelOf(input: string): Promise<ApiModel> {
  const loaded = await loadSpec(input);
  try {
    return buildModel(loaded.document);
  } catch (error) {
    if (error instanceof ModelError) throw new DiffInputError(input, new ModelError(error.diagnostics, loaded.locate));
    throw error;
  }
}

class DiffInputError extends Error {
  constructor(
    readonly input: string,
    readonly modelError: ModelError,
  ) {
    super(`cannot compare ${input}`);
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof DiffInputError) {
    const place = placeIn(error.input, error.modelError.locate) ?? ((d) => d);
    const lines = error.modelError.diagnostics.filter((d) => d.severity === "error").map((d) => formatDiagnostic(place(d)));
    return `${lines.join("\n")}\ncamelgen: cannot compare ${error.input}: ${lines.length} error(s) above.`;
  }
  if (error instanceof LoadError) return `camelgen: ${error.message}`;
  return `camelgen: diff failed: ${error instanceof Error ? error.message : String(error)}`;
}
