import { pointerJoin, type DiagnosticSink } from "./diagnostics.js";
import { isJsonObject, objectField, stringField, type JsonObject } from "./json.js";

const PREFIX = "#/components/mediaTypes/";

/** Deeper than any chain of media type references a document needs; a longer one is a cycle. */
const MAX_HOPS = 32;

/**
 * OpenAPI 3.2 lets a `content` entry be a reference to `components.mediaTypes`. Each such entry is
 * replaced by the Media Type Object it names, so every reader of `content` sees a schema; a
 * reference that leads nowhere is an error at its pointer. The document is returned unchanged
 * (the same object) when it declares no media types.
 */
export function inlineMediaTypeRefs(document: JsonObject, sink: DiagnosticSink): JsonObject {
  const mediaTypes = objectField(objectField(document, "components") ?? {}, "mediaTypes");
  if (mediaTypes === undefined || Object.keys(mediaTypes).length === 0) return document;
  const target = (node: JsonObject, pointer: string): JsonObject => {
    let at = node;
    for (let hops = 0; ; hops++) {
      const ref = stringField(at, "$ref");
      if (ref === undefined || !ref.startsWith(PREFIX)) return at;
      const name = decodeToken(ref.slice(PREFIX.length));
      const next = hops < MAX_HOPS && Object.hasOwn(mediaTypes, name) ? mediaTypes[name] : undefined;
      if (!isJsonObject(next)) {
        sink.error("unresolved-media-type", pointer, `${JSON.stringify(ref)} names no media type of components.mediaTypes (or the references go round)`);
        return {};
      }
      at = next;
    }
  };
  const walk = (node: unknown, pointer: string, isContent: boolean): unknown => {
    if (Array.isArray(node)) {
      const items = node.map((item, i) => walk(item, pointerJoin(pointer, i), false));
      return items.every((item, i) => item === node[i]) ? node : items;
    }
    if (!isJsonObject(node)) return node;
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(node)) {
      const value = node[key];
      const at = pointerJoin(pointer, key);
      // The values of a `content` map are media types, which may be references.
      const media = isContent && isJsonObject(value) ? target(value, at) : value;
      const next = walk(media, at, key === "content" && !isContent);
      if (next !== value) (copy ??= { ...node })[key] = next;
    }
    return copy ?? node;
  };
  return walk(document, "#", false) as JsonObject;
}

function decodeToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
}
