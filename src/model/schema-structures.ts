import { pointerJoin } from "./diagnostics.js";
import { docOf } from "./doc.js";
import type { Additional, PatternProperty, Property, Schema } from "./ir.js";
import { arrayField, entries, isJsonObject, numberField, objectField, type JsonObject } from "./json.js";
import { NEVER, UNKNOWN } from "./schema-combinators.js";
import type { SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";
import { invalidPatternMessage, patternFlags } from "./pattern-flags.js";
import { dereference } from "./parameters.js";

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
  const patterns = patternProperties(node, pointer, ctx);
  const declaredByParts = extra === "closed" ? partKeys(node, pointer, ctx) : new Set<string>();
  // A required key declared elsewhere (another allOf part, a $ref'd base) is still required here;
  // allOf merging then combines it with the part that types it.
  for (const name of new Set([...required, ...declaredByParts])) {
    if (Object.prototype.hasOwnProperty.call(props, name)) continue;
    const schema = declaredByParts.has(name) ? UNKNOWN : undeclaredRequired(name, patterns, extra, pointer, ctx);
    properties.push({ wireName: name, required: required.has(name), readOnly: false, writeOnly: false, schema, doc: {} });
  }
  const schema: Schema = { kind: "object", properties, additional: extra };
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
    readOnly: marked(node, "readOnly", ctx),
    writeOnly: marked(node, "writeOnly", ctx),
    schema: toSchema(raw, pointer, ctx),
    doc: docOf(node),
  };
}

/**
 * A property's readOnly/writeOnly: on its own schema, or on the schema its `$ref` names
 * (apideck.com's `id: {$ref: Id}`, where `Id` is readOnly), as the annotation applies wherever
 * that schema does.
 */
function marked(node: JsonObject, flag: "readOnly" | "writeOnly", ctx: SchemaContext): boolean {
  if (node[flag] === true) return true;
  return typeof node["$ref"] === "string" && dereference(node, ctx)?.[flag] === true;
}

/**
 * What a required key that `properties` does not declare must be here: a key a `patternProperties`
 * pattern matches is checked there; any other is additional, so `additionalProperties` applies,
 * and `false` forbids it: no object satisfies the schema.
 */
function undeclaredRequired(name: string, patterns: PatternProperty[], extra: Additional, pointer: string, ctx: SchemaContext): Schema {
  if (patterns.some(({ pattern }) => new RegExp(pattern, patternFlags(pattern)).test(name))) return UNKNOWN;
  if (typeof extra === "object") return extra.schema;
  if (extra === "open") return UNKNOWN;
  ctx.sink.warn("required-key-not-allowed", pointerJoin(pointer, "required"), `${JSON.stringify(name)} is required, but additionalProperties: false allows only the keys of this schema's own properties: no object satisfies it (declare the key in properties)`);
  return NEVER;
}

const COMBINATIONS = ["allOf", "anyOf", "oneOf"] as const;

/**
 * The keys that this closed object's allOf/anyOf/oneOf parts declare (through `$ref`s and their
 * own parts): allowed here as well, a repair. JSON Schema's additionalProperties sees only the
 * schema's own properties, so `additionalProperties: false` beside `allOf` refuses every key a
 * part declares; the author means the parts' keys (shipengine.com writes 65 such schemas).
 */
function partKeys(node: JsonObject, pointer: string, ctx: SchemaContext): Set<string> {
  const keys = new Set<string>();
  const visited = new Set<JsonObject>();
  const visit = (raw: unknown) => {
    const part = dereference(raw, ctx);
    if (part === undefined || visited.has(part)) return;
    visited.add(part);
    for (const [key] of entries(objectField(part, "properties") ?? {})) keys.add(key);
    for (const key of COMBINATIONS) for (const inner of arrayField(part, key) ?? []) visit(inner);
  };
  for (const key of COMBINATIONS) for (const part of arrayField(node, key) ?? []) visit(part);
  const own = objectField(node, "properties") ?? {};
  const added = [...keys].filter((key) => !Object.prototype.hasOwnProperty.call(own, key));
  if (added.length > 0) {
    const listed = added.map((key) => JSON.stringify(key)).join(", ");
    ctx.sink.warn("closed-beside-parts", pointerJoin(pointer, "additionalProperties"), `additionalProperties: false beside allOf/anyOf/oneOf allows the keys their parts declare (${listed}), as the author means; JSON Schema would refuse them`);
  }
  return keys;
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
