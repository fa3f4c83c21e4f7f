import type { Evaluation, Schema } from "../model/ir.js";
import { all, any, bare } from "./guard-logic.js";
import { childSite, isNever, knownKeyTest, usesIdentifier, type GuardContext, type Site } from "./guard-context.js";
import type { LocalNames } from "./guard-names.js";

type Unevaluated = Extract<Schema, { kind: "unevaluated" }>;

/** What the unevaluated check needs of the compiler: a schema's check as an expression or statements. */
export interface Checks {
  expr(schema: Schema, v: string, site: Site): string;
  stmts(schema: Schema, v: string, site: Site, locals: LocalNames): string[];
}

/**
 * unevaluatedProperties / unevaluatedItems as statements: the conditions of the branches that
 * evaluate something (a variant matched, `if` held) are decided once, then one loop over the keys
 * (items) checks those no property, pattern, prefix, contains or held branch evaluated.
 */
export function unevaluatedStmts(ctx: GuardContext, checks: Checks, schema: Unevaluated, v: string, site: Site, locals: LocalNames): string[] {
  const here = childSite(site, `unevaluated_${schema.of}`);
  const conditions: string[] = [];
  const items = schema.of === "items";
  const key = locals.fresh(items ? "i" : "key");
  const item = locals.fresh("item");
  const evaluated = (e: Evaluation, held: string): string => {
    if (e.all) return held;
    const own = items
      ? [e.prefix > 0 ? `${key} < ${e.prefix}` : "false", ...e.contains.map((c, i) => checks.expr(c, item, childSite(here, `contains${i}`)))]
      : [knownKeyTest(ctx, e.names, key), ...e.patterns.map((p) => `${ctx.constants.pattern(p)}.test(${key})`)];
    const branches = e.branches.map((b, i) => {
      const name = locals.fresh("held");
      conditions.push(`const ${name} = ${bare(all([held, checks.expr(b.when, v, childSite(here, `when${i}`))]))};`);
      return evaluated(b.then, name);
    });
    const test = any([...own, ...branches]);
    return held === "true" ? test : all([held, test]);
  };
  const test = evaluated(schema.evaluated, "true");
  const check = isNever(schema.schema) ? ["return false;"] : checks.stmts(schema.schema, item, here, locals);
  const body = [...(test === "false" ? [] : [`if (${bare(test)}) continue;`]), ...check];
  const read = usesIdentifier(body, item) ? [`const ${item}: unknown = ${v}[${key}];`] : [];
  const loop = items
    ? [`for (let ${key} = 0; ${key} < ${v}.length; ${key}++) {`, ...read]
    : [`for (const ${key} in ${v}) {`, `if (!${ctx.constants.helper("hasOwn")}(${v}, ${key})) continue;`, ...read];
  const guard = items ? `Array.isArray(${v})` : `${ctx.constants.helper("isRecord")}(${v})`;
  return [`if (${guard}) {`, ...conditions, ...loop, ...body, "}", "}"];
}
