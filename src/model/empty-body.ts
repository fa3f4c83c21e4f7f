import { entries, isJsonObject, objectField, type JsonObject } from "./json.js";
import { dereference } from "./parameters.js";
import type { SchemaContext } from "./schema-context.js";

/** Keys that leave an object schema admitting no property; anything else may admit or constrain one. */
const INERT_KEYS = new Set(["type", "properties", "additionalProperties", "unevaluatedProperties", "title", "description", "example", "examples", "nullable"]);

/** `{type: object, properties: {}, additionalProperties: false}`: only `{}` passes. */
function admitsOnlyEmptyObject(raw: unknown, ctx: SchemaContext): boolean {
  const schema = dereference(raw, ctx);
  if (!schema || (schema["type"] !== undefined && schema["type"] !== "object") || schema["nullable"] === true) return false;
  if (!Object.keys(schema).every((key) => INERT_KEYS.has(key) || key.startsWith("x-"))) return false;
  const properties = schema["properties"];
  if (properties !== undefined && !(isJsonObject(properties) && Object.keys(properties).length === 0)) return false;
  return schema["additionalProperties"] === false || schema["unevaluatedProperties"] === false;
}

/**
 * An optional request body every media type of which admits only the empty object: leaving it out
 * is as valid as sending `{}`, so no argument is worth its place in the signature. Stripe declares
 * one on each of its 213 GET operations (form-encoded, closed, no properties) and on 23 DELETEs.
 */
export function carriesNothing(op: JsonObject, ctx: SchemaContext): boolean {
  const body = dereference(op["requestBody"], ctx);
  const content = body && objectField(body, "content");
  if (!content || body["required"] === true) return false;
  const media = entries(content);
  return media.length > 0 && media.every(([, node]) => isJsonObject(node) && admitsOnlyEmptyObject(node["schema"], ctx));
}
