import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { isJsonObject, type JsonObject } from "../model/json.js";

/**
 * The bundled schema a client was generated from, kept beside it so that the next generation can
 * tell its user what changed in the API (and a reviewer can read the schema a client came from).
 */
export const SCHEMA_SNAPSHOT_NAME = ".camelgen-schema.json";

export function schemaSnapshotFile(document: JsonObject): GeneratedFile {
  return { path: SCHEMA_SNAPSHOT_NAME, contents: `${JSON.stringify(document, null, 2)}\n` };
}

/** The schema the output folder was last generated from; undefined when absent or unreadable. */
export async function readSchemaSnapshot(outDir: string): Promise<JsonObject | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(outDir, SCHEMA_SNAPSHOT_NAME), "utf8"));
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}
