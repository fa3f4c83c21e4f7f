import type { Evaluation, Schema } from "../model/ir.js";
import { all, any, atom, call, compare, FALSE, isConst, print, TRUE, type Expr } from "./guard-logic.js";
import { childSite, isNever, knownKeyTest, usesIdentifier, type GuardContext, type Site } from "./guard-context.js";
import type { LocalNames } from "./guard-names.js";
import { block, RETURN_FALSE, type Stmt } from "./guard-stmt.js";

type Unevaluated = Extract<Schema, { kind: "unevaluated" }>;

/** What the unevaluated check needs of the compiler: a schema's check as an expression or statements. */
export interface Checks {
  expr(schema: Schema, v: string, site: Site): Expr;
  stmts(schema: Schema, v: string, site: Site, locals: LocalNames): Stmt[];
}

/**
 * unevaluatedProperties / unevaluatedItems as statements: the conditions of the branches that
 * evaluate something (a variant matched, `if` held) are decided once, then one loop over the keys
 * (items) checks those no property, pattern, prefix, contains or held branch evaluated.
 */
export function unevaluatedStmts(ctx: GuardContext, checks: Checks, schema: Unevaluated, v: string, site: Site, locals: LocalNames): Stmt[] {
  const here = childSite(site, `unevaluated_${schema.of}`);
  const conditions: string[] = [];
  const items = schema.of === "items";
  const key = locals.fresh(items ? "i" : "key");
  const item = locals.fresh("item");
  const evaluated = (e: Evaluation, held: Expr): Expr => {
    if (e.all) return held;
    const own = items
      ? [e.prefix > 0 ? compare(key, "<", e.prefix) : FALSE, ...e.contains.map((c, i) => checks.expr(c, item, childSite(here, `contains${i}`)))]
      : [knownKeyTest(ctx, e.names, key), ...e.patterns.map((p) => call(`${ctx.constants.pattern(p)}.test`, key))];
    const branches = e.branches.map((b, i) => {
      const name = locals.fresh("held");
      conditions.push(`const ${name} = ${print(all([held, checks.expr(b.when, v, childSite(here, `when${i}`))]))};`);
      return evaluated(b.then, atom(name));
    });
    return all([held, any([...own, ...branches])]);
  };
  const test = evaluated(schema.evaluated, TRUE);
  const check = isNever(schema.schema) ? [RETURN_FALSE] : checks.stmts(schema.schema, item, here, locals);
  const body = [...(isConst(test, false) ? [] : [`if (${print(test)}) continue;`]), ...check];
  const read = usesIdentifier(body, item) ? [`const ${item}: unknown = ${v}[${key}];`] : [];
  const loop = items
    ? block(`for (let ${key} = 0; ${key} < ${v}.length; ${key}++)`, [...read, ...body])
    : block(`for (const ${key} in ${v})`, [`if (!${ctx.constants.helper("hasOwn")}(${v}, ${key})) continue;`, ...read, ...body]);
  const guard = items ? `Array.isArray(${v})` : `${ctx.constants.helper("isRecord")}(${v})`;
  return [block(`if (${guard})`, [...conditions, loop])];
}
