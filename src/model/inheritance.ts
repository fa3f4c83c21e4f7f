import { allOf, UNKNOWN } from "./schema-combinators.js";
import type { SchemaEntry } from "./inline-shapes.js";
import type { Literal, Property, Schema } from "./ir.js";

type Union = Extract<Schema, { kind: "union" }>;

/**
 * The common inheritance pattern: a parent `Pet` with `discriminator` and `oneOf: [Cat, Dog]`,
 * each child `allOf: [Pet, {...}]`. Read as plain references, Cat contains Pet, which is one of
 * Cat or Dog: a cycle no value ends and TypeScript rejects. OpenAPI means the parent's own shape
 * there, with the discriminator naming the child. So in each child that is a variant of its
 * parent's union, the reference to the parent becomes the parent without that union, its
 * discriminator property narrowed to the child's tags (the mapping's keys for it, else its name).
 */
export function resolveInheritance(entries: SchemaEntry[]): SchemaEntry[] {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const children = new Map<string, Schema>();
  for (const parent of entries) {
    for (const union of ownUnions(parent.schema)) {
      for (const variant of union.variants) {
        if (variant.kind !== "ref") continue;
        const child = byKey.get(variant.name);
        if (!child || child === parent || !topRefs(children.get(child.key) ?? child.schema).includes(parent.key)) continue;
        const inherited = replaceTopRef(children.get(child.key) ?? child.schema, parent.key, baseOf(parent, byKey));
        children.set(child.key, withTag(inherited, union, child.key));
      }
    }
  }
  return entries.map((e) => {
    const schema = children.get(e.key);
    return schema ? { ...e, schema } : e;
  });
}

/** The unions a schema is made of at its top (itself, or a part of its allOf). */
function ownUnions(schema: Schema): Union[] {
  if (schema.kind === "union") return [schema];
  if (schema.kind === "intersection") return schema.parts.filter((p): p is Union => p.kind === "union");
  return [];
}

function topRefs(schema: Schema): string[] {
  if (schema.kind === "ref") return [schema.name];
  if (schema.kind === "intersection") return schema.parts.flatMap((p) => (p.kind === "ref" ? [p.name] : []));
  return [];
}

/** The parent without the unions whose variants refer back to it. */
function baseOf(parent: SchemaEntry, byKey: Map<string, SchemaEntry>): Schema {
  const cyclic = (union: Union) =>
    union.variants.some((v) => v.kind === "ref" && topRefs(byKey.get(v.name)?.schema ?? v).includes(parent.key));
  const schema = parent.schema;
  if (schema.kind === "union") return cyclic(schema) ? UNKNOWN : schema;
  if (schema.kind !== "intersection") return schema;
  return allOf(schema.parts.filter((p) => p.kind !== "union" || !cyclic(p)));
}

/** The child with its discriminator property required and narrowed to the tags that name it. */
function withTag(schema: Schema, union: Union, child: string): Schema {
  const discriminator = union.discriminator;
  if (!discriminator) return schema;
  const mapped = Object.entries(discriminator.mapping).filter(([, name]) => name === child).map(([tag]) => tag);
  const values: Literal[] = mapped.length > 0 ? mapped : [child];
  const tag: Property = { wireName: discriminator.property, required: true, readOnly: false, writeOnly: false, schema: { kind: "enum", values }, doc: {} };
  if (schema.kind === "object" && schema.properties.some((p) => p.wireName === tag.wireName)) {
    return { ...schema, properties: schema.properties.map((p) => (p.wireName === tag.wireName ? { ...tag, doc: p.doc } : p)) };
  }
  return allOf([schema, { kind: "object", properties: [tag], additional: "open" }]);
}

function replaceTopRef(schema: Schema, name: string, base: Schema): Schema {
  if (schema.kind === "ref") return schema.name === name ? base : schema;
  if (schema.kind !== "intersection") return schema;
  return allOf(schema.parts.map((p) => (p.kind === "ref" && p.name === name ? base : p)));
}
