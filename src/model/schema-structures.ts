import { pointerJoin } from "./diagnostics.js";
import { docOf } from "./doc.js";
import type { Additional, PatternProperty, Property, Schema } from "./ir.js";
import { arrayField, entries, isJsonObject, numberField, objectField, type JsonObject } from "./json.js";
import { UNKNOWN } from "./schema-combinators.js";
import type { SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";
import { invalidPatternMessage, patternFlags } from "./pattern-flags.js";

/** `type: array`: items, positional prefixItems (2020-12) or array-form items (draft-04), bounds. */
export function arraySchema(node: JsonObject, pointer: string, ctx: SchemaContext): Schema {
  const rawItems = node["items"];
  const prefix = arrayField(node, "prefixItems") ?? (Array.isArray(rawItems) ? rawItems : undefined);
  const prefixKeyword = "prefixItems" in node ? "prefixItems" : "items";
  const restKeyword = Array.isArray(rawItems) ? "additionalItems" : "items";
  const rest = node[restKeyword];
  const schema: Schema = {
    kind: "array",
    items: rest === undefined || Array.isArray(rest) ? UNKNOWN : toSchema(rest, pointerJoin(pointer, restKeyword), ctx),
  };
  if (prefix) schema.prefixItems = prefix.map((item, i) => toSchema(item, pointerJoin(pointer, prefixKeyword, i), ctx));
  const minItems = numberField(node, "minItems");
  const maxItems = numberField(node, "maxItems");
  if (minItems !== undefined) schema.minItems = minItems;
  if (maxItems !== undefined) schema.maxItems = maxItems;
  if (node["uniqueItems"] === true) schema.uniqueItems = true;
  if ("contains" in node) {
    schema.contains = toSchema(node["contains"], pointerJoin(pointer, "contains"), ctx);
    const minContains = numberField(node, "minContains");
    const maxContains = numberField(node, "maxContains");
    if (minContains !== undefined && minContains !== 1) schema.minContains = minContains;
    if (maxContains !== undefined) schema.maxContains = maxContains;
  }
  return schema;
}

/** `type: object`: properties, required, additionalProperties, patternProperties, property counts. */
export function objectSchema(node: JsonObject, pointer: string, ctx: SchemaContext): Schema {
  const required = new Set((arrayField(node, "required") ?? []).filter((r) => typeof r === "string"));
  const props = objectField(node, "properties") ?? {};
  const properties = entries(props).map(([name, raw]) =>
    property(name, raw, required.has(name), pointerJoin(pointer, "properties", name), ctx),
  );
  const extra = additional(node, pointer, ctx);
  // A required key declared elsewhere (another allOf part, a $ref'd base) is still required here;
  // allOf merging then combines it with the part that types it.
  for (const name of required) {
    if (Object.prototype.hasOwnProperty.call(props, name)) continue;
    const schema = typeof extra === "object" ? extra.schema : UNKNOWN;
    properties.push({ wireName: name, required: true, readOnly: false, writeOnly: false, schema, doc: {} });
  }
  const schema: Schema = { kind: "object", properties, additional: extra };
  const patterns = patternProperties(node, pointer, ctx);
  if (patterns.length > 0) schema.patternProperties = patterns;
  const minProperties = numberField(node, "minProperties");
  const maxProperties = numberField(node, "maxProperties");
  if (minProperties !== undefined) schema.minProperties = minProperties;
  if (maxProperties !== undefined) schema.maxProperties = maxProperties;
  if ("propertyNames" in node) schema.propertyNames = toSchema(node["propertyNames"], pointerJoin(pointer, "propertyNames"), ctx);
  return schema;
}

function property(name: string, raw: unknown, required: boolean, pointer: string, ctx: SchemaContext): Property {
  const node = isJsonObject(raw) ? raw : {};
  return {
    wireName: name,
    required,
    readOnly: node["readOnly"] === true,
    writeOnly: node["writeOnly"] === true,
    schema: toSchema(raw, pointer, ctx),
    doc: docOf(node),
  };
}

function additional(node: JsonObject, pointer: string, ctx: SchemaContext): Additional {
  const raw = node["additionalProperties"];
  if (raw === undefined) return "open";
  if (raw === false) return "closed";
  return { schema: toSchema(raw, pointerJoin(pointer, "additionalProperties"), ctx) };
}

function patternProperties(node: JsonObject, pointer: string, ctx: SchemaContext): PatternProperty[] {
  return entries(objectField(node, "patternProperties") ?? {}).flatMap(([pattern, raw]) => {
    const at = pointerJoin(pointer, "patternProperties", pattern);
    if (patternFlags(pattern) === undefined) {
      ctx.sink.warn("invalid-pattern", at, invalidPatternMessage(pattern));
      return [];
    }
    return [{ pattern, schema: toSchema(raw, at, ctx) }];
  });
}
