/**
 * Helpers the generated guards call. Each is a plain function over JSON values, so guards stay
 * straight-line expressions with no schema interpretation at run time.
 */

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function hasOwn(value: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
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

/** multipleOf without binary floating-point surprises (0.3 is a multiple of 0.1). */
export function isMultipleOf(value: number, divisor: number): boolean {
  const quotient = value / divisor;
  if (Number.isInteger(quotient)) return true;
  const scale = 10 ** Math.max(decimals(value), decimals(divisor));
  if (!Number.isFinite(scale) || scale > 1e15) return false;
  return Math.round(value * scale) % Math.round(divisor * scale) === 0;
}

function decimals(n: number): number {
  const text = String(n);
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent)
    return (
      Number(exponent[1]) + (text.split("e")[0]?.split(".")[1]?.length ?? 0)
    );
  return text.split(".")[1]?.length ?? 0;
}

/** JSON Schema uniqueItems: no two items are deeply equal (object key order does not matter). */
export function hasUniqueItems(items: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const item of items) {
    const key = canonicalJson(item);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isRecord(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** additionalProperties: false — no key outside the declared ones. */
export function hasOnlyKeys(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
): boolean {
  for (const key in value) {
    if (hasOwn(value, key) && !known.has(key)) return false;
  }
  return true;
}

/** additionalProperties: <schema> — every undeclared key's value passes `check`. */
export function everyExtraValue(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  check: (extra: unknown) => boolean,
): boolean {
  for (const key in value) {
    if (hasOwn(value, key) && !known.has(key) && !check(value[key]))
      return false;
  }
  return true;
}
export { isUploadable } from "./uploadable.js";
