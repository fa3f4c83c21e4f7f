import { assertNever } from "../model/directions.js";
import type { Property, Schema } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { any, bare, type CheckCompiler } from "./guard-expr.js";
import {
  allowsAnyExtraKey,
  alwaysPasses,
  caseLabels,
  childSite,
  elseBranch,
  discriminatorCases,
  hoistFunction,
  hoistedName,
  isNever,
  knownKeyTest,
  negate,
  propertyAccess,
  propertyChunks,
  type GuardContext,
  type Site,
} from "./guard-context.js";
import { describeTypes, JSON_TYPES, type JsonType } from "./guard-json-types.js";
import type { LocalNames } from "./guard-names.js";
import { PathExpr } from "./guard-path.js";
import { isScalar, scalarChecks, type Check } from "./guard-scalars.js";

type ObjectSchema = Extract<Schema, { kind: "object" }>;
type ArraySchema = Extract<Schema, { kind: "array" }>;
type UnionSchema = Extract<Schema, { kind: "union" }>;

/** The function being written: its locals and the name of its `issues` parameter. */
export interface ValidateFn {
  locals: LocalNames;
  issues: string;
}

/** Parameters of every validate helper: `(value: unknown, path: string, issues: ValidationIssue[])`. */
export const VALIDATE_PARAMS = [
  { hint: "value", type: "unknown" },
  { hint: "path", type: "string" },
  { hint: "issues", type: "ValidationIssue[]" },
];

/**
 * IR schema -> statements that push one issue per failing keyword: `{ path, message, keyword }`,
 * path a JSON pointer. The mirror of CheckCompiler, keyword for keyword (scalars share its Check
 * lists), so validateX(value) is empty exactly when isX(value) is true. Union verdicts come
 * from the check helpers; the issues then explain one variant: the one the discriminator names,
 * else the only one that accepts the value's JSON type, else the union as a whole. Loops stop once
 * the list holds MAX_ISSUES. No closures here either: hoisted helpers take (value, path, issues).
 */
export class ValidateCompiler {
  private readonly hoisted = new Map<Schema, string>();
  /** Helpers of shared shapes (SharedShapes), by shape key and `orNull`. */
  private readonly shared = new Map<string, string>();

  constructor(
    private readonly ctx: GuardContext,
    private readonly check: CheckCompiler,
    /** `validateX$` of each named type, the helper a reference calls. */
    private readonly rootHelpers: ReadonlyMap<string, string>,
  ) {}

  /** `orNull`: the schema is the non-null side of `T | null`; type messages then say "or null". */
  stmts(schema: Schema, v: string, path: PathExpr, site: Site, fn: ValidateFn, orNull = false): string[] {
    if (isScalar(schema)) {
      const { gate, rest } = scalarChecks(schema, v, this.ctx.constants);
      const restStmts = rest.map((c) => `if (${negate(c.test)}) ${this.push(fn, path, c)}`);
      if (!gate) return restStmts;
      const first = orNull ? { ...gate, message: `${gate.message} or null` } : gate;
      if (gate.test === "false") return [this.push(fn, path, first)];
      return [`if (${negate(gate.test)}) ${this.push(fn, path, first)}`, ...(restStmts.length === 0 ? [] : elseBranch(restStmts))];
    }
    switch (schema.kind) {
      case "ref":
        return [`${this.rootHelpers.get(schema.name) ?? `validate${schema.name}$`}(${v}, ${path.render()}, ${fn.issues});`];
      case "not": {
        const test = this.check.expr(schema.schema, v, childSite(site, "not"));
        return [`if (${bare(test)}) ${this.push(fn, path, { keyword: "not", message: "must not match the schema in not" })}`];
      }
      case "intersection":
        return schema.parts.flatMap((part, i) => this.stmts(part, v, path, childSite(site, `allOf${i}`), fn));
      case "union": {
        if (alwaysPasses(schema)) return [];
        const nonNull = nullableOf(schema);
        if (nonNull) {
          // `T | null`: null passes, anything else is T's to explain.
          const inner = this.stmts(nonNull.schema, v, path, childSite(site, `anyOf${nonNull.index}`), fn, true);
          if (inner.length === 0) return [];
          return [`if (${v} !== null) {`, ...inner, "}"];
        }
        return [`${this.hoistUnion(schema, site)}(${v}, ${path.render()}, ${fn.issues});`];
      }
      case "array":
        return this.arrayStmts(schema, v, path, site, fn, orNull);
      case "object":
        if (this.ctx.shapes.isShared(schema)) return [`${this.hoistShared(schema, site, orNull)}(${v}, ${path.render()}, ${fn.issues});`];
        return this.objectStmts(schema, v, path, site, fn, orNull);
      default:
        return assertNever(schema);
    }
  }

