import type { Doc } from "./ir.js";
import { stringField, type JsonObject } from "./json.js";

/** Documentation fields of a schema, operation or parameter; empty strings count as absent. */
export function docOf(node: JsonObject): Doc {
  const doc: Doc = {};
  const title = stringField(node, "title")?.trim();
  const summary = stringField(node, "summary")?.trim();
  const description = stringField(node, "description")?.trim();
  if (title) doc.title = title;
  if (summary) doc.summary = summary;
  if (description) doc.description = description;
  if (node["deprecated"] === true) doc.deprecated = true;
  return doc;
}
