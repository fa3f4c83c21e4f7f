import type { Additional, Literal, Property, Schema } from "../model/ir.js";
import { change, type ChangeKind, type ChangeSink } from "./change.js";
import { classify, retypedRule, RULES, type Rule } from "./classify.js";
import { additionalLocation, fieldLocation, itemsLocation } from "./location.js";
import { splitNullable } from "./nullability.js";
import { isSubtype } from "./subtype.js";
import { code } from "./code-span.js";
import { literalText, typeText } from "./type-text.js";
import type { TypeIndex, Usage } from "./usage.js";

/** What a structural comparison needs: both models' types, where the shape is used, and the sink. */
export interface ShapeScope {
  old: TypeIndex;
  new: TypeIndex;
  /** Named inline shapes, compared by structure wherever they are referenced. */
  inline: ReadonlySet<string>;
  usage: Usage;
  emit: ChangeSink;
  /** Pairs of references being compared by structure, so recursive types terminate. */
  visiting: Set<string>;
}

/** Reports every client-visible difference between two schemas found at `location`. */
export function compareSchemas(a: Schema, b: Schema, location: string, scope: ShapeScope): void {
  const x = splitNullable(a);
  const y = splitNullable(b);
  if (x.nullable !== y.nullable) {
    const [kind, rule]: [ChangeKind, Rule] = y.nullable ? ["made-nullable", RULES.madeNullable] : ["made-non-nullable", RULES.madeNonNullable];
    const base = `made ${y.nullable ? "nullable" : "non-nullable"}: ${code(typeText(a))} to ${code(typeText(b))}`;
    emitShape(scope, kind, location, base, rule, { old: typeText(a), new: typeText(b) });
  }
  compareCores(x.core, y.core, location, scope);
}

/** Whether two schemas (old, new) have no client-visible difference. */
export function sameShape(a: Schema, b: Schema, scope: ShapeScope): boolean {
  let same = true;
  compareSchemas(a, b, "", { ...scope, visiting: new Set(), emit: () => void (same = false) });
  return same;
}

function compareCores(a: Schema, b: Schema, location: string, scope: ShapeScope): void {
  // A component schema's own changes are reported once, at its name (see compareTypes).
  if (a.kind === "ref" && b.kind === "ref" && a.name === b.name && !scope.inline.has(a.name)) return;
  if (a.kind === "ref" || b.kind === "ref") return compareResolved(a, b, location, scope);
  if (a.kind === "object" && b.kind === "object") return compareObjects(a, b, location, scope);
  if (a.kind === "array" && b.kind === "array" && !a.prefixItems && !b.prefixItems) return compareSchemas(a.items, b.items, itemsLocation(location), scope);
  if (a.kind === "enum" && b.kind === "enum") return compareEnums(a.values, b.values, location, scope);
  const before = typeText(a);
  const after = typeText(b);
  if (before === after) return;
  const rule = retypedRule(isSubtype(a, b), isSubtype(b, a));
  emitShape(scope, "retyped", location, `type changed from ${code(before)} to ${code(after)}`, rule, { old: before, new: after });
}

/**
 * A reference is compared by structure when the other side is inline, names another type, or is an
 * inline shape. Only a pair of references can recur forever (an inline side is finite), so only
 * pairs are guarded.
 */
function compareResolved(a: Schema, b: Schema, location: string, scope: ShapeScope): void {
  const key = a.kind === "ref" && b.kind === "ref" ? `${a.name}|${b.name}` : undefined;
  if (key !== undefined && scope.visiting.has(key)) return;
  if (key !== undefined) scope.visiting.add(key);
  compareSchemas(resolve(a, scope.old), resolve(b, scope.new), location, scope);
  if (key !== undefined) scope.visiting.delete(key);
}

function resolve(schema: Schema, types: TypeIndex): Schema {
  return schema.kind === "ref" ? (types.get(schema.name) ?? { kind: "unknown" }) : schema;
}

type ObjectSchema = Extract<Schema, { kind: "object" }>;

function compareObjects(a: ObjectSchema, b: ObjectSchema, location: string, scope: ShapeScope): void {
  const before = new Map(a.properties.map((p) => [p.wireName, p]));
  const after = new Map(b.properties.map((p) => [p.wireName, p]));
  for (const p of a.properties) {
    if (after.has(p.wireName)) continue;
    emitShape(scope, "field-removed", fieldLocation(location, p.wireName), `${propertyText(p)} field removed`, RULES.fieldRemoved, { old: typeText(p.schema) });
  }
  for (const p of b.properties) {
    const old = before.get(p.wireName);
    if (old) compareProperty(old, p, fieldLocation(location, p.wireName), scope);
    else {
      const rule = p.required ? RULES.fieldAddedRequired : RULES.fieldAddedOptional;
      emitShape(scope, "field-added", fieldLocation(location, p.wireName), `${propertyText(p)} field added`, rule, { new: typeText(p.schema) });
    }
  }
  const extraBefore = additionalSchema(a.additional);
  const extraAfter = additionalSchema(b.additional);
  if (extraBefore && extraAfter) compareSchemas(extraBefore, extraAfter, additionalLocation(location), scope);
}

function compareProperty(a: Property, b: Property, location: string, scope: ShapeScope): void {
  if (a.required !== b.required) {
    const values = { old: a.required ? "required" : "optional", new: b.required ? "required" : "optional" };
    if (b.required) emitShape(scope, "field-required", location, "field made required", RULES.fieldRequired, values);
    else emitShape(scope, "field-optional", location, "field made optional", RULES.fieldOptional, values);
  }
  compareSchemas(a.schema, b.schema, location, scope);
}

function propertyText(p: Property): string {
  return `${p.required ? "required" : "optional"} ${code(typeText(p.schema))}`;
}

/** Undeclared keys: untyped when open, absent when closed (a change between those two is not reported). */
function additionalSchema(additional: Additional): Schema | undefined {
  if (additional === "closed") return undefined;
  return additional === "open" ? { kind: "unknown" } : additional.schema;
}

function compareEnums(a: Literal[], b: Literal[], location: string, scope: ShapeScope): void {
  const before = new Set(a.map(literalText));
  const after = new Set(b.map(literalText));
  for (const v of a.map(literalText).filter((k) => !after.has(k))) {
    emitShape(scope, "enum-value-removed", location, `enum value ${code(v)} removed`, RULES.enumValueRemoved, { old: v });
  }
  for (const v of b.map(literalText).filter((k) => !before.has(k))) {
    emitShape(scope, "enum-value-added", location, `enum value ${code(v)} added`, RULES.enumValueAdded, { new: v });
  }
}

function emitShape(scope: ShapeScope, kind: ChangeKind, location: string, base: string, rule: Rule, values: { old?: string; new?: string }): void {
  const { breaking, description } = classify(base, scope.usage, rule);
  scope.emit(change(kind, location, breaking, description, values));
}
