import type { Literal, Schema } from "../model/ir.js";
import { literal } from "./escape.js";
import { FORMAT_CHECKS, type GuardConstants } from "./guard-constants.js";
import { all } from "./guard-logic.js";

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

/**
 * A scalar schema compiled to a boolean expression over a value already bound to an identifier,
 * the JSON type first (it narrows for the keywords after it); safe as an operand of `&&` and `||`.
 */
export function scalarTest(schema: ScalarSchema, v: string, constants: GuardConstants): string {
  switch (schema.kind) {
    case "string":
      return all([stringGate(schema, v, constants), ...stringChecks(schema, v, constants)]);
    case "number":
      return all([`${constants.helper(schema.integer ? "isInteger" : "isNumber")}(${v})`, ...numberChecks(schema, v, constants)]);
    case "boolean":
      return `typeof ${v} === "boolean"`;
    case "null":
      return `${v} === null`;
    case "binary":
      return `${constants.helper("isUploadable")}(${v})`;
    case "enum":
      return schema.open === true ? openEnumTest(schema.values, v, constants) : enumTest(schema.values, v, constants);
    case "unknown":
      return "true";
  }
}

function enumTest(values: Literal[], v: string, constants: GuardConstants): string {
  if (values.length === 0) return "false";
  if (values.length === 1) return `${v} === ${literal(values[0] as Literal)}`;
  if (values.length <= INLINE_ENUM_MAX) return `(${values.map((value) => `${v} === ${literal(value)}`).join(" || ")})`;
  return `${constants.literalSet(values)}.has(${v})`;
}

/**
 * An open enum (config `openEnums`, responses only) takes any string where it lists strings and any
 * finite number where it lists numbers, as its type `"A" | "B" | (string & {})` does; its other
 * values (null, booleans) are checked as listed.
 */
function openEnumTest(values: Literal[], v: string, constants: GuardConstants): string {
  const open = new Set<string>(values.map((value) => typeof value).filter((t) => t === "string" || t === "number"));
  const rest = values.filter((value) => !open.has(typeof value));
  const tests = [
    ...(open.has("string") ? [`typeof ${v} === "string"`] : []),
    ...(open.has("number") ? [`${constants.helper("isNumber")}(${v})`] : []),
    ...(rest.length > 0 ? [enumTest(rest, v, constants)] : []),
  ];
  return `(${tests.join(" || ")})`;
}

type StringSchema = Extract<Schema, { kind: "string" }>;
type NumberSchema = Extract<Schema, { kind: "number" }>;

/** `typeof v === "string"`, or with length bounds (code points, as JSON Schema counts) `isStringOf(v, min, max)`. */
function stringGate(schema: StringSchema, v: string, constants: GuardConstants): string {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  if (min <= 0 && max === undefined) return `typeof ${v} === "string"`;
  return `${constants.helper("isStringOf")}(${v}, ${min}${max === undefined ? "" : `, ${max}`})`;
}

/** Patterns are unicode regexes built once. Formats outside FORMAT_CHECKS are annotations only. */
function stringChecks(schema: StringSchema, v: string, constants: GuardConstants): string[] {
  const format = schema.format === undefined ? undefined : FORMAT_CHECKS[schema.format];
  return [
    ...(schema.pattern !== undefined ? [`${constants.pattern(schema.pattern)}.test(${v})`] : []),
    ...(format !== undefined ? [`${constants.helper(format)}(${v})`] : []),
  ];
}

function numberChecks(schema: NumberSchema, v: string, constants: GuardConstants): string[] {
  const bounds: [string, number | undefined][] = [
    [">=", schema.minimum],
    ["<=", schema.maximum],
    [">", schema.exclusiveMinimum],
    ["<", schema.exclusiveMaximum],
  ];
  return [
    ...bounds.flatMap(([op, n]) => (n === undefined ? [] : [`${v} ${op} ${n}`])),
    ...(schema.multipleOf !== undefined ? [`${constants.helper("isMultipleOf")}(${v}, ${schema.multipleOf})`] : []),
  ];
}
