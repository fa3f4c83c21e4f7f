import { arrayField, entries, isJsonObject, objectField, type JsonObject } from "./json.js";
import { dereference } from "./parameters.js";
import type { SchemaContext } from "./schema-context.js";

const MAX_DEPTH = 16;

/** Whether the schema admits a boolean: `type: boolean`, 3.0 `nullable` or 3.1 `[boolean, "null"]`, or a variant that does. */
function admitsBoolean(raw: unknown, ctx: SchemaContext, depth: number): boolean {
  const schema = dereference(raw, ctx);
  if (!schema || depth > MAX_DEPTH) return false;
  const type = schema["type"];
  if (type === "boolean" || (Array.isArray(type) && type.includes("boolean"))) return true;
  return [...(arrayField(schema, "anyOf") ?? []), ...(arrayField(schema, "oneOf") ?? [])].some((variant) => admitsBoolean(variant, ctx, depth + 1));
}

/** Whether an object schema (its `allOf` parts included) declares `name` as a boolean property. */
function hasBooleanProperty(raw: unknown, name: string, ctx: SchemaContext, depth: number): boolean {
  const schema = dereference(raw, ctx);
  if (!schema || depth > MAX_DEPTH) return false;
  const properties = objectField(schema, "properties");
  if (properties && Object.hasOwn(properties, name) && admitsBoolean(properties[name], ctx, 0)) return true;
  return (arrayField(schema, "allOf") ?? []).some((part) => hasBooleanProperty(part, name, ctx, depth + 1));
}

/**
 * Whether the operation's request body declares a boolean `stream` property, in any of its media
 * types: the convention of APIs whose response is JSON, or events when the body asks for them
 * (OpenAI's `stream: true` on chat completions, responses, transcriptions and images).
 */
export function declaresStreamFlag(op: JsonObject, ctx: SchemaContext): boolean {
  const body = dereference(op["requestBody"], ctx);
  const content = body && objectField(body, "content");
  if (!content) return false;
  return entries(content).some(([, media]) => isJsonObject(media) && hasBooleanProperty(media["schema"], "stream", ctx, 0));
}
