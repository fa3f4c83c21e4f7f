/**
 * Helpers the generated guards (and the schema interpreter) call. Each is a plain function over
 * JSON values; those that take a function (isArrayOf, isAbsentOr) are given a named guard, never
 * a closure, so guards stay straight-line code. None calls a method on the value it checks (an
 * attacker-shaped object could override it): arrays are walked with index loops, objects with
 * `for...in` and an own-property test.
 */
import type { ValidationIssue } from "./validation-error.js";
import { formatIssues } from "./validation-error.js";

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const hasOwnProperty = Object.prototype.hasOwnProperty;

export function hasOwn(value: object, key: string): boolean {
  return hasOwnProperty.call(value, key);
}

/**
 * An array whose every item passes `guard` (a generated guard or one of these helpers), given
 * `a` and `b` after the item (`isArrayOf(v, isStringOf, 1)`: strings of one code point or more):
 * the `items` check of an array whose items are one call, written once here rather than as a
 * loop in every guard.
 */
export function isArrayOf(
  value: unknown,
  guard: (item: unknown, a: number, b?: number) => boolean,
  a = 0,
  b?: number,
): value is unknown[] {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!guard(value[i], a, b)) return false;
  return true;
}

/**
 * An optional property's check: absent (undefined, as JSON has no undefined), or passing `guard`
 * given `a` and `b` after the value (`isAbsentOr(v["name"], isStringOf, 1)`).
 */
export function isAbsentOr(
  value: unknown,
  guard: (value: unknown, a: number, b?: number) => boolean,
  a = 0,
  b?: number,
): boolean {
  return value === undefined || guard(value, a, b);
}

/** A string `format` accepts (`isFormatted(v, isDateTime)`; formats.ts checks strings only). */
export function isFormatted(value: unknown, format: (value: string) => boolean): value is string {
  return typeof value === "string" && format(value);
}

/** A boolean: the `typeof` test as a function, for isArrayOf and isAbsentOr. */
export function isBoolean(value: unknown): value is boolean {
  return typeof value === "boolean";
}

/** A JSON Schema integer: a number with no fractional part. */
export function isInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}

/** A JSON Schema number: finite (JSON has no NaN or Infinity). */
export function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

/**
 * A string of `min` to `max` code points (minLength/maxLength). A string has between length/2 and
 * length code points, so the UTF-16 length decides most strings without counting.
 */
export function isStringOf(
  value: unknown,
  min: number,
  max?: number,
): value is string {
  if (typeof value !== "string") return false;
  const n = value.length;
  if (n < min) return false;
  if (n < 2 * min && codePointLength(value) < min) return false;
  if (max === undefined || n <= max) return true;
  return n <= 2 * max && codePointLength(value) <= max;
}

/** String length in code points, as JSON Schema's minLength/maxLength count it. */
export function codePointLength(value: string): number {
  let length = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    length++;
  }
  return length;
}

/**
 * multipleOf on the numbers the JSON text denotes, not on their binary approximations: 0.3 is a
 * multiple of 0.1 (JSON Schema divides numbers; ajv's default `value / divisor` check says no,
 * because 0.3 / 0.1 is 2.9999999999999996 in doubles). Each number is read as the decimal its
 * shortest round-trip text spells (`String(n)`, what JSON.stringify writes), and divisibility is
 * decided exactly. Integers below 2^53 take the plain `%` path; a quotient far from any integer
 * is rejected without the decimal reading (the rounding of both operands and of the division is
 * far below the margin, so that never changes a verdict).
 */
export function isMultipleOf(value: number, divisor: number): boolean {
  if (
    Number.isInteger(value) &&
    Number.isInteger(divisor) &&
    Math.abs(value) <= Number.MAX_SAFE_INTEGER
  ) {
    return value % divisor === 0;
  }
  const quotient = value / divisor;
  const normal = Math.abs(value) >= 1e-300 && divisor >= 1e-300; // subnormals lose relative precision
  if (
    normal &&
    Number.isFinite(quotient) &&
    Math.abs(quotient - Math.round(quotient)) >
      1e-9 * Math.max(1, Math.abs(quotient))
  ) {
    return false;
  }
  return isDecimalMultiple(value, divisor);
}

