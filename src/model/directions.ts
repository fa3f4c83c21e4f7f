import type { Direction, Property, Schema } from "./ir.js";

/** Calls `visit` for every component key a schema refers to directly. */
export function refsOf(schema: Schema, visit: (key: string) => void): void {
  switch (schema.kind) {
    case "ref":
      return visit(schema.name);
    case "array":
      return refsOf(schema.items, visit);
    case "object":
      schema.properties.forEach((p) => refsOf(p.schema, visit));
      if (typeof schema.additional === "object") refsOf(schema.additional.schema, visit);
      return;
    case "union":
      return schema.variants.forEach((v) => refsOf(v, visit));
    case "intersection":
      return schema.parts.forEach((p) => refsOf(p, visit));
    case "string":
    case "binary":
    case "number":
    case "boolean":
    case "null":
    case "enum":
    case "unknown":
      return;
    default:
      return assertNever(schema);
  }
}

export function assertNever(value: never): never {
  throw new Error(`unexpected schema kind: ${JSON.stringify(value)}`);
}

/** Every component key reachable from the roots, following references transitively. */
export function reachable(roots: Schema[], components: ReadonlyMap<string, Schema>): Set<string> {
  const seen = new Set<string>();
  const walk = (schema: Schema): void =>
    refsOf(schema, (key) => {
      if (seen.has(key)) return;
      seen.add(key);
      const target = components.get(key);
      if (target) walk(target);
    });
  roots.forEach(walk);
  return seen;
}

/** Whether a schema (through its references) has readOnly or writeOnly properties. */
export function directionalKeys(components: ReadonlyMap<string, Schema>): Set<string> {
  const own = (schema: Schema): boolean => {
    let found = false;
    const scan = (s: Schema): void => {
      if (s.kind === "object" && s.properties.some((p) => p.readOnly || p.writeOnly)) found = true;
      if (s.kind === "object") s.properties.forEach((p) => scan(p.schema));
      if (s.kind === "object" && typeof s.additional === "object") scan(s.additional.schema);
      if (s.kind === "array") scan(s.items);
      if (s.kind === "union") s.variants.forEach(scan);
      if (s.kind === "intersection") s.parts.forEach(scan);
    };
    scan(schema);
    return found;
  };
  const result = new Set<string>();
  for (const [key, schema] of components) {
    if (own(schema)) result.add(key);
  }
  // A component that refers to a directional one is directional too (fixed point over refs).
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, schema] of components) {
      if (result.has(key)) continue;
      refsOf(schema, (ref) => {
        if (result.has(ref) && !result.has(key)) {
          result.add(key);
          changed = true;
        }
      });
    }
  }
  return result;
}

/** Drops the properties a direction never carries and renames references for that direction. */
export function project(schema: Schema, direction: Direction, nameFor: (key: string, d: Direction) => string): Schema {
  const again = (s: Schema): Schema => project(s, direction, nameFor);
  switch (schema.kind) {
    case "ref":
      return { kind: "ref", name: nameFor(schema.name, direction) };
    case "array":
      return { ...schema, items: again(schema.items) };
    case "object": {
      const kept = schema.properties.filter((p) => (direction === "request" ? !p.readOnly : !p.writeOnly));
      const properties = kept.map((p): Property => ({ ...p, schema: again(p.schema) }));
      const additional = typeof schema.additional === "object" ? { schema: again(schema.additional.schema) } : schema.additional;
      return { kind: "object", properties, additional };
    }
    case "union": {
      const variants = schema.variants.map(again);
      if (!schema.discriminator) return { kind: "union", variants, exclusive: schema.exclusive };
      const mapping = Object.fromEntries(
        Object.entries(schema.discriminator.mapping).map(([value, key]) => [value, nameFor(key, direction)]),
      );
      return { kind: "union", variants, exclusive: schema.exclusive, discriminator: { ...schema.discriminator, mapping } };
    }
    case "intersection":
      return { kind: "intersection", parts: schema.parts.map(again) };
    case "string":
    case "binary":
    case "number":
    case "boolean":
    case "null":
    case "enum":
    case "unknown":
      return schema;
    default:
      return assertNever(schema);
  }
}
