import type { Literal, Schema } from "../model/ir.js";
import { literal } from "./escape.js";
import { FORMAT_CHECKS, type GuardConstants } from "./guard-constants.js";

/**
 * One JSON Schema keyword compiled to a test over a value already bound to an identifier: `test`
 * is a boolean expression, true when the keyword holds, that may stand as an operand of `&&` and
 * `||` (disjunctions come parenthesised); `message` is the plain text of the issue.
 * isX and validateX are both built from these lists, so they cannot disagree on a scalar.
 */
export interface Check {
  keyword: string;
  test: string;
  message: string;
}

/** `gate` (the JSON type, or the whole enum) first; `rest` applies only to values that pass it. */
export interface Checks {
  gate?: Check;
  rest: Check[];
}

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
/** Enum values listed in a message before it just counts them. */
const LISTED_VALUES_MAX = 10;

export function scalarChecks(schema: ScalarSchema, v: string, constants: GuardConstants): Checks {
  switch (schema.kind) {
    case "string":
      return { gate: type(`typeof ${v} === "string"`, "string"), rest: stringChecks(schema, v, constants) };
    case "number":
      return schema.integer
        ? { gate: type(`typeof ${v} === "number" && Number.isInteger(${v})`, "integer"), rest: numberChecks(schema, v, constants) }
        : { gate: type(`typeof ${v} === "number" && Number.isFinite(${v})`, "number"), rest: numberChecks(schema, v, constants) };
    case "boolean":
      return { gate: type(`typeof ${v} === "boolean"`, "boolean"), rest: [] };
    case "null":
      return { gate: type(`${v} === null`, "null"), rest: [] };
    case "binary":
      return { gate: { keyword: "type", test: `${constants.helper("isUploadable")}(${v})`, message: "expected binary data (Blob, ArrayBuffer, typed array or stream)" }, rest: [] };
    case "enum":
      return { gate: schema.open === true ? openEnumCheck(schema.values, v, constants) : enumCheck(schema.values, v, constants), rest: [] };
    case "unknown":
      return { rest: [] };
  }
}

function type(test: string, name: string): Check {
  return { keyword: "type", test, message: `expected ${name}` };
}

/** `false` (an empty enum) is the schema nothing matches. */
export const NOTHING: Check = { keyword: "false schema", test: "false", message: "no value is allowed here" };

function enumCheck(values: Literal[], v: string, constants: GuardConstants): Check {
  if (values.length === 0) return NOTHING;
  const test =
    values.length === 1
      ? `${v} === ${literal(values[0] as Literal)}`
      : values.length <= INLINE_ENUM_MAX
        ? `(${values.map((value) => `${v} === ${literal(value)}`).join(" || ")})`
        : `${constants.literalSet(values)}.has(${v})`;
  const shown = values.map((value) => JSON.stringify(value));
  const message =
    values.length === 1
      ? `must be ${shown[0]}`
      : values.length <= LISTED_VALUES_MAX
        ? `must be one of ${shown.join(", ")}`
        : `must be one of the ${values.length} allowed values`;
  return { keyword: "enum", test, message };
}

/**
 * An open enum (config `openEnums`, responses only) takes any string where it lists strings and any
 * finite number where it lists numbers, as its type `"A" | "B" | (string & {})` does; its other
 * values (null, booleans) are checked as listed. The message is the closed enum's.
 */
function openEnumCheck(values: Literal[], v: string, constants: GuardConstants): Check {
  const closed = enumCheck(values, v, constants);
  const open = new Set<string>(values.map((value) => typeof value).filter((t) => t === "string" || t === "number"));
  const rest = values.filter((value) => !open.has(typeof value));
  const tests = [
    ...(open.has("string") ? [`typeof ${v} === "string"`] : []),
    ...(open.has("number") ? [`(typeof ${v} === "number" && Number.isFinite(${v}))`] : []),
    ...(rest.length > 0 ? [enumCheck(rest, v, constants).test] : []),
  ];
  return { ...closed, test: `(${tests.join(" || ")})` };
}

type StringSchema = Extract<Schema, { kind: "string" }>;
type NumberSchema = Extract<Schema, { kind: "number" }>;

/**
 * Lengths count code points, as JSON Schema does; the UTF-16 length decides most strings without
 * counting (a string has between length/2 and length code points). Patterns are unicode regexes
 * built once. Formats outside FORMAT_CHECKS are annotations only.
 */
function stringChecks(schema: StringSchema, v: string, constants: GuardConstants): Check[] {
  const checks: Check[] = [];
  const count = () => `${constants.helper("codePointLength")}(${v})`;
  const min = schema.minLength;
  const max = schema.maxLength;
  if (min !== undefined && min > 0) {
    const test = min === 1 ? `${v}.length !== 0` : `(${v}.length >= ${2 * min} || (${v}.length >= ${min} && ${count()} >= ${min}))`;
    checks.push({ keyword: "minLength", test, message: `must have at least ${min} character${min === 1 ? "" : "s"}` });
  }
  if (max !== undefined) {
    const test = `(${v}.length <= ${max} || (${v}.length <= ${2 * max} && ${count()} <= ${max}))`;
    checks.push({ keyword: "maxLength", test, message: `must have at most ${max} character${max === 1 ? "" : "s"}` });
  }
  if (schema.pattern !== undefined) {
    checks.push({ keyword: "pattern", test: `${constants.pattern(schema.pattern)}.test(${v})`, message: `must match the pattern ${JSON.stringify(schema.pattern)}` });
  }
  const format = schema.format === undefined ? undefined : FORMAT_CHECKS[schema.format];
  if (format !== undefined) {
    checks.push({ keyword: "format", test: `${constants.helper(format)}(${v})`, message: `must be a valid ${schema.format}` });
  }
  return checks;
}

function numberChecks(schema: NumberSchema, v: string, constants: GuardConstants): Check[] {
  const checks: Check[] = [];
  const bound = (keyword: string, op: string, n: number | undefined) => {
    if (n !== undefined) checks.push({ keyword, test: `${v} ${op} ${n}`, message: `must be ${op} ${n}` });
  };
  bound("minimum", ">=", schema.minimum);
  bound("maximum", "<=", schema.maximum);
  bound("exclusiveMinimum", ">", schema.exclusiveMinimum);
  bound("exclusiveMaximum", "<", schema.exclusiveMaximum);
  if (schema.multipleOf !== undefined) {
    checks.push({ keyword: "multipleOf", test: `${constants.helper("isMultipleOf")}(${v}, ${schema.multipleOf})`, message: `must be a multiple of ${schema.multipleOf}` });
  }
  return checks;
}
