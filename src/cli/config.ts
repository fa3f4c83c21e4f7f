import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { dirname, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { ParseError } from "jsonc-parser";
import type { PaginationConfig } from "../model/pagination-config.js";
import { CLIENT_NAME_RULE, isClientName } from "./client-name.js";
import { lineIndex } from "../load/text-position.js";
import { paginationProblem } from "./pagination-config.js";
import type { StreamsConfig } from "../model/stream-config.js";
import { streamsProblem } from "./streams-config.js";

/** The config files looked for, in the working directory; at most one may exist. */
export const CONFIG_FILES = ["camelgen.config.json", "camelgen.config.mjs"] as const;

export type ValidateMode = "off" | "warn" | "throw";

/** One client to generate; every field may also come from a CLI flag, which wins. */
export interface ClientConfig {
  input?: string;
  output?: string;
  name?: string;
  names?: Record<string, string>;
  typeNames?: Record<string, string>;
  validate?: ValidateMode;
  /** Page styles by operationId, for lists whose shape cannot be inferred. */
  pagination?: PaginationConfig;
  /** Streams the schema does not describe, by operationId. */
  streams?: StreamsConfig;
  strict?: boolean;
  /** "prettier": format the output with the user's prettier config instead of camelgen's fixed style. */
  format?: "prettier";
  /** Where `camelgen pull` fetches the schema from; `input` is the snapshot it writes. */
  source?: string;
  /** Headers for `pull`, each read from an environment variable: header name -> variable name. */
  headers?: Record<string, string>;
  /** Overlay 1.0/1.1 files applied in order to the input before generation (resolved against the config file's folder). */
  overlays?: string[];
  /** Response-side enums accept unlisted values (`"A" | "B" | (string & {})`); request types stay closed. */
  openEnums?: boolean;
  /** The extension of every relative import specifier in the output: ".js" (default) or ".ts" (Deno, `rewriteRelativeImportExtensions`). */
  importExtension?: ".js" | ".ts";
}

/** A config file problem, naming the file and the key. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

type Check = (value: unknown) => boolean;

const CLIENT_KEYS: Record<keyof ClientConfig, [Check, string]> = {
  // generate reads a pinned file, never the network: a URL belongs in "source", fetched by `camelgen pull`.
  input: [(v) => typeof v === "string" && v !== "" && !/^https?:\/\//i.test(v), `a file path (a URL goes in "source", and \`camelgen pull\` writes it to "input")`],
  output: [(v) => typeof v === "string" && v !== "", "a non-empty string"],
  name: [(v) => typeof v === "string" && isClientName(v), CLIENT_NAME_RULE],
  names: [(v) => isPlainObject(v) && Object.values(v).every((n) => typeof n === "string"), "an object of operationId -> method name strings"],
  typeNames: [(v) => isPlainObject(v) && Object.values(v).every((n) => typeof n === "string"), "an object of component schema name -> type name strings"],
  validate: [(v) => v === "off" || v === "warn" || v === "throw", `"off", "warn" or "throw"`],
  pagination: [(v) => isPlainObject(v), "an object of operationId -> page style"],
  streams: [(v) => isPlainObject(v), "an object of operationId -> stream"],
  strict: [(v) => typeof v === "boolean", "true or false"],
  format: [(v) => v === "prettier", `"prettier"`],
  source: [(v) => typeof v === "string" && /^https?:\/\//i.test(v), "an http(s) URL"],
  headers: [(v) => isPlainObject(v) && Object.values(v).every((n) => typeof n === "string"), "an object of header name -> environment variable name"],
  overlays: [(v) => Array.isArray(v) && v.every((f) => typeof f === "string" && f !== ""), "an array of overlay file paths"],
  openEnums: [(v) => typeof v === "boolean", "true or false"],
  importExtension: [(v) => v === ".js" || v === ".ts", `".js" or ".ts"`],
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads the config from `dir`: camelgen.config.json (comments allowed), or camelgen.config.mjs whose default export is
 * the same object (for comments and computed values). Either `{ "clients": [ {...}, ... ] }` or a
 * single client's keys at the top level. Undefined when there is none; ConfigError for anything malformed.
 */
export async function readConfig(dir: string): Promise<ClientConfig[] | undefined> {
  const found = CONFIG_FILES.map((name) => resolve(dir, name)).filter((path) => existsSync(path));
  if (found.length > 1) throw new ConfigError(`${found.join(" and ")}: two config files; keep one`);
  const path = found[0];
  if (path === undefined) return undefined;
  const parsed = path.endsWith(".mjs") ? await importModule(path) : parseJson(path, await readFile(path, "utf8"));
  if (!isPlainObject(parsed)) throw new ConfigError(`${path}: the top level must be an object`);
  if (!("clients" in parsed)) return [checkClient(parsed, path, "")];
  const { clients, ...rest } = parsed;
  const unknown = Object.keys(rest).filter((k) => k !== "$schema");
  if (unknown.length > 0) throw new ConfigError(`${path}: unknown key "${unknown[0]}" beside "clients"`);
  if (!Array.isArray(clients) || clients.length === 0) throw new ConfigError(`${path}: "clients" must be a non-empty array`);
  const checked = clients.map((client, i) => checkClient(client, path, `clients[${i}].`));
  checkSeparateOutputs(checked, dir, path);
  return checked;
}

/** Two clients writing one folder (or one inside the other) would replace each other's files on every run. */
function checkSeparateOutputs(clients: ClientConfig[], dir: string, path: string): void {
  const folders = clients.map((client) => (client.output === undefined ? undefined : resolve(dir, client.output)));
  folders.forEach((a, i) =>
    folders.slice(0, i).forEach((b, j) => {
      if (a === undefined || b === undefined) return;
      const [outer, inner] = a.length <= b.length ? [a, b] : [b, a];
      if (inner !== outer && !inner.startsWith(outer.endsWith(sep) ? outer : `${outer}${sep}`)) return;
      const where = a === b ? "the same folder" : "one folder inside the other";
      const [first, second] = [clients[j]?.output, clients[i]?.output].map((output) => JSON.stringify(output));
      throw new ConfigError(`${path}: "clients[${j}].output" (${first}) and "clients[${i}].output" (${second}) are ${where}; give each client its own folder`);
    }),
  );
}

/**
 * JSON as tsconfig.json is written: `//` and `/* *\/` comments and trailing commas allowed, and a
 * byte order mark (Windows editors write one; npm and tsc read such files). An error names its line and column.
 */
function parseJson(path: string, text: string): unknown {
  const { parse, printParseErrorCode } = createRequire(import.meta.url)("jsonc-parser") as typeof import("jsonc-parser");
  const json = text.replace(/^\uFEFF/, "");
  const errors: ParseError[] = [];
  const value: unknown = parse(json, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first === undefined) return value;
  const { line, column } = lineIndex(json)(first.offset);
  throw new ConfigError(`${path}:${line}:${column}: not valid JSON (${printParseErrorCode(first.error)})`);
}

async function importModule(path: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    throw new ConfigError(`${path}: cannot be imported (${(error as Error).message})`);
  }
  if (module.default === undefined) throw new ConfigError(`${path}: has no default export; export the config object as default`);
  return module.default;
}

function checkClient(raw: unknown, path: string, at: string): ClientConfig {
  if (!isPlainObject(raw)) throw new ConfigError(`${path}: ${at || "the top level"} must be an object`);
  for (const [key, value] of Object.entries(raw)) {
    if (key === "$schema" && at === "") continue;
    const rule = (CLIENT_KEYS as Record<string, [Check, string] | undefined>)[key];
    if (!rule) throw new ConfigError(`${path}: unknown key "${at}${key}" (known: ${Object.keys(CLIENT_KEYS).join(", ")})`);
    if (!rule[0](value)) throw new ConfigError(`${path}: "${at}${key}" must be ${rule[1]}, not ${JSON.stringify(value)}`);
    const problem = key === "pagination" ? paginationProblem(value) : key === "streams" ? streamsProblem(value) : undefined;
    if (problem) throw new ConfigError(`${path}: "${at}${key}${problem[0]}" ${problem[1]}`);
  }
  const { $schema: _ignored, ...client } = raw;
  const config = client as ClientConfig;
  if (config.overlays) config.overlays = config.overlays.map((file) => resolve(dirname(path), file));
  return config;
}
