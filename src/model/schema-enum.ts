import type { Literal, Schema } from "./ir.js";
import type { JsonObject } from "./json.js";
import { constSchema, valueHasType } from "./schema-const.js";
import { patternFlags } from "./pattern-flags.js";

/**
 * Enum values the declared type rejects can never validate (JSON Schema checks both), so they go.
 * Arrays and objects among the values become exact shapes beside the primitive literals.
 */
export function enumSchema(node: JsonObject, values: readonly unknown[]): Schema {
  const raw = node["type"];
  const types = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw.filter((t): t is string => typeof t === "string") : [];
  // `nullable` widens a declared type; without one the enum is untyped (toSchema adds the null).
  if (node["nullable"] === true && types.length > 0) types.push("null");
  const kept = values.filter((v) => (types.length === 0 || types.some((t) => valueHasType(v, t))) && meetsBounds(v, node));
  const primitives = [...new Set(kept.filter((v): v is Literal => v === null || typeof v !== "object"))];
  const structured = kept.filter((v) => typeof v === "object" && v !== null).map(constSchema);
  if (structured.length === 0) return { kind: "enum", values: primitives };
  const variants = primitives.length > 0 ? [{ kind: "enum", values: primitives } as Schema, ...structured] : structured;
  return variants.length === 1 ? (variants[0] as Schema) : { kind: "union", variants, exclusive: false };
}

/**
 * Whether an enum value meets the string and number keywords beside the enum (length, pattern,
 * bounds): one that does not can never validate, so it goes too.
 */
function meetsBounds(value: unknown, node: JsonObject): boolean {
  const number = (key: string) => (typeof node[key] === "number" ? (node[key] as number) : undefined);
  if (typeof value === "string") {
    const length = [...value].length;
    const source = typeof node["pattern"] === "string" ? node["pattern"] : undefined;
    const flags = source === undefined ? undefined : patternFlags(source);
    const pattern = source === undefined || flags === undefined ? undefined : new RegExp(source, flags);
    return length >= (number("minLength") ?? 0) && length <= (number("maxLength") ?? Infinity) && (pattern?.test(value) ?? true);
  }
  if (typeof value !== "number") return true;
  const [min, max] = [number("minimum") ?? -Infinity, number("maximum") ?? Infinity];
  // 3.0 writes an exclusive bound as `exclusiveMinimum: true` beside `minimum`; 2020-12 as its own number.
  const aboveMin = node["exclusiveMinimum"] === true ? value > min : value >= min && value > (number("exclusiveMinimum") ?? -Infinity);
  const belowMax = node["exclusiveMaximum"] === true ? value < max : value <= max && value < (number("exclusiveMaximum") ?? Infinity);
  return aboveMin && belowMax;
}
