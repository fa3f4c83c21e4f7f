import { assertNever } from "../model/directions.js";
import type { Property, Schema } from "../model/ir.js";
import { all, any, atom, call, callOn, compare, FALSE, isConst, not, print, TRUE, type Expr } from "./guard-logic.js";
import { elementAccess, stringLiteral } from "./escape.js";
import {
  allowsAnyExtraKey,
  alwaysPasses,
  caseLabels,
  childSite,
  discriminatorCases,
  hoistFunction,
  hoistedName,
  knownKeyTest,
  neverPasses,
  propertyAccess,
  propertyChunks,
  type GuardContext,
  type Site,
} from "./guard-context.js";
import type { LocalNames } from "./guard-names.js";
import { block, failIf, RETURN_FALSE, withVerdict, type Stmt } from "./guard-stmt.js";
import { isScalar, readsOnce, scalarTest } from "./guard-scalars.js";
import { unevaluatedStmts } from "./guard-unevaluated.js";
import { guardOf, isCheap, isPlainRecord, singleCall, typeofHelper, type Slot } from "./guard-calls.js";

type ObjectSchema = Extract<Schema, { kind: "object" }>;
type ArraySchema = Extract<Schema, { kind: "array" }>;
type UnionSchema = Extract<Schema, { kind: "union" }>;

/** Compiled check of one schema: a boolean expression, or statements that `return false` on failure. */
export type Compiled = { expr: Expr } | { stmts: Stmt[] };

/**
 * IR schema -> the body of `isX`: exactly the JSON Schema verdict, as straight-line code. Values
 * are always bound to identifiers first (a property read once into a local), scalars become
 * inline expressions, objects and arrays statements with plain `for` loops; where an expression
 * is needed for a structure (a union variant, `not`), the structure is hoisted into a
 * module-level `function isX$where(v: unknown): boolean`, once per schema node. Nothing
 * allocates a closure, nothing throws, references call the referenced type's guard, so output
 * grows linearly with the schema.
 */
export class CheckCompiler {
  private readonly hoisted = new Map<Schema, string>();
  /** Helpers of shared shapes (SharedShapes), by shape key. */
  private readonly shared = new Map<string, string>();

  constructor(private readonly ctx: GuardContext) {}

  /** A boolean expression, true exactly when the value bound to `v` matches. */
  expr(schema: Schema, v: string, site: Site): Expr {
    const compiled = this.compile(schema, v, site, undefined);
    return "expr" in compiled ? compiled.expr : call(this.hoist(schema, site), v);
  }

  /** Statements returning false when the value bound to `v` fails; empty when anything passes. */
  stmts(schema: Schema, v: string, site: Site, locals: LocalNames): Stmt[] {
    return toStmts(this.compile(schema, v, site, locals));
  }

  /** Statements where the schema needs them and `locals` allows them, else an expression. */
  compile(schema: Schema, v: string, site: Site, locals: LocalNames | undefined): Compiled {
    if (alwaysPasses(schema)) return { expr: TRUE };
    if (this.unsatisfiable(schema)) return { expr: FALSE };
    if (isScalar(schema)) return { expr: scalarTest(schema, v, this.ctx.constants) };
    switch (schema.kind) {
      case "ref":
        return { expr: call(guardOf(this.ctx, schema.name), v) };
      case "not":
        return { expr: not(this.expr(schema.schema, v, childSite(site, "not"))) };
      case "intersection":
        return { expr: all(schema.parts.map((part, i) => this.expr(part, v, childSite(site, `allOf${i}`)))) };
      case "union":
        if (!schema.exclusive && !schema.discriminator) return { expr: any(schema.variants.map((variant, i) => this.expr(variant, v, childSite(site, `anyOf${i}`)))) };
        if (schema.exclusive && locals) return { stmts: this.oneOfStmts(schema, v, site, locals) };
        return { expr: call(this.hoist(schema, site), v) };
      case "array": {
        if (alwaysPasses(schema.items) && !schema.prefixItems && !schema.contains) return { expr: all(arrayHeader(schema, v, this.ctx)) };
        const each = this.itemGuard(schema, site);
        if (each !== undefined) return { expr: all([call(this.ctx.constants.helper("isArrayOf"), v, each.callee, ...each.rest), ...arrayHeader(schema, v, this.ctx).slice(1)]) };
        return locals ? { stmts: this.arrayStmts(schema, v, site, locals) } : { expr: call(this.hoist(schema, site), v) };
      }
      case "object":
        if (isPlainRecord(schema)) return { expr: call(this.ctx.constants.helper("isRecord"), v) };
        if (this.ctx.shapes.isShared(schema)) return { expr: call(this.hoistShared(schema, site), v) };
        return locals ? { stmts: this.objectStmts(schema, v, site, locals) } : { expr: call(this.hoist(schema, site), v) };
      case "unevaluated":
        return locals ? { stmts: unevaluatedStmts(this.ctx, this, schema, v, site, locals) } : { expr: call(this.hoist(schema, site), v) };
      default:
        return assertNever(schema);
    }
  }

