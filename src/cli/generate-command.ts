import { LoadError } from "../load/load-error.js";
import { ModelError } from "../model/diagnostics.js";
import { generationKey, isUpToDate } from "./generation-key.js";
import { manifestFile } from "./manifest.js";
import { formatDiagnostic } from "./report.js";
import { findDrift, OutputError, writeOutput } from "./write-output.js";

export interface GenerateArgs {
  input: string;
  output: string;
  name?: string | undefined;
  strict: boolean;
  names?: Record<string, string> | undefined;
  validate?: "off" | "warn" | "throw" | undefined;
  check: boolean;
  /** Regenerate even when the manifest says nothing changed. */
  force: boolean;
}

/** Runs `camelgen generate`; returns the exit code. Nothing on disk changes unless all succeeded. */
export async function runGenerate(args: GenerateArgs, stderr: (line: string) => void, stdout: (line: string) => void): Promise<number> {
  try {
    if (!args.check && !args.force && (await isUpToDate(args.output, args.input, args))) {
      stdout(`camelgen: ${args.output} is up to date (nothing changed since the last generation)`);
      return 0;
    }
    // Loaded only when there is work to do, so a no-op run does not pay for the compiler and prettier.
    const { generate } = await import("../generate.js");
    const result = await generate({
      input: args.input,
      strict: args.strict,
      ...(args.name ? { name: args.name } : {}),
      ...(args.names ? { names: args.names } : {}),
      ...(args.validate ? { validate: args.validate } : {}),
    });
    result.diagnostics.forEach((d) => stderr(formatDiagnostic(d)));
    const key = await generationKey(args, result.inputFiles, args.output);
    const files = [...result.files, manifestFile(result.files, key, result.schemaHash)];
    if (args.check) return reportDrift(args.output, await findDrift(args.output, files), stdout, stderr);
    await writeOutput(args.output, files);
    stdout(`camelgen: wrote ${files.length} files to ${args.output}`);
    return 0;
  } catch (error) {
    stderr(failureMessage(error, args.input));
    return 1;
  }
}

function reportDrift(output: string, drift: Awaited<ReturnType<typeof findDrift>>, stdout: (l: string) => void, stderr: (l: string) => void): number {
  if (drift.length === 0) {
    stdout(`camelgen: ${output} is up to date`);
    return 0;
  }
  drift.forEach((d) => stderr(`${d.state} ${output}/${d.path}`));
  stderr(`camelgen: ${output} is out of date (${drift.length} files); run \`camelgen generate\` to update it`);
  return 1;
}

/** One paragraph naming the input and the cause. */
function failureMessage(error: unknown, input: string): string {
  if (error instanceof ModelError) {
    const lines = error.diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic);
    return `${lines.join("\n")}\ncamelgen: cannot generate a client from ${input}: ${lines.length} error(s) above; nothing was written.`;
  }
  if (error instanceof LoadError || error instanceof OutputError) return `camelgen: ${error.message}; nothing was written.`;
  const message = error instanceof Error ? error.message : String(error);
  return `camelgen: generating from ${input} failed: ${message}; nothing was written.`;
}
