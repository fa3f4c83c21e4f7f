import type { NamedType, Operation, Property, Schema } from "./ir.js";

export type Types = ReadonlyMap<string, NamedType>;

/** A schema with its named references followed. */
export function resolved(schema: Schema | undefined, types: Types): Schema | undefined {
  for (let depth = 0; schema?.kind === "ref" && depth < 16; depth++) schema = types.get(schema.name)?.schema;
  return schema;
}

/** The schema of the one JSON body an operation succeeds with, references followed. */
export function successBody(op: Operation, types: Types): Schema | undefined {
  const bodies = op.success.filter((r) => r.schema);
  return bodies.length === 1 && bodies[0]?.kind === "json" ? resolved(bodies[0].schema, types) : undefined;
}

/** The properties of an object schema, and of every part of an intersection (`allOf`). */
export function propertiesOf(schema: Schema | undefined, types: Types): Property[] {
  const target = resolved(schema, types);
  if (target?.kind === "object") return target.properties;
  if (target?.kind === "intersection") return target.parts.flatMap((part) => propertiesOf(part, types));
  return [];
}

/** The schema at a path of property names (`[]`: the schema itself), references followed. */
export function schemaAt(schema: Schema | undefined, path: readonly string[], types: Types): Schema | undefined {
  let current = resolved(schema, types);
  for (const name of path) current = resolved(propertiesOf(current, types).find((p) => p.wireName === name)?.schema, types);
  return current;
}

/** The item schema of an array (a nullable array included), else undefined. */
export function arrayItems(schema: Schema | undefined, types: Types): Schema | undefined {
  const target = resolved(schema, types);
  if (target?.kind === "array") return target.items;
  if (target?.kind !== "union") return undefined;
  const arrays = target.variants.map((v) => resolved(v, types)).filter((v) => v?.kind !== "null");
  return arrays.length === 1 ? arrayItems(arrays[0], types) : undefined;
}

/** Whether the schema is of `kind`, or a union with a variant of it (a nullable one included). */
function mayBe(kind: Schema["kind"], schema: Schema | undefined, types: Types): boolean {
  const target = resolved(schema, types);
  if (target?.kind === kind) return true;
  return target?.kind === "union" && target.variants.some((v) => resolved(v, types)?.kind === kind);
}

const URI_FORMATS = new Set(["uri", "uri-reference", "iri", "iri-reference", "url"]);

/** Whether the schema, or a string variant of it, is a string of a URI format. */
export function isURI(schema: Schema | undefined, types: Types): boolean {
  const target = resolved(schema, types);
  const variants = target?.kind === "union" ? target.variants.map((v) => resolved(v, types)) : [target];
  return variants.some((v) => v?.kind === "string" && v.format !== undefined && URI_FORMATS.has(v.format));
}

export const mayBeString = (schema: Schema | undefined, types: Types): boolean => mayBe("string", schema, types);
export const isBoolean = (schema: Schema | undefined, types: Types): boolean => mayBe("boolean", schema, types);
export const isNumber = (schema: Schema | undefined, types: Types): boolean => mayBe("number", schema, types);

/** The names of the operation's query parameters. */
export function queryNames(op: Operation): string[] {
  return op.params.filter((p) => p.in === "query").map((p) => p.wireName);
}