  /**
   * Schemas whose check is the literal `false`, decided before any of their parts is compiled:
   * parts that contradict each other (which would also make TypeScript reject the checks'
   * narrowing), and an object with a required property that no value satisfies (dracoon.team's
   * `type: array` with a string `enum`), whose checks would otherwise follow a `return false;`.
   */
  private unsatisfiable(schema: Schema): boolean {
    if (neverPasses(schema)) return true;
    if (schema.kind === "intersection") return this.ctx.facts.isEmpty(schema);
    return schema.kind === "object" && schema.properties.some((p) => p.required && this.unsatisfiable(p.schema));
  }

  /** `function isX$where(v: unknown): boolean`, shared by every use of this schema node. */
  private hoist(schema: Schema, site: Site): string {
    const existing = this.hoisted.get(schema);
    if (existing) return existing;
    const name = hoistedName(this.ctx, site);
    this.hoisted.set(schema, name);
    hoistFunction(this.ctx, name, [{ hint: "v", type: "unknown" }], "boolean", ([v], locals) => {
      const value = v as string;
      if (schema.kind === "union" && !schema.exclusive) return this.discriminatedAnyOf(schema, value, site);
      return withVerdict(this.stmts(schema, value, site, locals));
    });
    return name;
  }

  /** `function isX$where(v: unknown): boolean` for a shape several places share, written once. */
  private hoistShared(schema: ObjectSchema, site: Site): string {
    const key = this.ctx.shapes.key(schema);
    const existing = this.shared.get(key);
    if (existing) return existing;
    const name = hoistedName(this.ctx, site);
    this.shared.set(key, name);
    hoistFunction(this.ctx, name, [{ hint: "v", type: "unknown" }], "boolean", ([v], locals) => withVerdict(this.objectStmts(schema, v as string, site, locals)));
    return name;
  }

  private objectStmts(schema: ObjectSchema, v: string, site: Site, locals: LocalNames): Stmt[] {
    const { constants } = this.ctx;
    const out: Stmt[] = [failIf(not(call(constants.helper("isRecord"), v)))];
    // Required properties are checked first, the cheap checks (isCheap) before the others, so a
    // value missing a key fails before any costly check. Where two or more required properties have
    // costly checks, their keys are all looked up first (ajv's order; the bench's missing-key rows);
    // a single one is checked last and looked up by its own check.
    const required = schema.properties.filter((p) => p.required);
    const deep = required.filter((p) => !isCheap(this.ctx, p.schema));
    const covered = new Set(deep.length > 1 ? deep : []);
    if (covered.size > 0) out.push(failIf(any(deep.map((p) => absent(this.ctx, v, p.wireName)))));
    const ordered = [...required.filter((p) => !deep.includes(p)), ...deep, ...schema.properties.filter((p) => !p.required)];
    // An optional property that any value satisfies (`anyOf: [..., {}]`) needs no check, nor a local.
    const checked = ordered.filter((p) => p.required || !alwaysPasses(p.schema));
    const chunks = propertyChunks(this.ctx, checked, site);
    const propertiesStmts = (properties: Property[], value: string, inner: LocalNames): Stmt[] => {
      const local: Slot = { locals: inner, uses: 0 };
      return properties.flatMap((p) => this.propertyStmts(p, value, site, local, covered.has(p)));
    };
    if (chunks.length === 0) out.push(...propertiesStmts(checked, v, locals));
    for (const chunk of chunks) {
      hoistFunction(this.ctx, chunk.name, [{ hint: "v", type: "Record<string, unknown>" }], "boolean", ([value], inner) =>
        withVerdict(propertiesStmts(chunk.properties, value as string, inner)),
      );
      out.push(failIf(not(call(chunk.name, v))));
    }
    out.push(...this.keyLoop(schema, v, site, locals));
    return out;
  }

