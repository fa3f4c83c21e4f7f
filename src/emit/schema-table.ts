import { assertNever } from "../model/directions.js";
import { evaluationSchemas } from "../model/evaluation.js";
import type { Evaluation, Literal, NamedType, Schema } from "../model/ir.js";
import { dataLiteral, type Data, type DataFields } from "./data-literal.js";
import { FORMAT_CHECKS } from "./guard-constants.js";
import { alwaysPasses, discriminatorCases, isNever } from "./guard-context.js";
import { JSON_TYPES, SchemaFacts } from "./guard-json-types.js";
import { namedImport } from "./imports.js";
import type { Statement } from "./source-file.js";

/**
 * Checking the table is a good part of a large client's type-check time (GitHub's: about a third);
 * camelgen's own tests check it against SchemaTable, the consumer's compiler reads its declared type.
 */
export const SCHEMAS_NOCHECK = [
  "// @ts-nocheck -- a client this large: camelgen type-checks this table in its own tests; your",
  "// compiler reads only its declared type, which is faster.",
];

/** schemas.ts: the schema table the runtime's validateWith reads (validateX, assertX). */
export function schemasStatements(types: readonly NamedType[]): Statement[] {
  const { t, n } = schemaTable(types);
  // A statement of its own lines: dataLiteral lays the table out already, one entry a line.
  const table = [
    "/** Every named type's JSON Schema as data, for runtime/schema-interpreter.ts to explain failures. */",
    `export const schemas: SchemaTable = ${dataLiteral({ t, n }, 2)};`,
  ].join("\n");
  return [...namedImport("./runtime/schema-table.js", ["SchemaTable"], true), table];
}

/**
 * A table node being built: its child schemas, and its fields given those children as the
 * table writes them (an index into `n`, a type name, or the node itself).
 */
interface Node {
  readonly children: readonly Child[];
  fields(children: readonly Data[]): DataFields;
}

/** A node, or the name of a named type. */
type Child = Node | string;

/**
 * The named types as the runtime's SchemaTable (templates/schema-table.ts): `t` maps each type
 * name to its schema, `n` holds the nodes that occur more than once (structurally equal, named
 * types' roots included), referred to by index; a node that occurs once sits inside its parent.
 * Deterministic: the types in model order, shared nodes numbered in the order they are written.
 */
export function schemaTable(types: readonly NamedType[]): { t: ReadonlyMap<string, Data>; n: Data[] } {
  const facts = new SchemaFacts(new Map(types.map((t) => [t.name, t])));
  const roots = types.map((type) => [type.name, encode(type.schema, facts)] as const);
  const shapes = new Shapes();
  for (const [, root] of roots) shapes.count(root);
  const n: Data[] = [];
  const indexOf = new Map<number, number>();
  const write = (child: Child): Data => {
    if (typeof child === "string") return child;
    const id = shapes.id(child);
    if (!shapes.isShared(id)) return child.fields(child.children.map(write));
    let index = indexOf.get(id);
    if (index === undefined) {
      index = n.length;
      indexOf.set(id, index);
      n.push(null);
      n[index] = child.fields(child.children.map(write));
    }
    return index;
  };
  return { t: new Map(roots.map(([name, root]) => [name, write(root)])), n };
}

/** Structural identity of nodes, and how often each shape is used (once per parent that holds it). */
class Shapes {
  private readonly ids = new Map<string, number>();
  private readonly idOf = new WeakMap<Node, number>();
  private readonly uses = new Map<number, number>();

  id(node: Node): number {
    const known = this.idOf.get(node);
    if (known !== undefined) return known;
    // A child is its shape's number, a named type its name: JSON keeps the two apart.
    const fields = node.fields(node.children.map((c) => (typeof c === "string" ? c : this.id(c))));
    // JSON writes a bound that is not finite as null; only a text with a null can hold one, and
    // only that text pays for the replacer function (several times slower).
    const plain = JSON.stringify(fields);
    const key = plain.includes("null") ? JSON.stringify(fields, keepInfinity) : plain;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    this.idOf.set(node, id);
    return id;
  }

