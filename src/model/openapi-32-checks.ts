import { pointerJoin, type DiagnosticSink } from "./diagnostics.js";
import { arrayField, entries, isJsonObject, stringField, type JsonObject } from "./json.js";

/** Media type fields of OpenAPI 3.2 the generated client does not implement. */
const UNSUPPORTED_MEDIA_FIELDS = ["prefixEncoding", "itemEncoding"];

/**
 * OpenAPI 3.2 constructs the model accepts but does not act on, said where they stand: a tag's
 * `parent` must name a declared tag (tags only group operations into resources; `parent`, `kind`
 * and `summary` change nothing else), and the positional multipart encodings (`prefixEncoding`,
 * `itemEncoding`) are not implemented, so such a body is written by its `encoding` alone.
 */
export function checkOpenApi32(document: JsonObject, sink: DiagnosticSink): void {
  if (!(stringField(document, "openapi") ?? "").startsWith("3.2.")) return;
  checkTagParents(document, sink);
  const walk = (node: unknown, pointer: string, isContent: boolean): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, pointerJoin(pointer, i), false));
    if (!isJsonObject(node)) return;
    for (const [key, value] of entries(node)) {
      const at = pointerJoin(pointer, key);
      if (isContent && isJsonObject(value)) {
        for (const field of UNSUPPORTED_MEDIA_FIELDS.filter((f) => f in value)) {
          sink.warn("unsupported-openapi-32", pointerJoin(at, field), `\`${field}\` (OpenAPI 3.2 positional multipart encoding) is not supported; ignored`);
        }
      }
      walk(value, at, key === "content" && !isContent);
    }
  };
  walk(document["paths"], "#/paths", false);
  walk(document["components"], "#/components", false);
}

function checkTagParents(document: JsonObject, sink: DiagnosticSink): void {
  const tags = arrayField(document, "tags") ?? [];
  const names = new Set(tags.filter(isJsonObject).flatMap((t) => stringField(t, "name") ?? []));
  tags.forEach((tag, i) => {
    const parent = isJsonObject(tag) ? tag["parent"] : undefined;
    if (parent !== undefined && (typeof parent !== "string" || !names.has(parent))) {
      sink.warn("unknown-tag-parent", pointerJoin("#/tags", i, "parent"), `tag parent ${JSON.stringify(parent)} names no tag of the document`);
    }
  });
}
