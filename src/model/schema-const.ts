import type { Literal, Property, Schema } from "./ir.js";
import { NEVER } from "./schema-combinators.js";

/**
 * A `const`/`enum` value as a schema that accepts exactly that JSON value: primitives stay enum
 * literals; an array or object becomes the closed shape of its items or properties, which is
 * JSON Schema's equality (key order free, 1 equals 1.0).
 */
export function constSchema(value: unknown): Schema {
  if (Array.isArray(value)) {
    return { kind: "array", prefixItems: value.map(constSchema), items: NEVER, minItems: value.length, maxItems: value.length };
  }
  if (typeof value === "object" && value !== null) {
    const properties = Object.keys(value).map(
      (key): Property => ({ wireName: key, required: true, readOnly: false, writeOnly: false, schema: constSchema((value as Record<string, unknown>)[key]), doc: {} }),
    );
    return { kind: "object", properties, additional: "closed" };
  }
  return { kind: "enum", values: [value as Literal] };
}

/** Whether a JSON value has one of the JSON Schema types (JSON Schema §6.1.1; `integer` by value). */
export function valueHasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "number":
    case "string":
    case "boolean":
      return typeof value === type;
    default:
      return false;
  }
}
