import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ConfigError, readConfig, type ClientConfig } from "./config.js";
import { runGenerate } from "./generate-command.js";
import { clientsResult, Reporter, usageErrorJson } from "./reporter.js";

/** What `camelgen` says in a folder with neither a config nor `--input`. */
export const HOW_TO_START =
  "camelgen: no camelgen.config.json here and no --input; start with `npx camelgen init` (writes the config and npm scripts), or pass --input <file|url> --output <dir>";

/** Flags of `camelgen generate`; set ones override camelgen.config.json. */
export interface GenerateFlags {
  input?: string | undefined;
  output?: string | undefined;
  name?: string | undefined;
  strict?: boolean | undefined;
  format?: "prettier" | undefined;
  /** `--overlay`, repeatable: replaces the config's `overlays`. */
  overlays?: string[] | undefined;
  check: boolean;
  force: boolean;
  quiet?: boolean | undefined;
  json?: boolean | undefined;
}

type Print = (line: string) => void;

/** Generates every client of camelgen.config.json (or the one the flags describe); the worst exit code wins. */
export async function runGenerateCommand(flags: GenerateFlags, stderr: Print, stdout: Print): Promise<number> {
  // Refusals come before any work; with --json they are one object on stdout too, as yargs' usage errors are.
  const refuse = (message: string): number => {
    stderr(`camelgen: ${message}`);
    if (flags.json) stdout(usageErrorJson(message));
    return 2;
  };
  let configured: ClientConfig[] | undefined;
  try {
    configured = await readConfig(process.cwd());
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return refuse(error.message);
  }
  if (configured === undefined && flags.input === undefined) return refuse(HOW_TO_START.replace(/^camelgen: /, ""));
  const clients = configured ?? [{}];
  if (clients.length > 1 && (flags.input !== undefined || flags.output !== undefined)) {
    return refuse("--input and --output name one client, but camelgen.config.json lists several; edit the file or run without them");
  }
  const located = clients.map((client) => ({ client, input: flags.input ?? client.input, output: flags.output ?? client.output }));
  const unset = located.findIndex(({ input, output }) => input === undefined || output === undefined);
  const missing = located[unset];
  if (missing !== undefined) {
    const key = missing.input === undefined ? "input" : "output";
    const flag = `--${key} ${key === "input" ? "<file|url>" : "<dir>"}`;
    return refuse(
      configured === undefined
        ? `--input needs ${flag} too (there is no camelgen.config.json here to name it)`
        : `camelgen.config.json sets no "${clients.length > 1 ? `clients[${unset}].` : ""}${key}"; set it there, or pass ${flag}`,
    );
  }
  const mode = flags.json ? "json" : flags.quiet ? "quiet" : "normal";
  // With --json, several clients each get their own object, so one client's status never hides another's.
  if (mode !== "json" || located.length === 1) {
    const report = new Reporter(mode, stdout, stderr);
    let exitCode = 0;
    for (const client of located) exitCode = Math.max(exitCode, await generateClient(client, flags, report));
    report.finish(exitCode);
    return exitCode;
  }
  const results: Record<string, unknown>[] = [];
  for (const client of located) {
    const report = new Reporter("json", stdout, stderr);
    results.push(report.result(await generateClient(client, flags, report)));
  }
  const combined = clientsResult(results);
  stdout(JSON.stringify(combined));
  return combined.exitCode;
}

interface LocatedClient {
  client: ClientConfig;
  input?: string | undefined;
  output?: string | undefined;
}

/** Generates one client, the flags winning over its config; returns its exit code. */
async function generateClient({ client, input, output }: LocatedClient, flags: GenerateFlags, report: Reporter): Promise<number> {
  if (input === undefined || output === undefined) return 0;
  if (client.source !== undefined && flags.input === undefined && !existsSync(input)) {
    // The first run after `init --input <url>`: the snapshot is not pulled yet.
    report.set("output", output);
    report.set("status", "failed");
    report.problem(`camelgen: ${input} does not exist yet; run \`camelgen pull\` to fetch it from ${client.source}; nothing was written.`);
    return 1;
  }
  return runGenerate(
    {
      input,
      output,
      name: flags.name ?? client.name,
      strict: flags.strict ?? client.strict ?? false,
      names: client.names,
      typeNames: client.typeNames,
      pagination: client.pagination,
      // Streams name operations of the client's own schema; another one given by --input has others.
      streams: flags.input === undefined || (client.input !== undefined && resolve(flags.input) === resolve(client.input)) ? client.streams : undefined,
      validate: client.validate,
      overlays: flags.overlays ?? client.overlays,
      openEnums: client.openEnums,
      format: flags.format ?? client.format,
      importExtension: client.importExtension,
      check: flags.check,
      force: flags.force,
    },
    report,
  );
}
