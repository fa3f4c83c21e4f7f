import type { Literal, Schema } from "../model/ir.js";
import { literal } from "./escape.js";
import { FORMAT_CHECKS, type GuardConstants } from "./guard-constants.js";
import { all, any, call, compare, FALSE, TRUE, type Expr } from "./guard-logic.js";

export type ScalarSchema = Extract<Schema, { kind: "string" | "number" | "boolean" | "null" | "binary" | "enum" | "unknown" }>;

export function isScalar(schema: Schema): schema is ScalarSchema {
  switch (schema.kind) {
    case "string":
    case "number":
    case "boolean":
    case "null":
    case "binary":
    case "enum":
    case "unknown":
      return true;
    default:
      return false;
  }
}

/** Enums up to this size compare inline; larger ones use a shared Set. */
const INLINE_ENUM_MAX = 4;

/** Whether a schema's compiled check reads the value once: one call or comparison. */
export function readsOnce(schema: Schema): boolean {
  switch (schema.kind) {
    case "ref":
    case "boolean":
    case "null":
    case "binary":
      return true;
    case "string":
      // `typeof v === "string"`, `isStringOf(v, 1)` or `isFormatted(v, isDateTime)`.
      return schema.pattern === undefined && (formatCheck(schema) === undefined || formatOnly(schema) !== undefined);
    case "number":
      return [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum, schema.multipleOf].every((n) => n === undefined);
    case "enum":
      return schema.open !== true && (schema.values.length === 1 || schema.values.length > INLINE_ENUM_MAX);
    case "array":
      // `isArrayOf(v, isItem)`, `Array.isArray(v)`, or a helper hoisted for the array.
      return !(schema.minItems ?? 0) && schema.maxItems === undefined && !schema.uniqueItems && !schema.prefixItems && !schema.contains;
    default:
      return false;
  }
}

/**
 * A scalar schema compiled to a boolean expression over a value already bound to an identifier,
 * the JSON type first (it narrows for the keywords after it).
 */
export function scalarTest(schema: ScalarSchema, v: string, constants: GuardConstants): Expr {
  switch (schema.kind) {
    case "string": {
      const format = formatOnly(schema);
      if (format !== undefined) return call(constants.helper("isFormatted"), v, constants.helper(format));
      return all([stringGate(schema, v, constants), ...stringChecks(schema, v, constants)]);
    }
    case "number":
      return all([call(constants.helper(schema.integer ? "isInteger" : "isNumber"), v), ...numberChecks(schema, v, constants)]);
    case "boolean":
      return compare(`typeof ${v}`, "===", `"boolean"`);
    case "null":
      return compare(v, "===", "null");
    case "binary":
      return call(constants.helper("isUploadable"), v);
    case "enum":
      return schema.open === true ? openEnumTest(schema.values, v, constants) : enumTest(schema.values, v, constants);
    case "unknown":
      return TRUE;
  }
}

function enumTest(values: Literal[], v: string, constants: GuardConstants): Expr {
  if (values.length === 0) return FALSE;
  if (values.length <= INLINE_ENUM_MAX) return any(values.map((value) => compare(v, "===", literal(value))));
  return call(`${constants.literalSet(values)}.has`, v);
}

/**
 * An open enum (config `openEnums`, responses only) takes any string where it lists strings and any
 * finite number where it lists numbers, as its type `"A" | "B" | (string & {})` does; its other
 * values (null, booleans) are checked as listed.
 */
function openEnumTest(values: Literal[], v: string, constants: GuardConstants): Expr {
  const open = new Set<string>(values.map((value) => typeof value).filter((t) => t === "string" || t === "number"));
  const rest = values.filter((value) => !open.has(typeof value));
  return any([
    ...(open.has("string") ? [compare(`typeof ${v}`, "===", `"string"`)] : []),
    ...(open.has("number") ? [call(constants.helper("isNumber"), v)] : []),
    ...(rest.length > 0 ? [enumTest(rest, v, constants)] : []),
  ]);
}

type StringSchema = Extract<Schema, { kind: "string" }>;
type NumberSchema = Extract<Schema, { kind: "number" }>;

/** `typeof v === "string"`, or with length bounds (code points, as JSON Schema counts) `isStringOf(v, min, max)`. */
function stringGate(schema: StringSchema, v: string, constants: GuardConstants): Expr {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  if (min <= 0 && max === undefined) return compare(`typeof ${v}`, "===", `"string"`);
  return call(constants.helper("isStringOf"), v, min, ...(max === undefined ? [] : [max]));
}

/** The runtime/formats.ts function that checks the string's format, if the format is checked. */
export function formatCheck(schema: StringSchema): string | undefined {
  return schema.format === undefined ? undefined : FORMAT_CHECKS[schema.format];
}

/** formatCheck for a string checked by its format alone (no pattern, no length bounds). */
function formatOnly(schema: StringSchema): string | undefined {
  return schema.pattern === undefined && !schema.minLength && schema.maxLength === undefined ? formatCheck(schema) : undefined;
}

/** Patterns are unicode regexes built once. Formats outside FORMAT_CHECKS are annotations only. */
function stringChecks(schema: StringSchema, v: string, constants: GuardConstants): Expr[] {
  const format = formatCheck(schema);
  return [
    ...(schema.pattern !== undefined ? [call(`${constants.pattern(schema.pattern)}.test`, v)] : []),
    ...(format !== undefined ? [call(constants.helper(format), v)] : []),
  ];
}

function numberChecks(schema: NumberSchema, v: string, constants: GuardConstants): Expr[] {
  const bounds: [string, number | undefined][] = [
    [">=", schema.minimum],
    ["<=", schema.maximum],
    [">", schema.exclusiveMinimum],
    ["<", schema.exclusiveMaximum],
  ];
  return [
    ...bounds.flatMap(([op, n]) => (n === undefined ? [] : [compare(v, op, n)])),
    ...(schema.multipleOf !== undefined ? [call(constants.helper("isMultipleOf"), v, schema.multipleOf)] : []),
  ];
}
