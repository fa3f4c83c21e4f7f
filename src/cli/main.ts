import { GENERATOR_VERSION } from "../version.js";
import { runGenerateCommand } from "./generate-clients.js";
import { CONFIG_KEYS, DIFF_EXIT_CODES, GENERATE_EXIT_CODES, INIT_CONFIG_KEYS, INIT_EXIT_CODES, PULL_CONFIG_KEYS, PULL_EXIT_CODES } from "./help-text.js";
import { booleanValueProblem, repeatedBooleanProblem, stringFlagsCheck, UsageError } from "./option-checks.js";
import { plainGenerateFlags } from "./plain-argv.js";
import { usageErrorJson } from "./reporter.js";

/** Parses argv and runs the command; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const stderr = (line: string) => process.stderr.write(`${line}\n`);
  const stdout = (line: string) => process.stdout.write(`${line}\n`);
  const usage = (message: string) => {
    // yargs may report more than one problem of one command line; the first says enough.
    if (exitCode !== 0) return;
    stderr(`camelgen: ${message}\nRun \`camelgen --help\` for usage.`);
    // A CI tool that asked for --json reads stdout even when the command line itself is wrong.
    if (argv.includes("--json")) stdout(usageErrorJson(message));
    exitCode = 2;
  };
  const badBoolean = booleanValueProblem(argv) ?? repeatedBooleanProblem(argv);
  if (badBoolean !== undefined) {
    usage(badBoolean);
    return exitCode;
  }
  // A plain generate run (the no-op path) does not load yargs; everything else is yargs' to read.
  const plain = plainGenerateFlags(argv);
  if (plain !== undefined) return runGenerateCommand(plain, stderr, stdout);
  const { default: yargs } = await import("yargs");
  await yargs(argv)
    .scriptName("camelgen")
    .version(GENERATOR_VERSION)
    .strict()
    .command(
      ["generate", "$0"],
      "Generate a typed TypeScript client from an OpenAPI document (the clients of camelgen.config.json when it exists)",
      (y) =>
        y
          .option("input", { alias: "i", type: "string", describe: "OpenAPI file path or http(s) URL (default: the config's input)" })
          .option("output", { alias: "o", type: "string", describe: "Folder to write the client into (default: the config's output)" })
          .option("name", { type: "string", describe: "Client class name (default: the config's name, else from info.title)" })
          .option("strict", { type: "boolean", describe: "Treat warnings as errors" })
          .option("format", { type: "string", choices: ["prettier"], describe: "Format the output with prettier and your prettier config (default: camelgen's fixed style)" })
          .option("overlay", { type: "string", array: true, requiresArg: true, describe: "Overlay file applied to the input before generation; repeat for several, applied in order (replaces \"overlays\" of camelgen.config.json)" })
          .option("check", { type: "boolean", default: false, describe: "Write nothing; exit 1 if the output folder is not current" })
          .option("force", { type: "boolean", default: false, describe: "Regenerate even when nothing changed since the last run" })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: "Print nothing but errors" })
          .option("json", { type: "boolean", default: false, describe: "Print one JSON object: status, drift and diagnostics" })
          .option("watch", { alias: "w", type: "boolean", default: false, describe: "Regenerate whenever a local input file changes" })
          .check(stringFlagsCheck(["input", "output", "name", "format"]))
          .epilogue(`${GENERATE_EXIT_CODES}\n\n${CONFIG_KEYS}\n\nNo config yet? \`npx camelgen init\` writes one.`),
      async (args) => {
        // A usage error has already been reported (exit 2); yargs still calls the handler.
        if (exitCode !== 0) return;
        const flags = { input: args.input, output: args.output, name: args.name, strict: args.strict, format: args.format as "prettier" | undefined, overlays: args.overlay, check: args.check, force: args.force, quiet: args.quiet, json: args.json };
        exitCode = args.watch
          ? await (await import("./watch.js")).watchAndGenerate(flags, stderr, stdout)
          : await runGenerateCommand(flags, stderr, stdout);
      },
    )
    .command(
      "init",
      "Write a commented camelgen.config.json and add the npm scripts (asks on a terminal, takes flags otherwise)",
      (y) =>
        y
          .option("input", { alias: "i", type: "string", describe: "The OpenAPI document: a file, or an http(s) URL (then pinned by `camelgen pull`)" })
          .option("output", { alias: "o", type: "string", describe: "Folder for the client (default: src/generated/api)" })
          .option("name", { type: "string", describe: "Client class name (default: from info.title)" })
          .option("prebuild", { type: "boolean", describe: "Also add a prebuild script that generates before every build" })
          .option("force", { type: "boolean", default: false, describe: "Replace an existing camelgen.config.json" })
          .check(stringFlagsCheck(["input", "output", "name"]))
          .epilogue(`${INIT_CONFIG_KEYS}\n\n${INIT_EXIT_CODES}`),
      async (args) => {
        if (exitCode !== 0) return;
        const { runInit } = await import("./init-command.js");
        const ask = process.stdin.isTTY ? (await import("./terminal-ask.js")).terminalAsk() : undefined;
        try {
          exitCode = await runInit(process.cwd(), { input: args.input, output: args.output, name: args.name, prebuild: args.prebuild, force: args.force }, ask?.ask, stderr, stdout);
        } finally {
          ask?.close();
        }
      },
    )
    .command(
      "pull",
      "Fetch the remote schema into the pinned snapshot that `generate` reads (ETag-aware)",
      (y) =>
        y
          .option("source", { type: "string", describe: "Schema URL (default: \"source\" in camelgen.config.json)" })
          .option("output", { alias: "o", type: "string", describe: "Snapshot file to write (default: the config's input)" })
          .option("allow-missing-env", { type: "boolean", default: false, describe: "Send the request without a configured header whose environment variable is unset (a warning, not an error)" })
          .check(stringFlagsCheck(["source", "output"]))
          .epilogue(`${PULL_CONFIG_KEYS}\n\n${PULL_EXIT_CODES}`),
      async (args) => {
        if (exitCode !== 0) return;
        // Each command loads its modules when it runs: a no-op generate never loads the parser or the compiler.
        const { runPullCommand } = await import("./pull-clients.js");
        exitCode = await runPullCommand({ source: args.source, output: args.output, allowMissingEnv: args.allowMissingEnv }, stderr, stdout);
      },
    )
    .command(
      "diff <old> <new>",
      "Report the client-visible changes between two OpenAPI documents, breaking ones marked",
      (y) =>
        y
          .positional("old", { type: "string", describe: "The earlier OpenAPI file path or http(s) URL" })
          .positional("new", { type: "string", describe: "The later OpenAPI file path or http(s) URL" })
          .option("json", { type: "boolean", default: false, describe: "Print the report as JSON" })
          .option("fail-on-breaking", { type: "boolean", default: false, describe: "Exit 1 when any change is breaking" })
          .check(stringFlagsCheck(["<old>", "<new>"]))
          .epilogue(DIFF_EXIT_CODES),
      async (args) => {
        if (exitCode !== 0 || args.old === undefined || args.new === undefined) return;
        const { runDiff } = await import("./diff-command.js");
        exitCode = await runDiff({ old: args.old, new: args.new, json: args.json, failOnBreaking: args.failOnBreaking }, stderr, stdout);
      },
    )
    .epilogue("Run `camelgen <command> --help` for a command's options and exit codes.\n")
    .wrap(100)
    .fail((message, error) => {
      if (error && !(error instanceof UsageError)) throw error;
      usage(error?.message ?? message);
    })
    .help()
    .parseAsync();
  return exitCode;
}
