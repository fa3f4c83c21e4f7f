import { isJsonObject } from "../model/json.js";

/**
 * A referenced file with its file-local `$ref`s (`#/E`) written against the file itself
 * (`other.yaml#/E`). The bundler resolves a local `$ref` against the file it finds it in, except
 * below a `$ref` that has sibling keywords and points into another file: there it resolves it
 * against the file of that outer `$ref`, and reports `Missing $ref pointer "#/E"` (or finds the
 * wrong schema). Written out, the reference means the same everywhere. Data values are sheltered
 * before this runs, so only references are touched.
 */
export function anchorLocalRefs(node: unknown, url: string): unknown {
  if (Array.isArray(node)) return node.map((item) => anchorLocalRefs(item, url));
  if (!isJsonObject(node)) return node;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    const value = node[key];
    copy[key] = key === "$ref" && typeof value === "string" && value.startsWith("#") ? `${url}${value}` : anchorLocalRefs(value, url);
  }
  return copy;
}
