import type { Direction, Schema } from "./ir.js";
import { children, mapChildren } from "./schema-walk.js";

export { assertNever } from "./schema-walk.js";

/** Calls `visit` for every component key a schema refers to, without following the references. */
export function refsOf(schema: Schema, visit: (key: string) => void): void {
  if (schema.kind === "ref") visit(schema.name);
  else children(schema).forEach((child) => refsOf(child, visit));
}

/** Whether any schema inside (not following references) satisfies `test`. */
export function someInside(schema: Schema, test: (s: Schema) => boolean): boolean {
  return test(schema) || children(schema).some((child) => someInside(child, test));
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

/**
 * Components that (through their references) have readOnly or writeOnly properties, or, with
 * `openEnums`, an enum a response opens: their request and response forms differ.
 */
export function directionalKeys(components: ReadonlyMap<string, Schema>, openEnums = false): Set<string> {
  const directional = (s: Schema) => (s.kind === "object" && s.properties.some((p) => p.readOnly || p.writeOnly)) || (openEnums && opensInResponses(s));
  const result = new Set([...components].filter(([, schema]) => someInside(schema, directional)).map(([key]) => key));
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

/**
 * An enum a server may grow: two or more values, some strings or numbers. A one-value enum is a
 * constant (often a discriminator's tag, which must stay a literal to narrow a union).
 */
export function opensInResponses(schema: Schema): boolean {
  return schema.kind === "enum" && schema.values.length > 1 && schema.values.some((v) => typeof v === "string" || typeof v === "number");
}

/**
 * Drops the properties a direction never carries and renames references for that direction; with
 * `openEnums`, a response's enums accept values the schema does not list.
 */
export function project(schema: Schema, direction: Direction, nameFor: (key: string, d: Direction) => string, openEnums = false): Schema {
  if (schema.kind === "ref") return { kind: "ref", name: nameFor(schema.name, direction) };
  if (schema.kind === "enum") return openEnums && direction === "response" && opensInResponses(schema) ? { ...schema, open: true } : schema;
  const mapped = mapChildren(
    schema,
    (child) => project(child, direction, nameFor, openEnums),
    (p) => (direction === "request" ? !p.readOnly : !p.writeOnly),
  );
  if (mapped.kind !== "union" || !mapped.discriminator) return mapped;
  const mapping = Object.fromEntries(Object.entries(mapped.discriminator.mapping).map(([value, key]) => [value, nameFor(key, direction)]));
  return { ...mapped, discriminator: { ...mapped.discriminator, mapping } };
}
