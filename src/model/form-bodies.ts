import { holdsBytes } from "./schema-scalars.js";
import type { Schema } from "./ir.js";
import { isJsonObject, type JsonObject } from "./json.js";
import { isJsonMediaType, mediaTypeEssence } from "./media-type.js";
import { dereference } from "./parameters.js";
import type { SchemaContext } from "./schema-context.js";

const FIELD_KEYWORDS = ["properties", "additionalProperties", "patternProperties", "allOf", "anyOf", "oneOf"];

/** What each form body is, and what to pass when the schema says otherwise. */
const FORMS: Record<string, { is: string; pass: string }> = {
  "multipart/form-data": { is: "an object of parts", pass: "a FormData with the parts the server expects" },
  "application/x-www-form-urlencoded": { is: "an object of fields or their encoded text", pass: "a URLSearchParams with the fields the server expects" },
};

/**
 * A multipart or form-urlencoded body's schema that no value the runtime can encode fits: a
 * multipart body is an object of parts (or a FormData), a form-urlencoded one an object of fields,
 * a URLSearchParams or its encoded text. Jira's attachment upload declares its multipart body as
 * one binary string, spoonacular.com one as text: typed as such, every call was refused. Such a
 * body is typed `unknown` with a warning, so a FormData (a URLSearchParams) built as the server
 * expects goes through; undefined for every other schema.
 */
export function unencodableFormSchema(contentType: string, raw: unknown, pointer: string, ctx: SchemaContext): Schema | undefined {
  const essence = mediaTypeEssence(contentType);
  const form = FORMS[essence];
  const node = form === undefined ? undefined : dereference(raw, ctx);
  const type = node?.["type"];
  const types = typeof type === "string" ? [type] : Array.isArray(type) ? type : undefined;
  if (form === undefined || node === undefined || types === undefined || types.includes("object") || FIELD_KEYWORDS.some((keyword) => keyword in node)) return undefined;
  const encodedText = essence === "application/x-www-form-urlencoded" && types.every((t) => t === "string" || t === "null") && !holdsBytes(node, ctx.openapi31);
  if (encodedText) return undefined;
  ctx.sink.warn("form-body-not-object", pointer, `a ${essence} body is ${form.is}, which this ${types.join(" or ")} schema is not; the body is typed unknown: pass ${form.pass}`);
  return { kind: "unknown" };
}

/**
 * Request media types with multipart first where JSON came first but the multipart body requires
 * a file (a required property of bytes, as drf-spectacular writes a serializer's required
 * `FileField` for its JSON, form and multipart bodies alike): JSON cannot carry the file, so the
 * call that passes one works without naming a content type. Otherwise as given.
 */
export function fileBodiesFirst(media: [string, JsonObject][], ctx: SchemaContext): [string, JsonObject][] {
  const multipart = media.find(([type]) => mediaTypeEssence(type) === "multipart/form-data");
  const first = media[0];
  if (multipart === undefined || first === undefined || !isJsonMediaType(first[0]) || !requiresFile(multipart[1]["schema"], ctx)) return media;
  return [multipart, ...media.filter((entry) => entry !== multipart)];
}

function requiresFile(raw: unknown, ctx: SchemaContext): boolean {
  const node = dereference(raw, ctx);
  const properties = node?.["properties"];
  const required = node?.["required"];
  if (!isJsonObject(properties) || !Array.isArray(required)) return false;
  return required.some((name) => {
    const property = typeof name === "string" && Object.hasOwn(properties, name) ? dereference(properties[name], ctx) : undefined;
    return property !== undefined && holdsBytes(property, ctx.openapi31);
  });
}
