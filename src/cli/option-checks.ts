/**
 * What yargs lets through and camelgen refuses (exit 2, before any work): a flag given twice, a
 * string flag without its value, a class name that is no identifier, and a boolean flag written
 * with a value other than true or false (`--check=yes` would otherwise silently mean false).
 */

import { CLIENT_NAME_RULE, isClientName } from "./client-name.js";

/** A usage problem found by a check: reported like yargs' own (exit 2), not as a crash. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Every boolean flag of every command, with its aliases. */
const BOOLEAN_FLAGS = new Set(["check", "force", "quiet", "q", "json", "watch", "w", "strict", "allow-missing-env", "allowMissingEnv", "fail-on-breaking", "failOnBreaking", "prebuild", "help", "version"]);

/** The problem with a `--flag=value` of a boolean flag in `argv`, if any. */
export function booleanValueProblem(argv: readonly string[]): string | undefined {
  for (const token of argv) {
    if (token === "--") return undefined;
    const match = /^--?([^=]+)=(.*)$/s.exec(token);
    if (!match || !BOOLEAN_FLAGS.has(match[1] as string)) continue;
    if (match[2] !== "true" && match[2] !== "false") return `--${match[1]} takes no value but true or false, not "${match[2]}"`;
  }
  return undefined;
}

/** A short or camelCase spelling -> the flag's name. */
const BOOLEAN_SPELLINGS: Readonly<Record<string, string>> = { q: "quiet", w: "watch", allowMissingEnv: "allow-missing-env", failOnBreaking: "fail-on-breaking" };

/**
 * The problem with a boolean flag given more than once in `argv` (`--check --check`, `-q --quiet`,
 * `--check --no-check`), if any: yargs would let the last one win.
 */
export function repeatedBooleanProblem(argv: readonly string[]): string | undefined {
  const seen = new Map<string, string>();
  for (const token of argv) {
    if (token === "--") return undefined;
    const long = /^--([^=]+)(?:=.*)?$/s.exec(token)?.[1];
    const spellings = long !== undefined ? [long] : /^-[A-Za-z]+$/.test(token) ? [...token.slice(1)] : [];
    for (const spelling of spellings) {
      const negated = spelling.startsWith("no-") && BOOLEAN_FLAGS.has(spelling.slice(3));
      const raw = negated ? spelling.slice(3) : spelling;
      if (!BOOLEAN_FLAGS.has(raw) || raw === "help" || raw === "version") continue;
      const name = BOOLEAN_SPELLINGS[raw] ?? raw;
      const written = `${spelling.length === 1 ? "-" : "--"}${spelling}`;
      const before = seen.get(name);
      if (before !== undefined) return before === written ? `${written} is given twice; give it once` : `${before} and ${written} both set --${name}; give it once`;
      seen.set(name, written);
    }
  }
  return undefined;
}

/** yargs `.check()` for a command's string flags (positionals written `<old>`): each at most once, with a non-empty value. */
export function stringFlagsCheck(names: readonly string[]): (args: Record<string, unknown>) => true {
  return (args) => {
    for (const name of names) {
      const value = args[name.replace(/^<(.*)>$/, "$1")];
      const label = name.startsWith("<") ? name : `--${name}`;
      if (Array.isArray(value)) throw new UsageError(`${label} is given ${value.length} times; give it once`);
      if (value === "") throw new UsageError(`${label} needs a value`);
      if (name === "name" && typeof value === "string" && !isClientName(value)) {
        throw new UsageError(`--name must be ${CLIENT_NAME_RULE} (a TypeScript class name), not "${value}"`);
      }
    }
    return true;
  };
}