  /** `present`: the key was looked up before (a present key is an own property: plain access suffices). */
  private propertyStmts(p: Property, v: string, site: Site, slot: Slot, present: boolean): Stmt[] {
    const { locals } = slot;
    // An optional property whose check is one call: `isAbsentOr(v["x"], isX)`, no local.
    const each = p.required ? undefined : singleCall(this.ctx, p.schema);
    if (each) return [failIf(not(call(this.ctx.constants.helper("isAbsentOr"), propertyAccess(this.ctx, v, p), each.callee, ...each.rest)))];
    const checksUndefined = !present && (p.schema.kind === "unknown" || this.ctx.facts.acceptsUndefined(p.schema));
    // A required property whose check reads it once needs no local: `if (!isX(v["x"])) return false;`.
    if (p.required && !checksUndefined && readsOnce(p.schema) && (present || !(p.wireName in Object.prototype))) {
      return toStmts({ expr: this.expr(p.schema, elementAccess(v, p.wireName), childSite(site, p.wireName)) });
    }
    // One local per object takes each property in turn: its check is done before the next is read.
    const declared = slot.name !== undefined;
    slot.name ??= locals.fresh("p");
    slot.uses++;
    const local = slot.name;
    const inner = this.compile(p.schema, local, childSite(site, p.wireName), locals);
    const read = present ? elementAccess(v, p.wireName) : propertyAccess(this.ctx, v, p);
    // Declared `unknown`: a key looked up first reads back narrowed, and later properties differ.
    const out: Stmt[] = [declared ? `${local} = ${read};` : { declare: local, ...(present ? { annotation: "unknown" } : {}), init: read, slot }];
    if (p.required) {
      if (checksUndefined) out.push(failIf(compare(local, "===", "undefined")));
      out.push(...toStmts(inner));
    } else if ("expr" in inner) {
      out.push(failIf(all([compare(local, "!==", "undefined"), not(inner.expr)])));
    } else {
      out.push(block(`if (${local} !== undefined)`, inner.stmts));
    }
    return out;
  }

