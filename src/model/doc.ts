import type { Doc } from "./ir.js";
import { stringField, type JsonObject } from "./json.js";

/**
 * Documentation fields of a schema, operation or parameter; empty strings count as absent. The
 * default is read from `valueNode` (a parameter's is on its `schema`).
 */
export function docOf(node: JsonObject, valueNode: JsonObject | undefined = node): Doc {
  const doc: Doc = {};
  const title = stringField(node, "title")?.trim();
  const summary = stringField(node, "summary")?.trim();
  const description = stringField(node, "description")?.trim();
  if (title) doc.title = title;
  if (summary) doc.summary = summary;
  if (description) doc.description = description;
  if (node["deprecated"] === true) doc.deprecated = true;
  const fallback = valueNode === undefined ? undefined : jsonText(valueNode["default"]);
  if (fallback !== undefined) doc.default = fallback;
  return doc;
}

/** JSON text of a parsed value; undefined for `undefined` and for what JSON cannot spell. */
function jsonText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