  count(child: Child): void {
    if (typeof child === "string") return;
    const id = this.id(child);
    const uses = (this.uses.get(id) ?? 0) + 1;
    this.uses.set(id, uses);
    if (uses === 1) child.children.forEach((c) => this.count(c));
  }

  isShared(id: number): boolean {
    return (this.uses.get(id) ?? 0) > 1;
  }
}

/** JSON would write every number that is not finite as null (a bound may be Infinity). */
function keepInfinity(_key: string, value: unknown): unknown {
  return typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
}

function leaf(fields: DataFields): Node {
  return { children: [], fields: () => fields };
}

/** One model schema -> its table node. A schema that accepts every value is `*`, whatever its form. */
function encode(schema: Schema, facts: SchemaFacts): Child {
  if (alwaysPasses(schema)) return leaf({ k: "*" });
  switch (schema.kind) {
    case "ref":
      return schema.name;
    case "string": {
      const format = schema.format !== undefined && FORMAT_CHECKS[schema.format] !== undefined ? schema.format : undefined;
      return leaf({ k: "s", min: positive(schema.minLength), max: schema.maxLength, re: schema.pattern, f: format });
    }
    case "number":
      return leaf({ k: schema.integer ? "i" : "n", ge: schema.minimum, le: schema.maximum, gt: schema.exclusiveMinimum, lt: schema.exclusiveMaximum, mul: schema.multipleOf });
    case "binary":
      return leaf({ k: "b" });
    case "boolean":
      return leaf({ k: "t" });
    case "null":
      return leaf({ k: "z" });
    case "unknown":
      return leaf({ k: "*" });
    case "enum":
      return leaf({ k: "e", v: schema.values.map(enumValue), o: schema.open === true ? 1 : undefined });
    case "array":
      return encodeArray(schema, facts);
    case "object":
      return encodeObject(schema, facts);
    case "not":
      return { children: [encode(schema.schema, facts)], fields: ([s]) => ({ k: "!", s }) };
    case "intersection":
      return { children: schema.parts.map((p) => encode(p, facts)), fields: (v) => ({ k: "&", v }) };
    case "union":
      return encodeUnion(schema, facts);
    case "unevaluated":
      return encodeUnevaluated(schema, facts);
    default:
      return assertNever(schema);
  }
}

/** A bound of 0 or less constrains nothing (minLength, minItems, minProperties). */
function positive(n: number | undefined): number | undefined {
  return n !== undefined && n > 0 ? n : undefined;
}

/** As the generated guards compare it: a number that is not finite is written 0. */
function enumValue(value: Literal): Data {
  return typeof value === "number" && !Number.isFinite(value) ? 0 : value;
}

function encodeArray(schema: Extract<Schema, { kind: "array" }>, facts: SchemaFacts): Node {
  const prefix = (schema.prefixItems ?? []).map((p) => encode(p, facts));
  const never = isNever(schema.items);
  const items = never || schema.items.kind === "unknown" ? [] : [encode(schema.items, facts)];
  const contains = schema.contains ? [encode(schema.contains, facts)] : [];
  return {
    children: [...prefix, ...items, ...contains],
    fields: (written) => ({
      k: "a",
      i: never ? false : items.length > 0 ? written[prefix.length] : undefined,
      pi: prefix.length > 0 ? written.slice(0, prefix.length) : undefined,
      min: positive(schema.minItems),
      max: schema.maxItems,
      u: schema.uniqueItems === true ? true : undefined,
      c: contains.length > 0 ? written[written.length - 1] : undefined,
      cmin: contains.length > 0 && schema.minContains !== undefined ? schema.minContains : undefined,
      cmax: contains.length > 0 ? schema.maxContains : undefined,
    }),
  };
}

