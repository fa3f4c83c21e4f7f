import { DiagnosticSink, pointerJoin } from "./diagnostics.js";
import { isEmptyEvaluation, mergeEvaluation, noEvaluation } from "./evaluation.js";
import type { Evaluation, Schema } from "./ir.js";
import { arrayField, entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";
import { patternFlags } from "./pattern-flags.js";
import { allOf, UNKNOWN } from "./schema-combinators.js";
import { resolvePointer, type SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";
import { anchorName, anchorPointer, staticDynamicRef } from "./anchors.js";

type Of = "properties" | "items";

const KEYWORD: Record<Of, string> = { properties: "unevaluatedProperties", items: "unevaluatedItems" };

/**
 * 2020-12 `unevaluatedProperties` / `unevaluatedItems` of `node`, whose other keywords make
 * `schema`. Where nothing but the node's own properties/patternProperties (prefixItems) evaluates,
 * the keyword is exactly additionalProperties (items) and closes the shape, type included;
 * otherwise it becomes an `unevaluated` part that knows what the node's in-place applicators
 * evaluate.
 */
export function withUnevaluated(schema: Schema, node: JsonObject, pointer: string, ctx: SchemaContext): Schema {
  let result = schema;
  for (const of of ["properties", "items"] as const) {
    const keyword = KEYWORD[of];
    if (!(keyword in node)) continue;
    const rest = toSchema(node[keyword], pointerJoin(pointer, keyword), ctx);
    if (rest.kind === "unknown") continue;
    const evaluated = evaluate(node, pointer, of, quiet(ctx), new Set(), true);
    if (evaluated.all) continue;
    result = closed(result, of, rest, evaluated) ?? allOf([result, { kind: "unevaluated", of, schema: rest, evaluated }]);
  }
  return result;
}

/** The shape with the keyword as its additionalProperties (items), where that is the same check. */
function closed(schema: Schema, of: Of, rest: Schema, e: Evaluation): Schema | undefined {
  if (e.branches.length > 0 || e.contains.length > 0) return undefined;
  if (of === "items") {
    const exact = schema.kind === "array" && schema.items.kind === "unknown" && !schema.contains && (schema.prefixItems?.length ?? 0) === e.prefix;
    return exact ? { ...schema, items: rest } : undefined;
  }
  if (schema.kind !== "object" || schema.additional !== "open") return undefined;
  const names = new Set(schema.properties.map((p) => p.wireName));
  const patterns = new Set((schema.patternProperties ?? []).map((p) => p.pattern));
  const same = names.size === e.names.length && e.names.every((n) => names.has(n)) && patterns.size === e.patterns.length && e.patterns.every((p) => patterns.has(p));
  if (!same) return undefined;
  return { ...schema, additional: rest.kind === "enum" && rest.values.length === 0 ? "closed" : { schema: rest } };
}

/**
 * What `raw`'s in-place applicators evaluate in a matching value (JSON Schema 2020-12 §11):
 * its own properties/patternProperties/additionalProperties (prefixItems/items/contains), those of
 * `$ref` and allOf unconditionally, those of anyOf/oneOf variants, if/then/else and
 * dependentSchemas under the condition that makes them apply. `top`: the node whose own
 * unevaluated keyword is being built, which does not count itself.
 */
function evaluate(raw: unknown, at: string, of: Of, ctx: SchemaContext, seen: ReadonlySet<string>, top = false): Evaluation {
  const e = noEvaluation();
  if (!isJsonObject(raw)) return e;
  if (of === "properties") {
    e.names.push(...entries(objectField(raw, "properties") ?? {}).map(([name]) => name));
    e.patterns.push(...entries(objectField(raw, "patternProperties") ?? {}).flatMap(([pattern]) => (patternFlags(pattern) === undefined ? [] : [pattern])));
    e.all = "additionalProperties" in raw;
  } else {
    e.prefix = arrayField(raw, "prefixItems")?.length ?? 0;
    e.all = "items" in raw;
    if ("contains" in raw) e.contains.push(convert(raw["contains"], ctx));
  }
  e.all ||= !top && KEYWORD[of] in raw;
  if (e.all) return e;
  const inner = (sub: unknown, ...tokens: (string | number)[]) => evaluate(sub, pointerJoin(at, ...tokens), of, ctx, seen);
  for (const target of [refTarget(stringField(raw, "$ref"), at, ctx), dynamicTarget(raw, at, ctx)]) {
    if (target !== undefined && !seen.has(target)) mergeEvaluation(e, evaluate(resolvePointer(ctx.document, target), target, of, ctx, new Set([...seen, target])));
  }
  (arrayField(raw, "allOf") ?? []).forEach((part, i) => mergeEvaluation(e, inner(part, "allOf", i)));
  for (const keyword of ["anyOf", "oneOf"]) {
    (arrayField(raw, keyword) ?? []).forEach((variant, i) => branch(e, () => convert(variant, ctx), inner(variant, keyword, i)));
  }
  if ("if" in raw) {
    const test = convert(raw["if"], ctx);
    const then = inner(raw["if"], "if");
    if ("then" in raw) mergeEvaluation(then, inner(raw["then"], "then"));
    branch(e, () => test, then);
    if ("else" in raw) branch(e, () => ({ kind: "not", schema: test }), inner(raw["else"], "else"));
  }
  for (const [key, dependency] of entries(objectField(raw, "dependentSchemas") ?? {})) branch(e, () => present(key), inner(dependency, "dependentSchemas", key));
  return e;
}

/** A condition's model node (its diagnostics were reported where the main walk met it). */
function convert(raw: unknown, ctx: SchemaContext): Schema {
  return toSchema(raw, "#", ctx);
}

/** Where a `$ref` leads, as a JSON pointer (a plain-name fragment looked up). */
function refTarget(ref: string | undefined, at: string, ctx: SchemaContext): string | undefined {
  if (ref === undefined || !ref.startsWith("#")) return undefined;
  const name = anchorName(ref);
  return name === undefined ? ref : anchorPointer(ctx.document, name, at);
}

function dynamicTarget(raw: JsonObject, at: string, ctx: SchemaContext): string | undefined {
  const ref = stringField(raw, "$dynamicRef");
  return ref === undefined ? undefined : staticDynamicRef(ctx.document, ref, at);
}

function branch(e: Evaluation, when: () => Schema, then: Evaluation): void {
  if (!isEmptyEvaluation(then)) e.branches.push({ when: when(), then });
}

/** An object that has `key`. */
function present(key: string): Schema {
  return { kind: "object", properties: [{ wireName: key, required: true, readOnly: false, writeOnly: false, schema: UNKNOWN, doc: {} }], additional: "open" };
}

/**
 * The conditions are the same subschemas the main walk converted and reported on: converted again
 * without repeating its diagnostics or registering its named types twice.
 */
function quiet(ctx: SchemaContext): SchemaContext {
  return { ...ctx, sink: new DiagnosticSink(), recursive: { names: new Map(ctx.recursive.names), entries: [] } };
}