  /**
   * One pass over the own keys, when the object constrains keys it does not name: each key's
   * patternProperties, then additionalProperties for keys no property names and no pattern
   * matches, and the key count for min/maxProperties.
   */
  private keyLoop(schema: ObjectSchema, v: string, site: Site, locals: LocalNames): Stmt[] {
    const patterns = schema.patternProperties ?? [];
    const counted = schema.minProperties !== undefined || schema.maxProperties !== undefined;
    const additional = schema.additional;
    const open = allowsAnyExtraKey(additional);
    if (patterns.length === 0 && open && !counted && !schema.propertyNames) return [];
    const { constants } = this.ctx;
    const key = locals.fresh("key");
    const item = locals.fresh("item");
    const count = counted ? locals.fresh("count") : undefined;
    const matched = patterns.length > 0 && !open ? locals.fresh("matched") : undefined;
    const body: Stmt[] = schema.propertyNames ? this.stmts(schema.propertyNames, key, childSite(site, "propertyNames"), locals) : [];
    let usesItem = false;
    patterns.forEach((pp, i) => {
      const inner = this.stmts(pp.schema, item, childSite(site, `pattern${i}`), locals);
      usesItem ||= inner.length > 0;
      const mark = matched ? [`${matched} = true;`] : [];
      if (mark.length + inner.length > 0) body.push(block(`if (${constants.pattern(pp.pattern)}.test(${key}))`, [...mark, ...inner]));
    });
    if (!open) {
      const condition = all([...(matched ? [not(atom(matched))] : []), not(knownKeyTest(this.ctx, schema.properties.map((p) => p.wireName), key))]);
      const checked = typeof additional === "object" && !this.unsatisfiable(additional.schema);
      const extra = checked ? this.stmts(additional.schema, item, childSite(site, "additional"), locals) : [RETURN_FALSE];
      usesItem ||= checked && extra.length > 0;
      body.push(...(isConst(condition, true) ? extra : extra.length === 1 && extra[0] === RETURN_FALSE ? [failIf(condition)] : [block(`if (${print(condition)})`, extra)]));
    }
    const loop = block(`for (const ${key} in ${v})`, [
      `if (!${constants.helper("hasOwn")}(${v}, ${key})) continue;`,
      ...(count ? [`${count}++;`] : []),
      ...(matched ? [`let ${matched} = false;`] : []),
      ...(usesItem ? [`const ${item} = ${v}[${key}];`] : []),
      ...body,
    ]);
    if (!count) return [loop];
    const bounds = any([
      ...(schema.minProperties !== undefined ? [compare(count, "<", schema.minProperties)] : []),
      ...(schema.maxProperties !== undefined ? [compare(count, ">", schema.maxProperties)] : []),
    ]);
    return [`let ${count} = 0;`, loop, failIf(bounds)];
  }

  private arrayStmts(schema: ArraySchema, v: string, site: Site, locals: LocalNames): Stmt[] {
    const { constants } = this.ctx;
    const header = arrayHeader({ ...schema, uniqueItems: false }, v, this.ctx);
    const out: Stmt[] = [failIf(not(all(header)))];
    const prefix = schema.prefixItems ?? [];
    prefix.forEach((itemSchema, index) => {
      const local = locals.fresh(`item${index}`);
      const inner = this.stmts(itemSchema, local, childSite(site, String(index)), locals);
      if (inner.length > 0) out.push(block(`if (${v}.length > ${index})`, [`const ${local}: unknown = ${v}[${index}];`, ...inner]));
    });
    if (this.unsatisfiable(schema.items)) out.push(failIf(compare(`${v}.length`, ">", prefix.length)));
    else if (!alwaysPasses(schema.items)) {
      const i = locals.fresh("i");
      const item = locals.fresh("item");
      const inner = this.stmts(schema.items, item, childSite(site, "items"), locals);
      if (inner.length > 0) out.push(block(`for (let ${i} = ${prefix.length}; ${i} < ${v}.length; ${i}++)`, [`const ${item}: unknown = ${v}[${i}];`, ...inner]));
    }
    if (schema.uniqueItems) out.push(failIf(not(call(constants.helper("hasUniqueItems"), v))));
    if (schema.contains) out.push(...this.containsStmts(schema, schema.contains, v, site, locals));
    return out;
  }

  /**
   * The one function that checks each item, when the items' check is a call (a reference, a
   * runtime helper, a helper hoisted for a structure): the array is then `isArrayOf(v, isItem)`,
   * or with the helper's number arguments `isArrayOf(v, isStringOf, 1, 255)`.
   */
  private itemGuard(schema: ArraySchema, site: Site): { callee: string; rest: string[] } | undefined {
    if (schema.prefixItems || schema.contains || this.unsatisfiable(schema.items)) return undefined;
    const probe = "item";
    return typeofHelper(this.ctx, schema.items) ?? callOn(this.expr(schema.items, probe, childSite(site, "items")), probe);
  }

