import { isBinary } from "./binary.js";

export const isFormData = (value: unknown): value is FormData =>
  typeof FormData !== "undefined" && value instanceof FormData;

export const isSearchParams = (value: unknown): value is URLSearchParams =>
  typeof URLSearchParams !== "undefined" && value instanceof URLSearchParams;

/** An object whose properties become form fields: not an array, binary data or a prebuilt form. */
export function isFieldObject(
  value: unknown,
): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !isBinary(value) &&
    !isFormData(value) &&
    !isSearchParams(value)
  );
}

/** A scalar as form text; dates in ISO 8601, as `JSON.stringify` writes them. */
export function scalarText(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** Names what a value is, for error messages that must not echo the value itself. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value !== "object") return `a ${typeof value}`;
  const name: unknown = value.constructor?.name;
  return typeof name === "string" && name !== "Object"
    ? `a ${name}`
    : "an object";
}
