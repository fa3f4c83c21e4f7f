import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { isJsonObject, type JsonObject } from "../model/json.js";

/**
 * The bundled schema a client was last generated from, kept in the project's cache
 * (`node_modules/.cache/camelgen/`, beside the nearest package.json) rather than in the output
 * folder: the next generation compares with it to tell its user what changed in the API. A cache:
 * when it is absent or unreadable, generation says nothing about changes.
 */
export function schemaCachePath(outDir: string, from = process.cwd()): string | undefined {
  const root = packageRoot(resolve(from));
  if (root === undefined) return undefined;
  const key = createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16);
  return join(root, "node_modules", ".cache", "camelgen", `${key}.schema.json`);
}

function packageRoot(dir: string): string | undefined {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, "package.json"))) return current;
    if (dirname(current) === current) return undefined;
  }
}

/** The schema cached for `outDir`, when its hash is `schemaHash`. */
export async function readCachedSchema(outDir: string, schemaHash: string): Promise<JsonObject | undefined> {
  const path = schemaCachePath(outDir);
  if (path === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(await readFile(path, "utf8"));
    if (!isJsonObject(parsed) || parsed["schemaHash"] !== schemaHash) return undefined;
    const document = parsed["document"];
    return isJsonObject(document) ? document : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Records the schema the output folder was generated from, given as the document or as JSON text
 * that parses to it (the input's bytes: 13 MB for GitHub need no serialising and encoding then).
 * A cache that cannot be written is skipped.
 */
export async function cacheSchema(outDir: string, schemaHash: string, document: JsonObject | Uint8Array): Promise<void> {
  const path = schemaCachePath(outDir);
  if (path === undefined) return;
  try {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    const head = `{"schemaHash":${JSON.stringify(schemaHash)},"document":`;
    await writeFile(temporary, document instanceof Uint8Array ? [head, document, "}"] : JSON.stringify({ schemaHash, document }));
    await rename(temporary, path);
  } catch {
    // Only the next change summary is lost.
  }
}
