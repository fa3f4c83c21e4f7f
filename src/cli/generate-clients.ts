import { resolve } from "node:path";
import { ConfigError, readConfig, type ClientConfig } from "./config.js";
import { runGenerate } from "./generate-command.js";
import { Reporter } from "./reporter.js";

export const DEFAULT_INPUT = "fixtures/camelai/openapi.yaml";
export const DEFAULT_OUTPUT = "generated/camelai";

/** Flags of `camelgen generate`; set ones override camelgen.config.json. */
export interface GenerateFlags {
  input?: string | undefined;
  output?: string | undefined;
  name?: string | undefined;
  strict?: boolean | undefined;
  format?: "prettier" | undefined;
  check: boolean;
  force: boolean;
  quiet?: boolean | undefined;
  json?: boolean | undefined;
}

type Print = (line: string) => void;

/** Generates every client of camelgen.config.json (or the one the flags describe); the worst exit code wins. */
export async function runGenerateCommand(flags: GenerateFlags, stderr: Print, stdout: Print): Promise<number> {
  let configured: ClientConfig[] | undefined;
  try {
    configured = await readConfig(process.cwd());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr(`camelgen: ${error.message}`);
    return 2;
  }
  const clients = configured ?? [{}];
  if (clients.length > 1 && (flags.input !== undefined || flags.output !== undefined)) {
    stderr("camelgen: --input and --output name one client, but camelgen.config.json lists several; edit the file or run without them");
    return 2;
  }
  const report = new Reporter(flags.json ? "json" : flags.quiet ? "quiet" : "normal", stdout, stderr);
  let exitCode = 0;
  for (const client of clients) {
    const code = await runGenerate(
      {
        input: flags.input ?? client.input ?? DEFAULT_INPUT,
        output: flags.output ?? client.output ?? DEFAULT_OUTPUT,
        name: flags.name ?? client.name,
        strict: flags.strict ?? client.strict ?? false,
        names: client.names,
        typeNames: client.typeNames,
        pagination: client.pagination,
        // Streams name operations of the client's own schema; another one given by --input has others.
        streams: flags.input === undefined || resolve(flags.input) === resolve(client.input ?? DEFAULT_INPUT) ? client.streams : undefined,
        validate: client.validate,
        format: flags.format ?? client.format,
        check: flags.check,
        force: flags.force,
      },
      report,
    );
    exitCode = Math.max(exitCode, code);
  }
  report.finish(exitCode);
  return exitCode;
}