/** `n` (finite, non-negative) as decimal digits times a power of ten, from its shortest text. */
function decimalParts(n: number): { digits: string; exponent: number } {
  const text = String(n);
  const e = text.indexOf("e");
  let digits = e === -1 ? text : text.slice(0, e);
  let exponent = e === -1 ? 0 : Number(text.slice(e + 1));
  const dot = digits.indexOf(".");
  if (dot !== -1) {
    exponent -= digits.length - dot - 1;
    digits = digits.slice(0, dot) + digits.slice(dot + 1);
  }
  return { digits, exponent };
}

function isDecimalMultiple(value: number, divisor: number): boolean {
  if (value === 0) return true;
  const a = decimalParts(Math.abs(value));
  const b = decimalParts(Math.abs(divisor));
  const exponent = Math.min(a.exponent, b.exponent);
  const shiftA = a.exponent - exponent;
  const shiftB = b.exponent - exponent;
  // Both scaled operands below 10^15 (< 2^53): exact in doubles.
  if (a.digits.length + shiftA <= 15 && b.digits.length + shiftB <= 15) {
    return (
      (Number(a.digits) * 10 ** shiftA) % (Number(b.digits) * 10 ** shiftB) ===
      0
    );
  }
  const ten = BigInt(10);
  const scaledA = BigInt(a.digits) * ten ** BigInt(shiftA);
  const scaledB = BigInt(b.digits) * ten ** BigInt(shiftB);
  return scaledA % scaledB === BigInt(0);
}

/** JSON Schema uniqueItems: no two items are deeply equal (object key order does not matter). */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) {
      if (jsonEqual(items[i], items[j])) return false;
    }
  }
  return true;
}

/** Deep equality of JSON values: arrays item by item, objects by their own enumerable keys. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (
    typeof a !== "object" ||
    typeof b !== "object" ||
    a === null ||
    b === null
  ) {
    // NaN equals itself here, as in ajv's fast-deep-equal.
    return typeof a === "number" && typeof b === "number" && a !== a && b !== b;
  }
  const arrayA = Array.isArray(a);
  if (arrayA !== Array.isArray(b)) return false;
  if (arrayA) {
    const left = a as readonly unknown[];
    const right = b as readonly unknown[];
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) {
      if (!jsonEqual(left[i], right[i])) return false;
    }
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    if (!hasOwn(left, key)) continue;
    if (!hasOwn(right, key) || !jsonEqual(left[key], right[key])) return false;
    count++;
  }
  for (const key in right) {
    if (hasOwn(right, key)) count--;
  }
  return count === 0;
}

/** The JSON type of a value, for choosing which variant of a union explains a failure. */
export type JsonType =
  "null" | "boolean" | "number" | "string" | "array" | "object" | "other";

export function jsonType(value: unknown): JsonType {
  switch (typeof value) {
    case "string":
      return "string";
    case "number":
      return Number.isFinite(value) ? "number" : "other";
    case "boolean":
      return "boolean";
    case "object":
      return value === null
        ? "null"
        : Array.isArray(value)
          ? "array"
          : "object";
    default:
      return "other";
  }
}

/** The most issues a `validateX` lists; checking stops once it has this many. */
export const MAX_ISSUES = 100;

/** One JSON pointer reference token (RFC 6901): `~` as `~0`, `/` as `~1`. */
export function pointerToken(key: string): string {
  if (key.indexOf("~") === -1 && key.indexOf("/") === -1) return key;
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The message of the ValidationError an `assertX` throws. */
export function failureMessage(
  typeName: string,
  issues: readonly ValidationIssue[],
): string {
  return `value is not a valid ${typeName}: ${formatIssues(issues)}`;
}

export { isUploadable } from "./uploadable.js";
