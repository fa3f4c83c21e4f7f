import type { Property, Schema } from "./ir.js";

export const UNKNOWN: Schema = { kind: "unknown" };
export const NEVER: Schema = { kind: "enum", values: [] };
const NULL: Schema = { kind: "null" };

function admitsNull(schema: Schema): boolean {
  switch (schema.kind) {
    case "null":
    case "unknown":
      return true;
    case "enum":
      return schema.values.includes(null);
    case "union":
      return schema.variants.some(admitsNull);
    default:
      return false;
  }
}

/** `schema | null`, flattening into an existing union or enum. */
export function withNull(schema: Schema): Schema {
  if (admitsNull(schema)) return schema;
  if (schema.kind === "enum") return { kind: "enum", values: [...schema.values, null] };
  if (schema.kind === "union" && !schema.exclusive) return { ...schema, variants: [...schema.variants, NULL] };
  return { kind: "union", variants: [schema, NULL], exclusive: false };
}

/** allOf: inline objects merge into one object; anything else becomes an intersection. */
export function allOf(parts: Schema[]): Schema {
  const useful = parts.filter((p) => p.kind !== "unknown");
  if (useful.length === 0) return UNKNOWN;
  if (useful.length === 1) return useful[0] as Schema;
  // A closed part rejects the other parts' keys under JSON Schema, so only open objects merge, and
  // only those with nothing but properties (the merge keeps no patterns, counts or name rules).
  if (useful.every((p) => p.kind === "object" && p.additional === "open" && !p.patternProperties && p.minProperties === undefined && p.maxProperties === undefined && !p.propertyNames)) {
    return mergeObjects(useful);
  }
  return { kind: "intersection", parts: useful };
}

function mergeObjects(parts: Schema[]): Schema {
  const byName = new Map<string, Property>();
  for (const part of parts) {
    if (part.kind !== "object") continue;
    for (const prop of part.properties) {
      const seen = byName.get(prop.wireName);
      byName.set(prop.wireName, seen ? mergeProperty(seen, prop) : prop);
    }
  }
  return { kind: "object", properties: [...byName.values()], additional: "open" };
}

function mergeProperty(a: Property, b: Property): Property {
  return {
    ...a,
    required: a.required || b.required,
    readOnly: a.readOnly || b.readOnly,
    writeOnly: a.writeOnly || b.writeOnly,
    schema: allOf([a.schema, b.schema]),
    // A bare `required` part carries no doc; keep the typing part's.
    doc: { ...b.doc, ...a.doc },
  };
}
