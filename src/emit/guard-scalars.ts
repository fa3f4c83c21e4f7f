import type { Schema } from "../model/ir.js";
import type { GuardConstants } from "./guard-constants.js";

type StringSchema = Extract<Schema, { kind: "string" }>;
type NumberSchema = Extract<Schema, { kind: "number" }>;

/** Lengths count code points, as JSON Schema does; patterns are unicode regexes built once. */
export function stringChecks(schema: StringSchema, value: string, constants: GuardConstants): string[] {
  const checks: string[] = [];
  if (schema.minLength !== undefined && schema.minLength > 0) checks.push(`${constants.helper("codePointLength")}(${value}) >= ${schema.minLength}`);
  if (schema.maxLength !== undefined) checks.push(`${constants.helper("codePointLength")}(${value}) <= ${schema.maxLength}`);
  if (schema.pattern !== undefined) checks.push(`${constants.pattern(schema.pattern)}.test(${value})`);
  return checks;
}

export function numberChecks(schema: NumberSchema, value: string, constants: GuardConstants): string[] {
  const checks: string[] = [];
  if (schema.integer) checks.push(`Number.isInteger(${value})`);
  if (schema.minimum !== undefined) checks.push(`${value} >= ${num(schema.minimum)}`);
  if (schema.maximum !== undefined) checks.push(`${value} <= ${num(schema.maximum)}`);
  if (schema.exclusiveMinimum !== undefined) checks.push(`${value} > ${num(schema.exclusiveMinimum)}`);
  if (schema.exclusiveMaximum !== undefined) checks.push(`${value} < ${num(schema.exclusiveMaximum)}`);
  if (schema.multipleOf !== undefined) checks.push(`${constants.helper("isMultipleOf")}(${value}, ${num(schema.multipleOf)})`);
  return checks;
}

function num(n: number): string {
  return n < 0 ? `(${n})` : String(n);
}