function encodeObject(schema: Extract<Schema, { kind: "object" }>, facts: SchemaFacts): Node {
  const { additional } = schema;
  const open = additional === "open" || (typeof additional === "object" && additional.schema.kind === "unknown");
  const closed = additional === "closed" || (typeof additional === "object" && isNever(additional.schema));
  // An optional property that takes any value matters only as a name additionalProperties skips.
  const properties = schema.properties.filter((p) => p.required || p.schema.kind !== "unknown" || !open);
  const patterns = schema.patternProperties ?? [];
  const extra = open || closed || typeof additional !== "object" ? [] : [encode(additional.schema, facts)];
  const names = schema.propertyNames ? [encode(schema.propertyNames, facts)] : [];
  const children = [...properties.map((p) => encode(p.schema, facts)), ...patterns.map((p) => encode(p.schema, facts)), ...extra, ...names];
  return {
    children,
    fields: (written) => ({
      k: "o",
      p: properties.length > 0 ? properties.map((p, i) => (p.required ? [p.wireName, written[i] as Data, 1] : [p.wireName, written[i] as Data])) : undefined,
      a: open ? undefined : closed ? false : written[properties.length + patterns.length],
      pp: patterns.length > 0 ? patterns.map((p, i) => [p.pattern, written[properties.length + i] as Data]) : undefined,
      min: positive(schema.minProperties),
      max: schema.maxProperties,
      n: names.length > 0 ? written[children.length - 1] : undefined,
    }),
  };
}

function encodeUnion(schema: Extract<Schema, { kind: "union" }>, facts: SchemaFacts): Node {
  const nullable = nullableOf(schema);
  if (nullable) return { children: [encode(nullable, facts)], fields: ([s]) => ({ k: "?", s }) };
  const cases = discriminatorCases(schema).flatMap(({ tags, variant }) => tags.map((tag): Data => [tag, variant]));
  const masks = schema.variants.map((variant) => typeMask(facts, variant));
  return {
    children: schema.variants.map((v) => encode(v, facts)),
    fields: (v) => ({
      k: schema.exclusive ? "^" : "|",
      v,
      m: masks,
      d: cases.length > 0 ? schema.discriminator?.property : undefined,
      c: cases.length > 0 ? cases : undefined,
    }),
  };
}

/**
 * unevaluated: its schema (none when it is `false`), then the schemas of the evaluation in
 * evaluationSchemas' order, which `evaluated` reads back in the same order.
 */
function encodeUnevaluated(schema: Extract<Schema, { kind: "unevaluated" }>, facts: SchemaFacts): Node {
  const never = isNever(schema.schema);
  const inner = evaluationSchemas(schema.evaluated).map((s) => encode(s, facts));
  return {
    children: [...(never ? [] : [encode(schema.schema, facts)]), ...inner],
    fields: (written) => {
      const next = cursor(written.slice(never ? 0 : 1));
      return { k: schema.of === "properties" ? "up" : "ui", s: never ? false : written[0], e: evaluated(schema.evaluated, next) };
    },
  };
}

function cursor(items: readonly Data[]): () => Data {
  let i = 0;
  return () => items[i++] as Data;
}

function evaluated(e: Evaluation, next: () => Data): DataFields {
  const contains = e.contains.map(() => next());
  const branches = e.branches.map((b): Data => {
    const when = next();
    return [when, evaluated(b.then, next)];
  });
  return {
    p: e.names.length > 0 ? e.names : undefined,
    pp: e.patterns.length > 0 ? e.patterns : undefined,
    pi: e.prefix > 0 ? e.prefix : undefined,
    c: contains.length > 0 ? contains : undefined,
    all: e.all ? 1 : undefined,
    b: branches.length > 0 ? branches : undefined,
  };
}

/** The non-null variant of an anyOf of exactly it and `null` (how `nullable` reads). */
function nullableOf(schema: Extract<Schema, { kind: "union" }>): Schema | undefined {
  if (schema.exclusive || schema.discriminator || schema.variants.length !== 2) return undefined;
  const index = schema.variants.findIndex((v) => v.kind === "null");
  return index === -1 ? undefined : schema.variants[1 - index];
}

/** The JSON types a schema can accept, as the bits the runtime reads (1 null ... 32 object). */
function typeMask(facts: SchemaFacts, schema: Schema): number {
  const types = facts.jsonTypes(schema);
  return JSON_TYPES.reduce((mask, type, bit) => (types.has(type) ? mask | (1 << bit) : mask), 0);
}