  /** contains: counts the matching items, then checks minContains (default 1) and maxContains. */
  private containsStmts(schema: ArraySchema, contains: Schema, v: string, site: Site, locals: LocalNames): Stmt[] {
    const min = schema.minContains ?? 1;
    const max = schema.maxContains;
    if (min <= 0 && max === undefined) return [];
    const count = locals.fresh("count");
    const i = locals.fresh("i");
    const item = locals.fresh("item");
    const test = this.expr(contains, item, childSite(site, "contains"));
    const bounds = any([...(min > 0 ? [compare(count, "<", min)] : []), ...(max !== undefined ? [compare(count, ">", max)] : [])]);
    return [
      `let ${count} = 0;`,
      block(`for (let ${i} = 0; ${i} < ${v}.length; ${i}++)`, [`const ${item}: unknown = ${v}[${i}];`, `if (${print(test)}) ${count}++;`]),
      failIf(bounds),
    ];
  }

  /**
   * oneOf: exactly one variant matches (JSON Schema 2020-12 §10.2.1.3); stops at a second match,
   * where the count read before its increment is no longer 0.
   */
  private oneOfStmts(schema: UnionSchema, v: string, site: Site, locals: LocalNames): Stmt[] {
    const matched = locals.fresh("matched");
    const out: Stmt[] = [
      schema.discriminator
        ? `// oneOf: the discriminator cannot shorten this, since a value must match exactly one variant and only counting all of them shows that.`
        : `// oneOf: exactly one variant must match.`,
      `let ${matched} = 0;`,
    ];
    schema.variants.forEach((variant, i) => {
      const test = this.expr(variant, v, childSite(site, `oneOf${i}`));
      // A line of its own per variant (a string, not a test joined with its neighbours).
      if (!isConst(test, false)) out.push(`if (${print(all([test, atom(`${matched}++`)]))}) ${RETURN_FALSE}`);
    });
    out.push(failIf(compare(matched, "!==", 1)));
    return out;
  }

  /**
   * anyOf with a discriminator: the variant the tag names is tried first, as a fast path only; when
   * it fails, every variant is tried in order, so the verdict is exactly anyOf's.
   */
  discriminatedAnyOf(schema: UnionSchema, v: string, site: Site): Stmt[] {
    const tests = schema.variants.map((variant, i) => this.expr(variant, v, childSite(site, `anyOf${i}`)));
    const discriminator = schema.discriminator;
    const cases = discriminatorCases(schema).map(({ tags, variant }) =>
      block(caseLabels(tags), [`if (${print(tests[variant] as Expr)}) return true;`, "break;"]),
    );
    const fast =
      discriminator && cases.length > 0
        ? [
            `// Fast path: the variant the discriminator names first; the full anyOf below decides.`,
            block(`if (${this.ctx.constants.helper("isRecord")}(${v}))`, [block(`switch (${elementAccess(v, discriminator.property)})`, cases)]),
          ]
        : [];
    return [...fast, `return ${print(any(tests))};`];
  }
}

function toStmts(compiled: Compiled): Stmt[] {
  if ("stmts" in compiled) return compiled.stmts;
  return isConst(compiled.expr, true) ? [] : [failIf(not(compiled.expr))];
}

/** `Array.isArray(v)` and the length bounds (and uniqueness, when asked), as conjuncts. */
function arrayHeader(schema: ArraySchema, v: string, ctx: GuardContext): Expr[] {
  const checks = [call("Array.isArray", v)];
  if (schema.minItems !== undefined && schema.minItems > 0) checks.push(compare(`${v}.length`, ">=", schema.minItems));
  if (schema.maxItems !== undefined) checks.push(compare(`${v}.length`, "<=", schema.maxItems));
  if (schema.uniqueItems) checks.push(call(ctx.constants.helper("hasUniqueItems"), v));
  return checks;
}

/** `v["name"] === undefined`; for a name Object.prototype also has, the own property only. */
function absent(ctx: GuardContext, v: string, name: string): Expr {
  const missing = compare(elementAccess(v, name), "===", "undefined");
  return name in Object.prototype ? any([not(call(ctx.constants.helper("hasOwn"), v, stringLiteral(name))), missing]) : missing;
}
