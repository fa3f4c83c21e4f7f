import { pointerJoin } from "./diagnostics.js";
import type { Schema } from "./ir.js";
import { arrayField, entries, isJsonObject, type JsonObject } from "./json.js";
import { allOf, UNKNOWN } from "./schema-combinators.js";
import type { SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";

/**
 * The conditional keywords, each stated exactly with the kinds every emitter knows:
 * - `if`/`then`/`else`: `(if & then) | (not if & else)`;
 * - `dependentRequired` (and draft-04 `dependencies` lists): per key, `(not has key) | has key and the others`;
 * - `dependentSchemas` (and draft-04 `dependencies` schemas): per key, `(not has key) | schema`.
 * Values that are not objects pass the dependent keywords, as JSON Schema says, through the `not`.
 */
export function conditionalParts(node: JsonObject, pointer: string, ctx: SchemaContext): Schema[] {
  const parts: Schema[] = [];
  if ("if" in node && ("then" in node || "else" in node)) {
    const test = toSchema(node["if"], pointerJoin(pointer, "if"), ctx);
    const branch = (keyword: "then" | "else") => (keyword in node ? toSchema(node[keyword], pointerJoin(pointer, keyword), ctx) : UNKNOWN);
    parts.push(anyOf([allOf([test, branch("then")]), allOf([{ kind: "not", schema: test }, branch("else")])]));
  }
  for (const keyword of ["dependentRequired", "dependentSchemas", "dependencies"] as const) {
    const map = node[keyword];
    if (!isJsonObject(map)) continue;
    for (const [key, dependency] of entries(map)) {
      const at = pointerJoin(pointer, keyword, key);
      const required = Array.isArray(dependency) ? arrayField(map, key)?.filter((name): name is string => typeof name === "string") : undefined;
      if (keyword === "dependentRequired" && required === undefined) continue;
      const then = required !== undefined ? requiring([key, ...required]) : toSchema(dependency, at, ctx);
      parts.push(anyOf([{ kind: "not", schema: requiring([key]) }, then]));
    }
  }
  return parts;
}

function anyOf(variants: Schema[]): Schema {
  return { kind: "union", variants, exclusive: false };
}

/** An object that has each of `names` (with any value). */
function requiring(names: readonly string[]): Schema {
  const unique = [...new Set(names)];
  return {
    kind: "object",
    properties: unique.map((wireName) => ({ wireName, required: true, readOnly: false, writeOnly: false, schema: UNKNOWN, doc: {} })),
    additional: "open",
  };
}
