import { pointerJoin, pointerTokens } from "./diagnostics.js";
import type { Discriminator, Schema } from "./ir.js";
import { arrayField, entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";
import { allOf, NEVER, UNKNOWN, withNull } from "./schema-combinators.js";
import { componentSchemaKey, resolvePointer, type SchemaContext } from "./schema-context.js";
import { holdsBytes, isAutoRestFile, numberSchema, stringConstraints } from "./schema-scalars.js";
import { arraySchema, objectSchema } from "./schema-structures.js";
import { enumSchema } from "./schema-enum.js";
import { pascalCase } from "./names.js";
import { conditionalParts } from "./schema-conditionals.js";
import { invalidPatternMessage } from "./pattern-flags.js";
import { unresolvedRefMessage } from "./ref-check.js";
import { withUnevaluated } from "./schema-unevaluated.js";
import { anchorName, anchorPointer, staticDynamicRef } from "./anchors.js";
import { recursiveRefTarget } from "./recursive-ref.js";

/**
 * OpenAPI 3.0/3.1 Schema Object -> IR schema. `$ref`s to component schemas stay references
 * (named by their component key); other internal `$ref`s are inlined, except those whose schema
 * refers back to itself, which become named types too (RecursiveSchemas).
 */
export function toSchema(node: unknown, pointer: string, ctx: SchemaContext): Schema {
  if (node === true) return UNKNOWN;
  if (node === false) return NEVER;
  if (!isJsonObject(node)) {
    ctx.sink.warn("schema-not-object", pointer, "schema is not an object; treated as unknown");
    return UNKNOWN;
  }
  const dynamic = stringField(node, "$dynamicRef");
  const dynamicTarget = dynamic !== undefined && ctx.openapi31 ? staticDynamicRef(ctx.document, dynamic, pointer) : undefined;
  const recursiveTarget = recursiveRefTarget(node, pointer, ctx);
  const read = [...(dynamicTarget !== undefined ? ["$dynamicRef"] : []), ...(recursiveTarget !== undefined ? ["$recursiveRef"] : [])];
  const unchecked = ctx.openapi31 ? UNCHECKED_KEYWORDS : [...UNCHECKED_KEYWORDS, ...OPENAPI_31_KEYWORDS];
  for (const keyword of unchecked.filter((k) => !read.includes(k))) {
    if (keyword in node) ctx.sink.warn("unsupported-keyword", pointerJoin(pointer, keyword), `${keyword} is not checked by the generated guards: values it would reject pass`);
  }
  const ref = stringField(node, "$ref");
  // OpenAPI 3.0 ignores a $ref's siblings; 3.1 (JSON Schema 2020-12) applies them too.
  if (ref !== undefined && !ctx.openapi31) return nullable(node, refSchema(ref, pointer, ctx));
  const parts: Schema[] = ref !== undefined ? [refSchema(ref, pointer, ctx)] : [];
  for (const target of [dynamicTarget, recursiveTarget]) if (target !== undefined) parts.push(refSchema(target, pointer, ctx));
  const all = arrayField(node, "allOf");
  if (all) parts.push(...all.map((part, i) => toSchema(part, pointerJoin(pointer, "allOf", i), ctx)));
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const variants = arrayField(node, keyword);
    if (variants) parts.push(union(node, variants, pointerJoin(pointer, keyword), keyword === "oneOf", ctx));
  }
  if ("not" in node) parts.push({ kind: "not", schema: toSchema(node["not"], pointerJoin(pointer, "not"), ctx) });
  parts.push(...conditionalParts(node, pointer, ctx));
  const own = ownSchema(node, pointer, ctx);
  // `type: object` beside allOf/oneOf adds nothing when every part is an object already (`{} & Base`
  // reads as `Base`); beside `not`, `if`, a string enum or annotations it is the one type check.
  if (own && !(parts.length > 0 && isBareObject(own) && parts.every((part) => isObjectSchema(part, ctx)))) parts.unshift(own);
  const combined = allOf(parts);
  return nullable(node, ctx.openapi31 ? withUnevaluated(combined, node, pointer, ctx) : combined);
}

