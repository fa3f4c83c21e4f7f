import { assertNever } from "../model/directions.js";
import type { Literal, Property, Schema } from "../model/ir.js";
import { elementAccess, literal, stringLiteral } from "./escape.js";
import type { GuardConstants } from "./guard-constants.js";
import { numberChecks, stringChecks } from "./guard-scalars.js";

export interface GuardContext {
  constants: GuardConstants;
  /** Guard function name of each named type. */
  guardOf: (typeName: string) => string;
  /** Nesting depth, for unique callback parameter names. */
  depth: number;
}

/** Enums up to this size compare inline; larger ones use a shared Set. */
const INLINE_ENUM_MAX = 4;

/** IR schema -> boolean expression that is true exactly when `value` matches. Mirrors typeText. */
export function guardExpr(schema: Schema, value: string, ctx: GuardContext): string {
  switch (schema.kind) {
    case "ref":
      return `${ctx.guardOf(schema.name)}(${value})`;
    case "string":
      return all([`typeof ${value} === "string"`, ...stringChecks(schema, value, ctx.constants)]);
    case "number":
      return all([`typeof ${value} === "number"`, ...numberChecks(schema, value, ctx.constants)]);
    case "binary":
      return `${ctx.constants.helper("isUploadable")}(${value})`;
    case "boolean":
      return `typeof ${value} === "boolean"`;
    case "null":
      return `${value} === null`;
    case "unknown":
      return "true";
    case "enum":
      return enumExpr(schema.values, value, ctx);
    case "array":
      return arrayExpr(schema, value, ctx);
    case "object":
      return objectExpr(schema, value, ctx);
    case "union":
      return unionExpr(schema, value, ctx);
    case "intersection":
      return all(schema.parts.map((p) => guardExpr(p, value, ctx)));
    case "not":
      return `!(${guardExpr(schema.schema, value, ctx)})`;
    default:
      return assertNever(schema);
  }
}

function all(checks: string[]): string {
  const kept = checks.filter((c) => c !== "true");
  if (kept.length === 0) return "true";
  return kept.length === 1 ? (kept[0] as string) : `(${kept.join(" && ")})`;
}

function enumExpr(values: Literal[], value: string, ctx: GuardContext): string {
  if (values.length === 0) return "false";
  if (values.length <= INLINE_ENUM_MAX) return `(${values.map((v) => `${value} === ${literal(v)}`).join(" || ")})`;
  return `${ctx.constants.literalSet(values)}.has(${value})`;
}

function arrayExpr(schema: Extract<Schema, { kind: "array" }>, value: string, ctx: GuardContext): string {
  const checks = [`Array.isArray(${value})`];
  if (schema.minItems !== undefined) checks.push(`${value}.length >= ${schema.minItems}`);
  if (schema.maxItems !== undefined) checks.push(`${value}.length <= ${schema.maxItems}`);
  if (schema.uniqueItems) checks.push(`${ctx.constants.helper("hasUniqueItems")}(${value})`);
  if (schema.items.kind === "ref") checks.push(`${value}.every(${ctx.guardOf(schema.items.name)})`);
  else if (schema.items.kind !== "unknown") {
    const item = `item${ctx.depth}`;
    checks.push(`${value}.every((${item}: unknown) => ${guardExpr(schema.items, item, { ...ctx, depth: ctx.depth + 1 })})`);
  }
  return all(checks);
}

function objectExpr(schema: Extract<Schema, { kind: "object" }>, value: string, ctx: GuardContext): string {
  const checks = [`${ctx.constants.helper("isRecord")}(${value})`, ...schema.properties.map((p) => propertyExpr(p, value, ctx))];
  const known = schema.properties.map((p) => p.wireName);
  if (schema.additional === "closed") checks.push(`${ctx.constants.helper("hasOnlyKeys")}(${value}, ${ctx.constants.keySet(known)})`);
  else if (typeof schema.additional === "object" && schema.additional.schema.kind !== "unknown") {
    const extra = `extra${ctx.depth}`;
    const check = guardExpr(schema.additional.schema, extra, { ...ctx, depth: ctx.depth + 1 });
    checks.push(`${ctx.constants.helper("everyExtraValue")}(${value}, ${ctx.constants.keySet(known)}, (${extra}: unknown) => ${check})`);
  }
  return all(checks);
}

/**
 * Absent optional properties pass; a required one must be present even when its schema is `unknown`.
 * Names that Object.prototype also has (`constructor`, `toString`) are looked up as own properties.
 */
function propertyExpr(p: Property, value: string, ctx: GuardContext): string {
  const access = elementAccess(value, p.wireName);
  const check = guardExpr(p.schema, access, ctx);
  const own = () => `${ctx.constants.helper("hasOwn")}(${value}, ${stringLiteral(p.wireName)})`;
  const inherited = p.wireName in Object.prototype;
  if (p.required) return check === "true" ? own() : inherited ? `(${own()} && ${check})` : check;
  if (check === "true") return "true";
  return inherited ? `(!${own()} || ${check})` : `(${access} === undefined || ${check})`;
}

function unionExpr(schema: Extract<Schema, { kind: "union" }>, value: string, ctx: GuardContext): string {
  const checks = schema.variants.map((v) => guardExpr(v, value, ctx));
  if (checks.includes("true") && !schema.exclusive) return "true";
  if (!schema.exclusive || checks.length === 1) return `(${checks.join(" || ")})`;
  // oneOf: exactly one variant may match (JSON Schema 2020-12 §10.2.1.3).
  return `(${checks.map((c) => `(${c} ? 1 : 0)`).join(" + ")}) === 1`;
}
