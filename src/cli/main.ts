import yargs from "yargs";
import { GENERATOR_VERSION } from "../version.js";
import { runGenerate } from "./generate-command.js";

export const DEFAULT_INPUT = "fixtures/camelai/openapi.yaml";
export const DEFAULT_OUTPUT = "generated/camelai";

/** Parses argv and runs the command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const stderr = (line: string) => process.stderr.write(`${line}\n`);
  const stdout = (line: string) => process.stdout.write(`${line}\n`);
  await yargs(argv)
    .scriptName("camelgen")
    .version(GENERATOR_VERSION)
    .strict()
    .command(
      "generate",
      "Generate a typed TypeScript client from an OpenAPI document",
      (y) =>
        y
          .option("input", { alias: "i", type: "string", default: DEFAULT_INPUT, describe: "OpenAPI file path or http(s) URL" })
          .option("output", { alias: "o", type: "string", default: DEFAULT_OUTPUT, describe: "Folder to write the client into" })
          .option("name", { type: "string", describe: "Client class name (default: from info.title)" })
          .option("strict", { type: "boolean", default: false, describe: "Treat warnings as errors" })
          .option("check", { type: "boolean", default: false, describe: "Write nothing; exit 1 if the output folder is not current" }),
      async (args) => {
        exitCode = await runGenerate(
          { input: args.input, output: args.output, name: args.name, strict: args.strict, check: args.check },
          stderr,
          stdout,
        );
      },
    )
    .demandCommand(1, "Name a command, e.g. `camelgen generate`.")
    .fail((message, error) => {
      if (error) throw error;
      stderr(`camelgen: ${message}\nRun \`camelgen --help\` for usage.`);
      exitCode = 2;
    })
    .help()
    .parseAsync();
  return exitCode;
}