/** Whether every value the schema accepts is an object: an object type, or a reference to a component that declares one. */
function isObjectSchema(schema: Schema, ctx: SchemaContext): boolean {
  switch (schema.kind) {
    case "object":
      return true;
    case "ref": {
      const node = resolvePointer(ctx.document, pointerJoin("#/components/schemas", schema.name));
      return isJsonObject(node) && (node["type"] === "object" || (node["type"] === undefined && ("properties" in node || "additionalProperties" in node)));
    }
    case "intersection":
      return schema.parts.some((part) => isObjectSchema(part, ctx));
    case "union":
      return schema.variants.every((variant) => isObjectSchema(variant, ctx));
    default:
      return false;
  }
}

function isBareObject(schema: Schema): boolean {
  return schema.kind === "object" && schema.properties.length === 0 && schema.additional === "open";
}

function refSchema(ref: string, pointer: string, ctx: SchemaContext): Schema {
  const anchor = anchorName(ref);
  if (anchor !== undefined) {
    const target = anchorPointer(ctx.document, anchor, pointer);
    if (target !== undefined) return refSchema(target, pointer, ctx);
    ctx.sink.error("unresolved-ref", pointer, unresolvedRefMessage(ref));
    return UNKNOWN;
  }
  const key = componentSchemaKey(ref);
  if (key !== undefined) return { kind: "ref", name: key };
  const target = ref.startsWith("#") ? resolvePointer(ctx.document, ref) : undefined;
  if (target === undefined) {
    ctx.sink.error("unresolved-ref", pointer, unresolvedRefMessage(ref));
    return UNKNOWN;
  }
  const named = ctx.recursive.names.get(ref);
  if (named !== undefined) return { kind: "ref", name: named };
  if (ctx.inlining.has(ref)) {
    if (!isStructure(target)) {
      ctx.sink.error("ref-cycle", pointer, `$ref ${JSON.stringify(ref)} refers to itself with no object or array in the cycle`);
      return UNKNOWN;
    }
    const name = recursiveTypeName(ref);
    ctx.recursive.names.set(ref, name);
    return { kind: "ref", name };
  }
  const schema = toSchema(target, ref, { ...ctx, inlining: new Set([...ctx.inlining, ref]) });
  const recursiveName = ctx.recursive.names.get(ref);
  if (recursiveName === undefined) return schema;
  ctx.recursive.entries.push({ key: recursiveName, pointer: ref, schema });
  return { kind: "ref", name: recursiveName };
}

/** A schema that can hold itself: an object or an array (a cycle of bare $refs and combinators cannot). */
function isStructure(node: unknown): boolean {
  if (!isJsonObject(node)) return false;
  const type = node["type"];
  const types = Array.isArray(type) ? type : [type];
  return types.includes("object") || types.includes("array") || ["properties", "additionalProperties", "items", "prefixItems", "patternProperties"].some((k) => k in node);
}

/** `#/components/schemas/PushOption/definitions/pushOptionProperty` -> `PushOptionPushOptionProperty`. */
function recursiveTypeName(ref: string): string {
  const structural = new Set(["components", "schemas", "definitions", "$defs", "properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf", "paths", "content", "schema"]);
  const tokens = pointerTokens(ref).filter((t) => !structural.has(t) && !/^\d+$/.test(t));
  return pascalCase(tokens.join(" ")) || "RecursiveSchema";
}

/** 3.0 `nullable: true` and 3.1 `type: [..., "null"]` both become `| null`. */
function nullable(node: JsonObject, schema: Schema): Schema {
  const types = node["type"];
  const nullTyped = Array.isArray(types) && types.includes("null");
  return node["nullable"] === true || nullTyped ? withNull(schema) : schema;
}

/** The schema's own constraints, before allOf/oneOf/anyOf are combined with them. */
function ownSchema(node: JsonObject, pointer: string, ctx: SchemaContext): Schema | undefined {
  if ("const" in node) return enumSchema(node, [node["const"]]);
  const values = arrayField(node, "enum");
  if (values) return enumSchema(node, values);
  const types = typesOf(node);
  if (types.length === 0) return undefined;
  const schemas = types.map((type) => typedSchema(type, node, pointer, ctx));
  return schemas.length === 1 ? schemas[0] : { kind: "union", variants: schemas, exclusive: false };
}

