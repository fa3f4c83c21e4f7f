import { pointerJoin } from "./diagnostics.js";
import type { Schema } from "./ir.js";
import { isJsonObject, type JsonObject } from "./json.js";
import { isJsonMediaType, mediaTypeEssence, mediaTypeKind } from "./media-type.js";
import { dereference } from "./parameters.js";
import type { SchemaContext } from "./schema-context.js";

/** Media types the client writes objects in: forms, and ranges a JSON body satisfies (the runtime then sends JSON). */
const WRITTEN_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded", "*/*", "application/*"]);
const ALTERNATIVES = ["oneOf", "anyOf"] as const;

/**
 * Only objects or arrays satisfy the schema (through `$ref`s): values no text or byte body can
 * carry. Each schema is decided once; one met again while it is being decided (a cycle) is not
 * taken to be one.
 */
function onlyStructures(raw: unknown, ctx: SchemaContext, decided = new Map<JsonObject, boolean>()): boolean {
  const node = dereference(raw, ctx);
  if (node === undefined) return false;
  const known = decided.get(node);
  if (known !== undefined) return known;
  decided.set(node, false);
  const type = node["type"];
  const types = Array.isArray(type) ? type : typeof type === "string" ? [type] : [];
  const allOf = node["allOf"];
  const result =
    types.length > 0
      ? types.every((t) => t === "object" || t === "array")
      : ["properties", "additionalProperties", "items"].some((key) => key in node) ||
        (Array.isArray(allOf) && allOf.some((part) => onlyStructures(part, ctx, decided))) ||
        ALTERNATIVES.some((key) => {
          const variants = node[key];
          return Array.isArray(variants) && variants.length > 0 && variants.every((variant) => onlyStructures(variant, ctx, decided));
        });
  decided.set(node, result);
  return result;
}

/**
 * The body type of a request whose every media type is sent as given (XML, text, bytes: no JSON,
 * no form, no range JSON fits) while its schema describes objects or arrays, which the client
 * does not write in those formats: the document as text (a string), or bytes for a byte type.
 * Undefined otherwise.
 */
export function rawBodySchema(media: [string, JsonObject][], pointer: string, ctx: SchemaContext): Schema | undefined {
  const [first] = media;
  if (first === undefined || media.some(([type]) => isJsonMediaType(type) || WRITTEN_TYPES.has(mediaTypeEssence(type)))) return undefined;
  const [contentType, chosen] = first;
  if (!isJsonObject(chosen["schema"]) || !onlyStructures(chosen["schema"], ctx)) return undefined;
  const bytes = mediaTypeKind(contentType) === "bytes";
  ctx.sink.note(
    "raw-request-body",
    pointerJoin(pointer, "requestBody", "content", contentType),
    `the client does not write ${contentType} from objects: the body is ${bytes ? "binary data" : "a string"} holding the document the schema describes`,
  );
  return bytes ? { kind: "binary", text: {} } : { kind: "string" };
}