  private push(fn: ValidateFn, path: PathExpr, check: Pick<Check, "keyword" | "message">): string {
    return `${this.ctx.constants.helper("pushIssue")}(${fn.issues}, ${path.render()}, ${stringLiteral(check.keyword)}, ${stringLiteral(check.message)});`;
  }

  private full(fn: ValidateFn): string {
    return `if (${fn.issues}.length >= ${this.ctx.constants.helper("MAX_ISSUES")}) return;`;
  }

  /** `function validateX$where(value, path, issues): void` for a shape several places share, written once. */
  private hoistShared(schema: ObjectSchema, site: Site, orNull: boolean): string {
    const key = `${this.ctx.shapes.key(schema)}${orNull ? "|null" : ""}`;
    const existing = this.shared.get(key);
    if (existing) return existing;
    const name = hoistedName(this.ctx, site, site.validate);
    this.shared.set(key, name);
    hoistFunction(this.ctx, name, VALIDATE_PARAMS, "void", ([v, path, issues], locals) =>
      this.objectStmts(schema, v as string, PathExpr.of(path as string), site, { locals, issues: issues as string }, orNull),
    );
    return name;
  }

  private objectStmts(schema: ObjectSchema, v: string, path: PathExpr, site: Site, fn: ValidateFn, orNull: boolean): string[] {
    const { constants } = this.ctx;
    const body: string[] = [];
    const checked = schema.properties.filter((p) => p.required || p.schema.kind !== "unknown");
    const chunks = propertyChunks(this.ctx, checked, site, site.validate);
    if (chunks.length === 0) body.push(...checked.flatMap((p) => this.propertyStmts(p, v, path, site, fn)));
    for (const chunk of chunks) {
      hoistFunction(this.ctx, chunk.name, [{ hint: "value", type: "Record<string, unknown>" }, ...VALIDATE_PARAMS.slice(1)], "void", ([value, at, issues], locals) =>
        chunk.properties.flatMap((p) => this.propertyStmts(p, value as string, PathExpr.of(at as string), site, { locals, issues: issues as string })),
      );
      body.push(`${chunk.name}(${v}, ${path.render()}, ${fn.issues});`);
    }
    body.push(...this.keyLoop(schema, v, path, site, fn));
    return [`if (!${constants.helper("isRecord")}(${v})) ${this.push(fn, path, { keyword: "type", message: orNull ? "expected object or null" : "expected object" })}`, ...(body.length === 0 ? [] : elseBranch(body))];
  }

  private propertyStmts(p: Property, v: string, path: PathExpr, site: Site, fn: ValidateFn): string[] {
    const local = fn.locals.fresh(p.wireName);
    const at = path.key(p.wireName);
    const inner = this.stmts(p.schema, local, at, childSite(site, p.wireName), fn);
    if (!p.required && inner.length === 0) return [];
    const out = [`const ${local} = ${propertyAccess(this.ctx, v, p)};`];
    if (!p.required) return [...out, `if (${local} !== undefined) {`, ...inner, "}"];
    out.push(`if (${local} === undefined) ${this.push(fn, at, { keyword: "required", message: "is required" })}`);
    return inner.length > 0 ? [...out, ...elseBranch(inner)] : out;
  }

