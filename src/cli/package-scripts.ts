import { readFile, writeFile } from "node:fs/promises";
import { firstNonSpace, objectSpan } from "./json-object-span.js";

/** What adding scripts to package.json did: the scripts added, and the ones kept because the user has their own. */
export interface ScriptsResult {
  added: string[];
  kept: string[];
}

/** package.json as read: its text and its scripts. */
export interface PackageJson {
  path: string;
  text: string;
  scripts: Record<string, unknown>;
}

/** A package.json camelgen cannot add scripts to (not a JSON object): a usage error, not an I/O failure. */
export class PackageJsonError extends Error {
  override name = "PackageJsonError";
}

/** Reads and parses package.json; undefined when there is none; PackageJsonError when it is not a JSON object. */
export async function readPackageJson(path: string): Promise<PackageJson | undefined> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return undefined;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new PackageJsonError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(data)) throw new PackageJsonError(`${path}: not a JSON object`);
  const scripts = data["scripts"] ?? {};
  if (!isObject(scripts)) throw new PackageJsonError(`${path}: "scripts" is not an object`);
  return { path, text, scripts };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Adds each script the package does not have yet. Only the new entries are inserted, before the
 * closing brace of "scripts" (or a new "scripts" at the end): every other byte of the file stays
 * as it was, and the new lines take the file's indentation and line ends. A script the user already
 * has, with other text, is kept and reported.
 */
export async function addScripts(pkg: PackageJson, wanted: Record<string, string>): Promise<ScriptsResult> {
  const result: ScriptsResult = { added: [], kept: [] };
  const entries: string[] = [];
  for (const [name, command] of Object.entries(wanted)) {
    if (pkg.scripts[name] === command) continue;
    if (pkg.scripts[name] !== undefined) result.kept.push(name);
    else {
      result.added.push(name);
      entries.push(`${JSON.stringify(name)}: ${JSON.stringify(command)}`);
    }
  }
  if (entries.length > 0) await writeFile(pkg.path, withScripts(pkg.text, entries));
  return result;
}

/** The file with the entries added; a leading BOM is set aside while the text is read, and kept. */
function withScripts(file: string, entries: string[]): string {
  const bom = file.startsWith("\uFEFF") ? "\uFEFF" : "";
  return bom + withScriptsText(file.slice(bom.length), entries);
}

function withScriptsText(text: string, entries: string[]): string {
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  const root = objectSpan(text, firstNonSpace(text, 0));
  const key = root.keys.find((k) => k.name === "scripts");
  // A file on one line stays on one line.
  if (root.keys[0] !== undefined && lineIndent(text, root.keys[0].at) === undefined) {
    const span = key === undefined ? root : objectSpan(text, key.value);
    const inserted = key === undefined ? [`"scripts":{${entries.join(",")}}`] : [entries.join(",")];
    return insertBeforeClose(text, span.open, span.close, inserted, "", "");
  }
  const unit = lineIndent(text, root.keys[0]?.at) ?? "  ";
  if (key === undefined) {
    const block = [`${unit}"scripts": {`, ...entries.map((e, i) => `${unit}${unit}${e}${i < entries.length - 1 ? "," : ""}`), `${unit}}`];
    return insertBeforeClose(text, root.open, root.close, block, "", newline);
  }
  const scripts = objectSpan(text, key.value);
  const outer = lineIndent(text, key.at) ?? unit;
  const inner = lineIndent(text, scripts.keys[0]?.at) ?? `${outer}${unit}`;
  return insertBeforeClose(text, scripts.open, scripts.close, entries.map((e, i) => `${inner}${e}${i < entries.length - 1 ? "," : ""}`), outer, newline);
}

/** `lines` after the object's last entry (a comma added when it has one), then its closing brace indented by `closeIndent`. */
function insertBeforeClose(text: string, open: number, close: number, lines: string[], closeIndent: string, newline: string): string {
  let last = close;
  while (last > open && /[ \t\r\n]/.test(text[last - 1] as string)) last -= 1;
  const comma = last > open + 1 ? "," : "";
  return `${text.slice(0, last)}${comma}${newline}${lines.join(newline)}${newline}${closeIndent}${text.slice(close)}`;
}

/** The white space before `at` on its line, when only white space is there. */
function lineIndent(text: string, at: number | undefined): string | undefined {
  if (at === undefined) return undefined;
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const before = text.slice(start, at);
  return /^[ \t]*$/.test(before) ? before : undefined;
}
