import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";

/** Lists the files camelgen owns in an output folder; only these are ever replaced or removed. */
export const MANIFEST_NAME = ".camelgen-manifest.json";

export interface Manifest {
  generator: string;
  schemaHash: string;
  files: Record<string, string>;
}

export function manifestFile(files: GeneratedFile[], generator: string, schemaHash: string): GeneratedFile {
  const entries = files.map((f) => [f.path, sha256(f.contents)] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  const manifest: Manifest = { generator, schemaHash, files: Object.fromEntries(entries) };
  return { path: MANIFEST_NAME, contents: `${JSON.stringify(manifest, null, 2)}\n` };
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, MANIFEST_NAME), "utf8")) as Manifest;
    return typeof parsed.files === "object" && parsed.files !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