  private keyLoop(schema: ObjectSchema, v: string, path: PathExpr, site: Site, fn: ValidateFn): string[] {
    const patterns = schema.patternProperties ?? [];
    const counted = schema.minProperties !== undefined || schema.maxProperties !== undefined;
    const additional = schema.additional;
    const open = allowsAnyExtraKey(additional);
    if (patterns.length === 0 && open && !counted) return [];
    const { constants } = this.ctx;
    const { locals } = fn;
    const key = locals.fresh("key");
    const item = locals.fresh("item");
    const count = counted ? locals.fresh("count") : undefined;
    const matched = patterns.length > 0 && !open ? locals.fresh("matched") : undefined;
    const at = path.dynamic(`${constants.helper("pointerToken")}(${key})`);
    const body: string[] = [];
    let usesItem = false;
    patterns.forEach((pp, i) => {
      const inner = this.stmts(pp.schema, item, at, childSite(site, `pattern${i}`), fn);
      usesItem ||= inner.length > 0;
      const mark = matched ? [`${matched} = true;`] : [];
      if (mark.length + inner.length > 0) body.push(`if (${constants.pattern(pp.pattern)}.test(${key})) {`, ...mark, ...inner, "}");
    });
    if (!open) {
      const unnamed = [matched ? `!${matched}` : "", negate(knownKeyTest(this.ctx, schema.properties.map((p) => p.wireName), key))].filter((c) => c !== "" && c !== "true");
      const condition = unnamed.length === 0 ? "true" : unnamed.join(" && ");
      const checked = typeof additional === "object" && !isNever(additional.schema);
      const extra = checked
        ? this.stmts(additional.schema, item, at, childSite(site, "additional"), fn)
        : [this.push(fn, at, { keyword: "additionalProperties", message: "is not allowed" })];
      usesItem ||= checked && extra.length > 0;
      body.push(...(condition === "true" ? extra : extra.length === 1 && !extra[0]?.startsWith("if ") ? [`if (${condition}) ${extra[0]}`] : [`if (${condition}) {`, ...extra, "}"]));
    }
    const loop = [
      `for (const ${key} in ${v}) {`,
      `if (!${constants.helper("hasOwn")}(${v}, ${key})) continue;`,
      ...(count ? [`${count}++;`] : []),
      this.full(fn),
      ...(matched ? [`let ${matched} = false;`] : []),
      ...(usesItem ? [`const ${item} = ${v}[${key}];`] : []),
      ...body,
      "}",
    ];
    const bounds: string[] = [];
    const { minProperties: min, maxProperties: max } = schema;
    if (count && min !== undefined) bounds.push(`if (${count} < ${min}) ${this.push(fn, path, { keyword: "minProperties", message: `must have at least ${min} ${min === 1 ? "property" : "properties"}` })}`);
    if (count && max !== undefined) bounds.push(`if (${count} > ${max}) ${this.push(fn, path, { keyword: "maxProperties", message: `must have at most ${max} ${max === 1 ? "property" : "properties"}` })}`);
    return [...(count ? [`let ${count} = 0;`] : []), ...loop, ...bounds];
  }

  private arrayStmts(schema: ArraySchema, v: string, path: PathExpr, site: Site, fn: ValidateFn, orNull: boolean): string[] {
    const { constants } = this.ctx;
    const { locals } = fn;
    const body: string[] = [];
    const { minItems: min, maxItems: max } = schema;
    if (min !== undefined && min > 0) body.push(`if (${v}.length < ${min}) ${this.push(fn, path, { keyword: "minItems", message: `must have at least ${min} item${min === 1 ? "" : "s"}` })}`);
    if (max !== undefined) body.push(`if (${v}.length > ${max}) ${this.push(fn, path, { keyword: "maxItems", message: `must have at most ${max} item${max === 1 ? "" : "s"}` })}`);
    const prefix = schema.prefixItems ?? [];
    prefix.forEach((itemSchema, index) => {
      const local = locals.fresh(`item${index}`);
      const inner = this.stmts(itemSchema, local, path.key(String(index)), childSite(site, String(index)), fn);
      if (inner.length > 0) body.push(`if (${v}.length > ${index}) {`, `const ${local}: unknown = ${v}[${index}];`, ...inner, "}");
    });
    if (isNever(schema.items)) {
      const n = prefix.length;
      body.push(`if (${v}.length > ${n}) ${this.push(fn, path, { keyword: "items", message: `must have at most ${n} item${n === 1 ? "" : "s"}` })}`);
    } else if (schema.items.kind !== "unknown") {
      const i = locals.fresh("i");
      const item = locals.fresh("item");
      const inner = this.stmts(schema.items, item, path.dynamic(i), childSite(site, "items"), fn);
      body.push(`for (let ${i} = ${prefix.length}; ${i} < ${v}.length; ${i}++) {`, this.full(fn), `const ${item}: unknown = ${v}[${i}];`, ...inner, "}");
    }
    if (schema.uniqueItems) body.push(`if (!${constants.helper("hasUniqueItems")}(${v})) ${this.push(fn, path, { keyword: "uniqueItems", message: "must not contain duplicate items" })}`);
    const notArray = `if (!Array.isArray(${v})) ${this.push(fn, path, { keyword: "type", message: orNull ? "expected array or null" : "expected array" })}`;
    return [notArray, ...(body.length === 0 ? [] : elseBranch(body))];
  }

  private variantTests(schema: UnionSchema, v: string, site: Site): string[] {
    const keyword = schema.exclusive ? "oneOf" : "anyOf";
    return schema.variants.map((variant, i) => this.check.expr(variant, v, childSite(site, `${keyword}${i}`)));
  }

