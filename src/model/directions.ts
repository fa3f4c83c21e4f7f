import type { Direction, Evaluation, Property, Schema } from "./ir.js";
import { children, mapChildren, someChild } from "./schema-walk.js";

export { assertNever } from "./schema-walk.js";

/** Calls `visit` for every component key a schema refers to, without following the references. */
export function refsOf(schema: Schema, visit: (key: string) => void): void {
  const walk = (s: Schema): boolean => {
    if (s.kind === "ref") visit(s.name);
    else someChild(s, walk);
    return false;
  };
  walk(schema);
}

/** Whether any schema inside (not following references) satisfies `test`. */
export function someInside(schema: Schema, test: (s: Schema) => boolean): boolean {
  const inside = (s: Schema): boolean => test(s) || someChild(s, inside);
  return inside(schema);
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
  // A component that refers to a directional one is directional too (fixed point over refs, each
  // component's references collected once: the fixed point takes as many passes as the longest chain).
  const refs = new Map<string, string[]>();
  for (const [key, schema] of components) {
    const keys: string[] = [];
    refsOf(schema, (ref) => keys.push(ref));
    refs.set(key, keys);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const [key, keys] of refs) {
      if (!result.has(key) && keys.some((ref) => result.has(ref))) {
        result.add(key);
        changed = true;
      }
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

/** Whether a schema (following references) holds an enum a response opens. */
export type Opens = (schema: Schema) => boolean;

/** `Opens` over the components; under `not` nothing is opened. */
export function opener(components: ReadonlyMap<string, Schema>): Opens {
  const known = new Map<string, boolean>();
  const opens = (schema: Schema): boolean => {
    if (schema.kind === "enum") return opensInResponses(schema);
    if (schema.kind === "not") return false;
    if (schema.kind !== "ref") return children(schema).some(opens);
    const cached = known.get(schema.name);
    if (cached !== undefined) return cached;
    known.set(schema.name, false);
    const target = components.get(schema.name);
    const result = target !== undefined && opens(target);
    known.set(schema.name, result);
    return result;
  };
  return opens;
}

/**
 * Drops the properties a direction never carries and renames references for that direction; given
 * `opens` (config `openEnums`), a response's enums accept values the schema does not list.
 */
export function project(schema: Schema, direction: Direction, nameFor: (key: string, d: Direction) => string, opens?: Opens): Schema {
  if (schema.kind === "ref") return { kind: "ref", name: nameFor(schema.name, direction) };
  const open = direction === "response" ? opens : undefined;
  if (schema.kind === "enum") return open && opensInResponses(schema) ? { ...schema, open: true } : schema;
  // An open enum under `not` would refuse every value the enum does not list.
  if (schema.kind === "not") return { kind: "not", schema: project(schema.schema, direction, nameFor) };
  const keep = (p: Property): boolean => (direction === "request" ? !p.readOnly : !p.writeOnly);
  const mapped = mapChildren(schema, (child) => project(child, direction, nameFor, opens), keep);
  // A property the direction drops is no longer evaluated: `unevaluatedProperties` then checks it.
  if (mapped.kind === "unevaluated" && mapped.of === "properties") return { ...mapped, evaluated: withoutNames(mapped.evaluated, droppedNames(mapped.schema, schema, keep)) };
  if (mapped.kind !== "union" || schema.kind !== "union") return mapped;
  if (!mapped.discriminator) return open ? openUnion(schema.variants, mapped, open) : mapped;
  const mapping = Object.fromEntries(Object.entries(mapped.discriminator.mapping).map(([value, key]) => [value, nameFor(key, direction)]));
  return { ...mapped, discriminator: { ...mapped.discriminator, mapping } };
}

/** Names of properties below `original` (not through references) that `keep` drops and nothing kept in `projected` declares. */
function droppedNames(projected: Schema, original: Schema, keep: (p: Property) => boolean): Set<string> {
  const declared = (schema: Schema, into: Set<string>, filter: (p: Property) => boolean): Set<string> => {
    if (schema.kind === "object") for (const p of schema.properties) if (filter(p)) into.add(p.wireName);
    if (schema.kind !== "ref") for (const child of children(schema)) declared(child, into, filter);
    return into;
  };
  const kept = declared(projected, new Set(), () => true);
  return new Set([...declared(original, new Set(), (p) => !keep(p))].filter((name) => !kept.has(name)));
}

function withoutNames(evaluation: Evaluation, names: ReadonlySet<string>): Evaluation {
  if (names.size === 0) return evaluation;
  const branches = evaluation.branches.map((branch) => ({ ...branch, then: withoutNames(branch.then, names) }));
  return { ...evaluation, names: evaluation.names.filter((name) => !names.has(name)), branches };
}

/**
 * A union (without a discriminator to choose for it) whose variants hold open enums: an open
 * variant also matches values another one matches (drf-spectacular's `oneOf: [StatusEnum,
 * BlankEnum]` and `""`), which a oneOf would refuse, so it is an anyOf, and its open variants come
 * last, so a value another variant lists is taken there, without a note.
 */
function openUnion(original: Schema[], mapped: Extract<Schema, { kind: "union" }>, opens: Opens): Schema {
  const open = original.map(opens);
  if (!open.some(Boolean)) return mapped;
  const variants = [...mapped.variants.filter((_, i) => !open[i]), ...mapped.variants.filter((_, i) => open[i])];
  return { ...mapped, variants, exclusive: false };
}
