import type { FunctionDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import type { Additional, NamedType, Property, Schema } from "../model/ir.js";
import { elementAccess, stringLiteral } from "./escape.js";
import { any, call, compare, type Expr } from "./guard-logic.js";
import { functionBody, type Stmt } from "./guard-stmt.js";
import type { GuardConstants } from "./guard-constants.js";
import type { SchemaFacts } from "./guard-json-types.js";
import { hintFragment, LocalNames, type ModuleNames } from "./guard-names.js";
import type { SharedShapes } from "./guard-shapes.js";

/** What the isX compiler shares while emitting guards.ts. */
export interface GuardContext {
  names: ModuleNames;
  constants: GuardConstants;
  facts: SchemaFacts;
  types: ReadonlyMap<string, NamedType>;
  shapes: SharedShapes;
  /** Non-exported module-level functions, in the order they were first needed. */
  hoisted: FunctionDeclarationStructure[];
}

/** Where in a named type a sub-schema sits, for naming the helpers hoisted from it. */
export interface Site {
  /** The named type's guard (`isThread`), prefix of the helpers hoisted from it. */
  guard: string;
  /** Location inside the type (`messages_items`), "" at the root. */
  hint: string;
}

export function childSite(site: Site, step: string): Site {
  return { ...site, hint: site.hint === "" ? step : `${site.hint}_${step}` };
}

/** `isThread$messages_items`: a helper hoisted from `site`; it cannot meet a local (no `$` there). */
export function hoistedName(ctx: GuardContext, site: Site): string {
  return ctx.names.fresh(`${site.guard}$${hintFragment(site.hint)}`);
}

/**
 * Declares a module-level function; `body` fills it with the function's own locals. The slot is
 * taken before the body compiles, so a helper reads above the helpers it calls.
 */
export function hoistFunction(
  ctx: GuardContext,
  name: string,
  params: { hint: string; type: string }[],
  returnType: string,
  body: (params: string[], locals: LocalNames) => Stmt[],
): void {
  const fn: FunctionDeclarationStructure = { kind: StructureKind.Function, name, parameters: [], returnType, statements: [] };
  ctx.hoisted.push(fn);
  const locals = new LocalNames(ctx.names);
  const names = params.map((p) => locals.fresh(p.hint));
  const statements = body(names, locals);
  fn.statements = functionBody(statements);
  const reads = identifierReader(statements);
  fn.parameters = params.map((p, i) => {
    const name = names[i] as string;
    return { name: reads(name) ? name : `_${name}`, type: p.type };
  });
}

/**
 * Whether generated code reads `name` (string literals and line comments aside), so a parameter
 * it does not read is `_`-prefixed for noUnusedParameters.
 */
export function usesIdentifier(statements: Stmt[], name: string): boolean {
  return identifierReader(statements)(name);
}

/** usesIdentifier for several names of one function body, which is scanned once. */
function identifierReader(statements: Stmt[]): (name: string) => boolean {
  const code = functionBody(statements)
    .join("\n")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
    .replace(/\/\/[^\n]*/g, "");
  return (name) => new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(code);
}

/**
 * `value["name"]`, or for a name Object.prototype also has (`constructor`, `toString`,
 * `__proto__`) the own property only: `hasOwn(value, "name") ? value["name"] : undefined`.
 * Absent and `undefined` read the same, as for JSON.
 */
export function propertyAccess(ctx: GuardContext, v: string, p: Property): string {
  const access = elementAccess(v, p.wireName);
  if (!(p.wireName in Object.prototype)) return access;
  return `${ctx.constants.helper("hasOwn")}(${v}, ${stringLiteral(p.wireName)}) ? ${access} : undefined`;
}

/** `key === "a" || key === "b"` for a few names, a shared Set beyond; false for none. */
export function knownKeyTest(ctx: GuardContext, keys: string[], key: string): Expr {
  const unique = [...new Set(keys)];
  if (unique.length <= 8) return any(unique.map((k) => compare(key, "===", stringLiteral(k))));
  return call(`${ctx.constants.keySet(unique)}.has`, key);
}

/** Whether a schema is `false` (an empty enum). */
export function isNever(schema: Schema): boolean {
  return schema.kind === "enum" && schema.values.length === 0;
}

/**
 * Schemas whose check compiles to the literal `true` / `false`. A combinator with such a part is
 * decided before its other parts are compiled, so no helper is hoisted for a part that drops out.
 */
export function alwaysPasses(schema: Schema): boolean {
  switch (schema.kind) {
    case "unknown":
      return true;
    case "intersection":
      return schema.parts.every(alwaysPasses);
    case "union":
      return !schema.exclusive && schema.variants.some(alwaysPasses);
    case "not":
      return neverPasses(schema.schema);
    default:
      return false;
  }
}

export function neverPasses(schema: Schema): boolean {
  switch (schema.kind) {
    case "enum":
      return schema.values.length === 0;
    case "intersection":
      return schema.parts.some(neverPasses);
    case "union":
      return schema.variants.every(neverPasses);
    case "not":
      return alwaysPasses(schema.schema);
    default:
      return false;
  }
}

/** `case "a":`, `case "b":` — the labels of one switch clause. */
export function caseLabels(values: string[]): string[] {
  return values.map((value) => `case ${stringLiteral(value)}:`);
}

/** Variants the discriminator names for each tag value: explicit mapping, else a ref's own name. */
export function discriminatorCases(schema: Extract<Schema, { kind: "union" }>): { tags: string[]; variant: number }[] {
  const discriminator = schema.discriminator;
  if (!discriminator) return [];
  const refIndex = new Map<string, number>();
  schema.variants.forEach((v, i) => {
    if (v.kind === "ref" && !refIndex.has(v.name)) refIndex.set(v.name, i);
  });
  const byVariant = new Map<number, string[]>();
  const add = (tag: string, variant: number | undefined) => {
    if (variant === undefined) return;
    const tags = byVariant.get(variant) ?? [];
    if (![...byVariant.values()].some((t) => t.includes(tag))) tags.push(tag);
    byVariant.set(variant, tags);
  };
  const mapped = new Set(Object.values(discriminator.mapping));
  for (const [tag, name] of Object.entries(discriminator.mapping)) add(tag, refIndex.get(name));
  // Implicit mapping (OpenAPI): a variant the mapping does not name is tagged by its schema name.
  for (const [name, index] of refIndex) if (!mapped.has(name)) add(name, index);
  return [...byVariant].filter(([, tags]) => tags.length > 0).map(([variant, tags]) => ({ tags, variant })).sort((a, b) => a.variant - b.variant);
}

/** Properties checked per function before an object's checks are split into helpers. */
export const PROPERTY_CHUNK = 100;

/**
 * TypeScript gives up on control flow in very long functions (TS2563, DocuSign's 500-property
 * AccountSettingsInformation): past PROPERTY_CHUNK, an object's property checks are split into
 * groups, each checked by a helper named here.
 */
export function propertyChunks(ctx: GuardContext, properties: Property[], site: Site): { name: string; properties: Property[] }[] {
  if (properties.length <= PROPERTY_CHUNK) return [];
  return Array.from({ length: Math.ceil(properties.length / PROPERTY_CHUNK) }, (_, i) => ({
    name: hoistedName(ctx, childSite(site, `part${i}`)),
    properties: properties.slice(i * PROPERTY_CHUNK, (i + 1) * PROPERTY_CHUNK),
  }));
}

/** Whether keys the object does not name may hold anything (additionalProperties absent, true or `{}`). */
export function allowsAnyExtraKey(additional: Additional): boolean {
  return additional === "open" || (typeof additional === "object" && additional.schema.kind === "unknown");
}
