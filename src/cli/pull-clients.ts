import { LoadError } from "../load/load-error.js";
import { ConfigError, readConfig, type ClientConfig } from "./config.js";
import { changeSummary } from "./change-summary.js";
import { pull } from "./pull-command.js";

export interface PullFlags {
  source?: string | undefined;
  output?: string | undefined;
  /** A configured header whose variable is unset is left out with a warning instead of failing. */
  allowMissingEnv?: boolean | undefined;
}

type Print = (line: string) => void;

/** Exit codes (README): 0 ok, 2 usage or config, 3 network or I/O. */
export async function runPullCommand(flags: PullFlags, stderr: Print, stdout: Print): Promise<number> {
  let clients: ClientConfig[];
  try {
    clients = (await readConfig(process.cwd())) ?? [{}];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr(`camelgen: ${error.message}`);
    return 2;
  }
  if (clients.length > 1 && (flags.source !== undefined || flags.output !== undefined)) {
    stderr("camelgen: --source and --output name one schema, but camelgen.config.json lists several clients");
    return 2;
  }
  let exitCode = 0;
  for (const client of clients) {
    const source = flags.source ?? client.source;
    const snapshot = flags.output ?? client.input;
    if (snapshot === undefined) {
      stderr(`camelgen: no snapshot file to write; pass --output <file> or set "input" in camelgen.config.json (\`npx camelgen init --input <url>\` sets both)`);
      exitCode = Math.max(exitCode, 2);
      continue;
    }
    // Of several clients, one that reads a local schema has nothing to pull; one alone is a mistake.
    if (source === undefined && clients.length > 1 && clients.some((other) => other.source !== undefined)) {
      stdout(`camelgen: ${snapshot} has no "source"; nothing to pull for it`);
      continue;
    }
    if (source === undefined) {
      stderr(`camelgen: no source to pull ${snapshot} from; pass --source <url> or set "source" in camelgen.config.json`);
      exitCode = Math.max(exitCode, 2);
      continue;
    }
    const unset = Object.entries(client.headers ?? {}).filter(([, variable]) => process.env[variable] === undefined);
    for (const [header, variable] of unset) {
      const what = `the ${header} header of camelgen.config.json needs the environment variable ${variable}, which is not set`;
      stderr(flags.allowMissingEnv === true ? `camelgen: warning: ${what}; pulling without it (--allow-missing-env)` : `camelgen: ${what}; set it, or pass --allow-missing-env to pull without the header`);
    }
    if (unset.length > 0 && flags.allowMissingEnv !== true) {
      exitCode = Math.max(exitCode, 2);
      continue;
    }
    exitCode = Math.max(exitCode, await pullOne(source, snapshot, client.headers, stderr, stdout));
  }
  return exitCode;
}

async function pullOne(source: string, snapshot: string, headerEnv: Record<string, string> | undefined, stderr: Print, stdout: Print): Promise<number> {
  try {
    const result = await pull({ source, snapshot, headerEnv });
    if (result.kind === "unchanged") {
      stdout(`camelgen: ${snapshot} is current with ${source}`);
      return 0;
    }
    stdout(`camelgen: updated ${snapshot} from ${source}`);
    const summary = result.previous === undefined ? undefined : changeSummary(result.previous, result.current, snapshot);
    summary?.forEach((line) => stdout(line));
    return 0;
  } catch (error) {
    if (error instanceof LoadError) {
      stderr(`camelgen: ${error.message}; ${snapshot} was left as it was.`);
      return error.kind === "network" ? 3 : 1;
    }
    stderr(`camelgen: writing ${snapshot} failed: ${(error as Error).message}; any previous snapshot is kept.`);
    return 3;
  }
}
