import type { Schema } from "../model/ir.js";
import { allowsAnyExtraKey, alwaysPasses, type GuardContext } from "./guard-context.js";
import { callOn } from "./guard-logic.js";
import type { LocalNames } from "./guard-names.js";
import { formatCheck, isScalar, scalarTest } from "./guard-scalars.js";

/** A check that is one call of a named function on the value, with number arguments after it. */
export interface OneCall {
  callee: string;
  rest: string[];
}

/** The guard of a named type. */
export function guardOf(ctx: GuardContext, name: string): string {
  return ctx.types.get(name)?.guardName ?? `is${name}`;
}

/**
 * The function (and number arguments) a reference's, a plain object's or a scalar's check is one
 * call of, if it is (`isAbsentOr(v["x"], isStringOf, 1)` passes it on).
 */
export function singleCall(ctx: GuardContext, schema: Schema): OneCall | undefined {
  if (schema.kind === "ref") return { callee: guardOf(ctx, schema.name), rest: [] };
  if (schema.kind === "object" && isPlainRecord(schema)) return { callee: ctx.constants.helper("isRecord"), rest: [] };
  const probe = "value";
  return isScalar(schema) ? (typeofHelper(ctx, schema) ?? callOn(scalarTest(schema, probe, ctx.constants), probe)) : undefined;
}

/**
 * The runtime helper for a check written inline as `typeof`, where a function is needed: any
 * string is isStringOf with no bounds (`isArrayOf(v, isStringOf)`), a boolean isBoolean.
 */
export function typeofHelper(ctx: GuardContext, schema: Schema): OneCall | undefined {
  if (schema.kind === "boolean") return { callee: ctx.constants.helper("isBoolean"), rest: [] };
  const plain = schema.kind === "string" && !schema.minLength && schema.maxLength === undefined && schema.pattern === undefined;
  if (!plain || formatCheck(schema) !== undefined) return undefined;
  return { callee: ctx.constants.helper("isStringOf"), rest: [] };
}

/** An object schema that constrains nothing but being an object. */
export function isPlainRecord(schema: Extract<Schema, { kind: "object" }>): boolean {
  return (
    allowsAnyExtraKey(schema.additional) &&
    schema.properties.every((p) => !p.required && alwaysPasses(p.schema)) &&
    (schema.patternProperties ?? []).every((p) => alwaysPasses(p.schema)) &&
    schema.minProperties === undefined &&
    schema.maxProperties === undefined &&
    schema.propertyNames === undefined
  );
}

/**
 * Whether a schema's check is a few operations (a `typeof`, a comparison, a Set lookup): a scalar
 * with no pattern or checked format, a union of such, or a reference to a type that is one.
 */
export function isCheap(ctx: GuardContext, schema: Schema): boolean {
  switch (schema.kind) {
    case "ref": {
      const target = ctx.types.get(schema.name)?.schema;
      return target !== undefined && target.kind !== "ref" && isCheap(ctx, target);
    }
    case "union":
      return !schema.exclusive && !schema.discriminator && schema.variants.every((variant) => isCheap(ctx, variant));
    case "string":
      return schema.pattern === undefined && formatCheck(schema) === undefined;
    default:
      return isScalar(schema);
  }
}

/** The local an object's property checks read each property into, declared by the first. */
export interface Slot {
  locals: LocalNames;
  name?: string;
  uses: number;
}
