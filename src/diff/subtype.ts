import type { Literal, Schema } from "../model/ir.js";
import { splitNullable } from "./nullability.js";
import { typeText } from "./type-text.js";

/**
 * Whether every value of `a` is a value of `b`, judged conservatively (false when unsure). References
 * are equal only by name: a named type's own changes are reported where it is defined.
 */
export function isSubtype(a: Schema, b: Schema): boolean {
  if (b.kind === "unknown") return true;
  if (a.kind === "unknown") return false;
  const x = splitNullable(a);
  const y = splitNullable(b);
  if (x.nullable && !y.nullable) return false;
  return coreSubtype(x.core, y.core);
}

function coreSubtype(a: Schema, b: Schema): boolean {
  if (typeText(a) === typeText(b)) return true;
  if (a.kind === "union") return a.variants.every((v) => isSubtype(v, b));
  if (b.kind === "union") return b.variants.some((v) => isSubtype(a, v));
  switch (a.kind) {
    case "number":
      return b.kind === "number" && (a.integer || !b.integer);
    case "enum":
      return a.values.every((v) => literalFits(v, b));
    case "array":
      return b.kind === "array" && !a.prefixItems && !b.prefixItems && isSubtype(a.items, b.items);
    case "string":
    case "binary":
    case "boolean":
    case "null":
      return a.kind === b.kind;
    default:
      return false;
  }
}

function literalFits(value: Literal, b: Schema): boolean {
  switch (b.kind) {
    case "enum":
      return b.values.includes(value);
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && (!b.integer || Number.isInteger(value));
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return false;
  }
}
