import { pointerJoin } from "./diagnostics.js";
import type { Body, ResponseBody } from "./ir.js";
import { entries, objectField, type JsonObject } from "./json.js";
import { dereference } from "./parameters.js";
import type { SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";

/** Statuses that never carry a body (RFC 9110), whatever the schema declares. */
const EMPTY_STATUSES = new Set(["204", "205", "304"]);

function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return essence === "application/json" || essence.endsWith("+json");
}

/** The media type an operation reads or writes: JSON when offered, else the first listed. */
export function pickMediaType(content: JsonObject): [string, JsonObject] | undefined {
  const media = entries(content).filter((e): e is [string, JsonObject] => typeof e[1] === "object" && e[1] !== null);
  return media.find(([type]) => isJsonMediaType(type)) ?? media[0];
}

export function requestBody(op: JsonObject, pointer: string, ctx: SchemaContext): Body | undefined {
  const node = dereference(op["requestBody"], ctx);
  const content = node && objectField(node, "content");
  const picked = content && pickMediaType(content);
  if (!node || !picked) return undefined;
  const [contentType, media] = picked;
  const schemaPointer = pointerJoin(pointer, "requestBody", "content", contentType, "schema");
  return { contentType, required: node["required"] === true, schema: toSchema(media["schema"] ?? {}, schemaPointer, ctx) };
}

export interface Responses {
  success: ResponseBody[];
  errors: ResponseBody[];
}

/** Splits declared responses into the 2xx bodies a call resolves to and the bodies errors carry. */
export function responses(op: JsonObject, pointer: string, ctx: SchemaContext): Responses {
  const result: Responses = { success: [], errors: [] };
  const declared = objectField(op, "responses") ?? {};
  for (const [status, raw] of entries(declared).sort(([a], [b]) => a.localeCompare(b))) {
    const body = responseBody(status, dereference(raw, ctx), pointerJoin(pointer, "responses", status), ctx);
    (/^2/.test(status) ? result.success : result.errors).push(body);
  }
  return result;
}

function responseBody(status: string, node: JsonObject | undefined, pointer: string, ctx: SchemaContext): ResponseBody {
  const content = node && objectField(node, "content");
  const picked = content && pickMediaType(content);
  if (!picked) return { status };
  const [contentType, media] = picked;
  if (EMPTY_STATUSES.has(status)) {
    ctx.sink.warn("body-on-empty-status", pointerJoin(pointer, "content"), `a ${status} response has no body; the declared content is ignored`);
    return { status };
  }
  const schema = toSchema(media["schema"] ?? {}, pointerJoin(pointer, "content", contentType, "schema"), ctx);
  return { status, contentType, schema };
}