function typesOf(node: JsonObject): string[] {
  const type = node["type"];
  const declared = typeof type === "string" ? [type] : Array.isArray(type) ? type.filter((t) => typeof t === "string") : [];
  if (declared.length > 0) {
    const nonNull = declared.filter((t) => t !== "null");
    return nonNull.length > 0 ? nonNull : ["null"];
  }
  if ("properties" in node || "additionalProperties" in node || "patternProperties" in node) return ["object"];
  // `allOf: [{ $ref: Base }, { required: [id] }]`: a bare `required` constrains an object.
  if ((arrayField(node, "required")?.length ?? 0) > 0) return ["object"];
  if ("items" in node || "prefixItems" in node) return ["array"];
  // Keywords of one type that do not shape it, without a type, constrain only values of that type
  // (JSON Schema §7.6.1): every other type passes, so the schema is the union of all types.
  if (TYPE_SPECIFIC_KEYWORDS.some((keyword) => keyword in node)) return ["string", "number", "boolean", "null", "array", "object"];
  return [];
}

const TYPE_SPECIFIC_KEYWORDS = [
  "minLength", "maxLength", "pattern", "format",
  "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
  "minItems", "maxItems", "uniqueItems", "contains", "minProperties", "maxProperties", "propertyNames",
];

/** JSON Schema keywords the model does not represent: each one found is a warning at its pointer (DESIGN rule 8). */
const UNCHECKED_KEYWORDS = ["$dynamicRef", "$recursiveRef"];

/** 2020-12 keywords OpenAPI 3.0's Schema Object does not have. */
const OPENAPI_31_KEYWORDS = ["unevaluatedItems", "unevaluatedProperties"];

function typedSchema(type: string, node: JsonObject, pointer: string, ctx: SchemaContext): Schema {
  switch (type) {
    case "string":
      return stringTyped(node, pointer, ctx);
    case "number":
    case "integer":
      return numberSchema(node, type === "integer", ctx.openapi31);
    case "boolean":
      return { kind: "boolean" };
    case "null":
      return { kind: "null" };
    case "array":
      return arraySchema(node, pointer, ctx);
    case "object":
      return isAutoRestFile(node) ? { kind: "binary", text: {} } : objectSchema(node, pointer, ctx);
    default:
      ctx.sink.warn("unknown-type", pointerJoin(pointer, "type"), `unknown type ${JSON.stringify(type)}; treated as unknown`);
      return UNKNOWN;
  }
}

/** Bytes (`holdsBytes`) are bytes, or (inside JSON) the string `text` describes: which one, the operation's wire forms decide. */
function stringTyped(node: JsonObject, pointer: string, ctx: SchemaContext): Schema {
  const constraints = stringConstraints(node, (pattern) => {
    ctx.sink.warn("invalid-pattern", pointerJoin(pointer, "pattern"), invalidPatternMessage(pattern));
  });
  return holdsBytes(node, ctx.openapi31) ? { kind: "binary", text: constraints } : { kind: "string", ...constraints };
}

function union(node: JsonObject, raw: readonly unknown[], pointer: string, exclusive: boolean, ctx: SchemaContext): Schema {
  const variants = raw.map((variant, i) => toSchema(variant, pointerJoin(pointer, i), ctx));
  // `pointer` is the keyword's (`.../oneOf`); the discriminator sits beside it.
  const discriminator = discriminatorOf(node, pointer.slice(0, pointer.lastIndexOf("/")), ctx);
  return discriminator ? { kind: "union", variants, exclusive, discriminator } : { kind: "union", variants, exclusive };
}

function discriminatorOf(node: JsonObject, pointer: string, ctx: SchemaContext): Discriminator | undefined {
  const raw = objectField(node, "discriminator");
  const property = raw && stringField(raw, "propertyName");
  if (!raw || property === undefined) return undefined;
  if ("defaultMapping" in raw) {
    // A value without the property belongs to the default variant: dispatch on the property would refuse it.
    const at = pointerJoin(pointer, "discriminator", "defaultMapping");
    ctx.sink.warn("unsupported-default-mapping", at, "discriminator `defaultMapping` (OpenAPI 3.2) is not supported; the union is checked variant by variant, without its discriminator");
    return undefined;
  }
  const mapping: Record<string, string> = {};
  for (const [key, target] of entries(objectField(raw, "mapping") ?? {})) {
    const name = typeof target === "string" ? (componentSchemaKey(target) ?? target) : undefined;
    if (name !== undefined) mapping[key] = name;
  }
  return { property, mapping };
}
