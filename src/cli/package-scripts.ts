import { readFile, writeFile } from "node:fs/promises";

/** What adding scripts to package.json did: the scripts added, and the ones kept because the user has their own. */
export interface ScriptsResult {
  added: string[];
  kept: string[];
}

/** package.json as read: its parsed object and the layout to write it back in. */
export interface PackageJson {
  path: string;
  data: Record<string, unknown>;
  indent: string;
  newline: string;
  finalNewline: boolean;
}

/** Reads and parses package.json; undefined when there is none; an Error naming the file when it is not a JSON object. */
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
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw new Error(`${path}: not a JSON object`);
  const scripts = (data as Record<string, unknown>)["scripts"];
  if (scripts !== undefined && (typeof scripts !== "object" || scripts === null || Array.isArray(scripts))) throw new Error(`${path}: "scripts" is not an object`);
  return {
    path,
    data: data as Record<string, unknown>,
    indent: /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ",
    newline: text.includes("\r\n") ? "\r\n" : "\n",
    finalNewline: /\n$/.test(text),
  };
}

/**
 * Adds each script the package does not have yet, leaving every other key, their order and the
 * file's indentation and line ends as they were (as `npm pkg set` does); a script the user already
 * has, with other text, is kept and reported.
 */
export async function addScripts(pkg: PackageJson, wanted: Record<string, string>): Promise<ScriptsResult> {
  const scripts = { ...((pkg.data["scripts"] as Record<string, string> | undefined) ?? {}) };
  const result: ScriptsResult = { added: [], kept: [] };
  for (const [name, command] of Object.entries(wanted)) {
    if (scripts[name] === command) continue;
    if (scripts[name] !== undefined) result.kept.push(name);
    else {
      scripts[name] = command;
      result.added.push(name);
    }
  }
  if (result.added.length === 0) return result;
  const text = JSON.stringify({ ...pkg.data, scripts }, null, pkg.indent).replace(/\n/g, pkg.newline);
  await writeFile(pkg.path, pkg.finalNewline ? `${text}${pkg.newline}` : text);
  return result;
}
