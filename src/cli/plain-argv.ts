import { isClientName } from "./client-name.js";
import type { GenerateFlags } from "./generate-clients.js";

/** `generate`'s string options by every spelling the fast path accepts. */
const STRING_OPTIONS: Readonly<Record<string, "input" | "output" | "name" | "format">> = {
  "--input": "input",
  "-i": "input",
  "--output": "output",
  "-o": "output",
  "--name": "name",
  "--format": "format",
};

const BOOLEAN_OPTIONS: Readonly<Record<string, "strict" | "check" | "force" | "quiet" | "json">> = {
  "--strict": "strict",
  "--check": "check",
  "--force": "force",
  "--quiet": "quiet",
  "-q": "quiet",
  "--json": "json",
};

/**
 * The flags of a plain `camelgen [generate] [options]` run, read without yargs (whose loading is
 * most of a no-op run's time). Only the unambiguous spellings are read here: each option at most
 * once, `--opt value`, `--opt=value` or `-o value` with a value that does not start with `-`, and
 * boolean flags alone. Anything else (help, version, other commands, watch, negations, unknown or
 * repeated options) is undefined, and yargs reads it, with its usage errors.
 */
export function plainGenerateFlags(argv: readonly string[]): GenerateFlags | undefined {
  const flags: GenerateFlags = { check: false, force: false, quiet: false, json: false };
  const seen = new Set<string>();
  const args = argv[0] === "generate" ? argv.slice(1) : argv;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const option = equals === -1 ? arg : arg.slice(0, equals);
    const flag = BOOLEAN_OPTIONS[option];
    const named = STRING_OPTIONS[option];
    const key = flag ?? named;
    if (key === undefined || seen.has(key)) return undefined;
    seen.add(key);
    if (flag !== undefined) {
      if (equals !== -1) return undefined;
      flags[flag] = true;
      continue;
    }
    const value = equals === -1 ? args[++i] : arg.slice(equals + 1);
    if (value === undefined || value === "" || value.startsWith("-")) return undefined;
    if (named === "format") {
      if (value !== "prettier") return undefined;
      flags.format = value;
    } else if (named === "name" && !isClientName(value)) {
      return undefined;
    } else if (named !== undefined) {
      flags[named] = value;
    }
  }
  return flags;
}