  /** The body of a named type's `validateX$` helper; a union's own body, not a call to one. */
  rootStmts(schema: Schema, v: string, path: PathExpr, site: Site, fn: ValidateFn): string[] {
    if (schema.kind === "union" && !alwaysPasses(schema) && !nullableOf(schema)) return this.unionBody(schema, v, path, site, fn);
    return this.stmts(schema, v, path, site, fn);
  }

  /** `function validateX$where(value, path, issues): void` for a union, shared per schema node. */
  private hoistUnion(schema: UnionSchema, site: Site): string {
    const existing = this.hoisted.get(schema);
    if (existing) return existing;
    const name = hoistedName(this.ctx, site, site.validate);
    this.hoisted.set(schema, name);
    hoistFunction(this.ctx, name, VALIDATE_PARAMS, "void", ([v, path, issues], locals) =>
      this.unionBody(schema, v as string, PathExpr.of(path as string), site, { locals, issues: issues as string }),
    );
    return name;
  }

  private unionBody(schema: UnionSchema, v: string, path: PathExpr, site: Site, fn: ValidateFn): string[] {
    const { constants, facts } = this.ctx;
    const tests = this.variantTests(schema, v, site);
    const keyword = schema.exclusive ? "oneOf" : "anyOf";
    const out: string[] = [];
    if (schema.exclusive) {
      const count = fn.locals.fresh("count");
      out.push(`let ${count} = 0;`, ...tests.filter((t) => t !== "false").map((t) => `if (${bare(t)}) ${count}++;`), `if (${count} === 1) return;`);
      out.push(
        `if (${count} > 1) {`,
        `${constants.helper("pushIssue")}(${fn.issues}, ${path.render()}, "oneOf", ${stringLiteral("must match exactly one schema in oneOf, but matches ")} + ${count});`,
        "return;",
        "}",
      );
    } else {
      out.push(`if (${bare(any(tests))}) return;`);
    }
    const variantStmts = (i: number) => this.stmts(schema.variants[i] as Schema, v, path, childSite(site, `${keyword}${i}`), fn);
    const cases = discriminatorCases(schema);
    if (schema.discriminator && cases.length > 0) {
      // Every variant failed, so the one the tag names explains the failure.
      out.push(
        `if (${constants.helper("isRecord")}(${v})) {`,
        `switch (${v}[${stringLiteral(schema.discriminator.property)}]) {`,
        ...cases.flatMap(({ tags, variant }) => [...caseLabels(tags), ...variantStmts(variant), "return;", "}"]),
        "}",
        "}",
      );
    }
    // Otherwise the variants that accept the value's JSON type: one explains, several are named.
    const candidates = JSON_TYPES.map((type) => ({ type, variants: schema.variants.flatMap((s, i) => (facts.jsonTypes(s).has(type) ? [i] : [])) }));
    const byVariant = new Map<number, JsonType[]>();
    const several: { types: JsonType[]; variants: number[] }[] = [];
    for (const { type, variants } of candidates) {
      if (variants.length === 1) byVariant.set(variants[0] as number, [...(byVariant.get(variants[0] as number) ?? []), type]);
      else if (variants.length > 1) {
        const same = several.find((g) => g.variants.join() === variants.join());
        if (same) same.types.push(type);
        else several.push({ types: [type], variants });
      }
    }
    const allTypes = new Set(schema.variants.flatMap((s) => [...facts.jsonTypes(s)]));
    out.push(
      `switch (${constants.helper("jsonType")}(${v})) {`,
      ...[...byVariant].flatMap(([variant, types]) => [...caseLabels(types), ...variantStmts(variant), "return;", "}"]),
      ...several.flatMap(({ types, variants }) => {
        const names = variants.map((i) => describeVariant(schema.variants[i] as Schema, facts.jsonTypes(schema.variants[i] as Schema)));
        const message = `must match ${schema.exclusive ? "exactly one" : "at least one"} of ${names.join(", ")}`;
        return [...caseLabels(types), this.push(fn, path, { keyword, message }), "return;", "}"];
      }),
      "default:",
      this.push(fn, path, { keyword: "type", message: `expected ${describeTypes(allTypes)}` }),
      "}",
    );
    return out;
  }
}

/** The non-null variant of an anyOf of exactly it and `null` (how `nullable` reads). */
function nullableOf(schema: UnionSchema): { schema: Schema; index: number } | undefined {
  if (schema.exclusive || schema.discriminator || schema.variants.length !== 2) return undefined;
  const index = schema.variants.findIndex((v) => v.kind === "null");
  if (index === -1) return undefined;
  return { schema: schema.variants[1 - index] as Schema, index: 1 - index };
}

function describeVariant(schema: Schema, types: ReadonlySet<JsonType>): string {
  return schema.kind === "ref" ? schema.name : describeTypes(types);
}
