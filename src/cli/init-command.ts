import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { isUrl } from "../load/read-input.js";
import { CLIENT_NAME_RULE, isClientName } from "./client-name.js";
import { CONFIG_FILES } from "./config.js";
import { initConfigText, type InitChoices } from "./init-config-text.js";
import { addScripts, PackageJsonError, readPackageJson, type PackageJson } from "./package-scripts.js";

export interface InitFlags {
  input?: string | undefined;
  output?: string | undefined;
  name?: string | undefined;
  /** Add a `prebuild` script that generates before every build; asked for on a terminal when not given. */
  prebuild?: boolean | undefined;
  /** Replace an existing camelgen.config.json. */
  force?: boolean | undefined;
}

/** Asks one question on the terminal and resolves to the answer (trimmed); absent when stdin is not a TTY. */
export type Ask = (question: string) => Promise<string>;

type Print = (line: string) => void;

export const DEFAULT_OUTPUT = "src/generated/api";
/** Where the schema of a URL given to init is pinned (`camelgen pull` writes it, `generate` reads it). */
export const DEFAULT_SNAPSHOT = "schema/openapi.yaml";

/**
 * `camelgen init`: writes a commented camelgen.config.json in `dir` and adds the npm scripts.
 * Exit codes: 0 done, 2 usage (no input without a terminal, a missing input file, a config that
 * exists without --force, checked before any question, an unreadable package.json), 3 a file that
 * cannot be written.
 */
export async function runInit(dir: string, flags: InitFlags, ask: Ask | undefined, stderr: Print, stdout: Print): Promise<number> {
  const existing = existingConfigProblem(dir, flags);
  const answers = ask === undefined || existing !== undefined ? flags : await askMissing(dir, flags, ask, stderr);
  const problem = existing ?? usageProblem(dir, answers);
  if (problem !== undefined) {
    stderr(`camelgen: ${problem}`);
    return 2;
  }
  const input = answers.input ?? "";
  const url = isUrl(input);
  let pkg: PackageJson | undefined;
  try {
    pkg = await readPackageJson(join(dir, "package.json"));
  } catch (error) {
    stderr(`camelgen: ${error instanceof PackageJsonError ? "" : "reading "}${(error as Error).message}; nothing was written`);
    return error instanceof PackageJsonError ? 2 : 3;
  }
  const output = answers.output ?? DEFAULT_OUTPUT;
  const choices: InitChoices = url ? { input: DEFAULT_SNAPSHOT, output, name: answers.name, source: input } : { input, output, name: answers.name };
  const scripts = { generate: "camelgen", "generate:check": "camelgen --check", ...(url ? { pull: "camelgen pull" } : {}), ...(answers.prebuild === true ? { prebuild: "camelgen" } : {}) };
  try {
    await writeFile(join(dir, CONFIG_FILES[0]), initConfigText(choices));
    stdout(`camelgen: wrote ${CONFIG_FILES[0]} (input ${choices.input}, output ${choices.output}${choices.source ? `, source ${choices.source}` : ""})`);
    reportScripts(pkg === undefined ? undefined : await addScripts(pkg, scripts), scripts, stdout);
    if (answers.prebuild === true && pkg !== undefined && pkg.scripts["build"] === undefined)
      stdout('camelgen: package.json has no "build" script; npm runs "prebuild" only before one, so add it or run npm run generate yourself');
  } catch (error) {
    stderr(`camelgen: init failed: ${(error as Error).message}`);
    return 3;
  }
  const run = (script: "pull" | "generate") => (pkg === undefined ? `npx camelgen${script === "pull" ? " pull" : ""}` : `npm run ${script}`);
  stdout(`Next: ${url ? `${run("pull")} && ${run("generate")}` : run("generate")}`);
  return 0;
}

/** Why init cannot go on with these answers (exit 2), if it cannot. */
function usageProblem(dir: string, answers: InitFlags): string | undefined {
  const { input, name } = answers;
  if (input === undefined || input === "") return "init needs the OpenAPI document: pass --input <file|url> (without a terminal on stdin, init asks nothing)";
  const missing = inputProblem(dir, input);
  if (missing !== undefined) return `${missing}; pass --input with the OpenAPI document's path or URL`;
  const badName = name === undefined ? undefined : nameProblem(name);
  if (badName !== undefined) return badName;
  return undefined;
}

/** A config init must not replace, found before any question is asked. */
function existingConfigProblem(dir: string, flags: InitFlags): string | undefined {
  const existing = CONFIG_FILES.filter((file) => existsSync(join(dir, file)));
  if (existing.includes("camelgen.config.mjs")) return "camelgen.config.mjs already exists; edit it";
  if (existing.length > 0 && flags.force !== true) return `${existing.join(" and ")} already exists; edit it, or pass --force to replace it`;
  return undefined;
}

function inputProblem(dir: string, input: string): string | undefined {
  return isUrl(input) || existsSync(resolve(dir, input)) ? undefined : `${input}: no such file`;
}

function nameProblem(name: string): string | undefined {
  return isClientName(name) ? undefined : `the client name must be ${CLIENT_NAME_RULE} (a TypeScript class name), not "${name}"`;
}

function reportScripts(result: { added: string[]; kept: string[] } | undefined, scripts: Record<string, string>, stdout: Print): void {
  if (result === undefined) {
    stdout("camelgen: no package.json here; scripts to add to yours:");
    Object.entries(scripts).forEach(([name, command]) => stdout(`  "${name}": "${command}"`));
    return;
  }
  if (result.added.length > 0) stdout(`camelgen: added npm scripts: ${result.added.join(", ")}`);
  result.kept.forEach((name) => stdout(`camelgen: kept your own "${name}" script; camelgen's would be "${scripts[name]}"`));
}

/** On a terminal: asks for what the flags did not give, again after an input file that does not exist or a bad name. */
async function askMissing(dir: string, flags: InitFlags, ask: Ask, stderr: Print): Promise<InitFlags> {
  const input = flags.input ?? (await askUntil(ask, "OpenAPI document (file path or http(s) URL): ", (answer) => inputProblem(dir, answer), stderr));
  const output = flags.output ?? ((await ask(`Output folder for the client (${DEFAULT_OUTPUT}): `)) || DEFAULT_OUTPUT);
  const name = flags.name ?? ((await askUntil(ask, "Client class name (empty: from the document's info.title): ", nameProblem, stderr)) || undefined);
  const prebuild = flags.prebuild ?? /^y(es)?$/i.test(await ask("Generate before every build (a prebuild script)? (y/N): "));
  return { ...flags, input, output, name, prebuild };
}

/** Asks until the answer is empty (left to the usage check) or `problem` finds nothing wrong with it. */
async function askUntil(ask: Ask, question: string, problem: (answer: string) => string | undefined, stderr: Print): Promise<string> {
  for (;;) {
    const answer = await ask(question);
    const wrong = answer === "" ? undefined : problem(answer);
    if (wrong === undefined) return answer;
    stderr(`camelgen: ${wrong}`);
  }
}
