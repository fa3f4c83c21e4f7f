import type { NamedType, Operation, Pagination, Schema } from "./ir.js";

/**
 * A GET whose only 2xx body is an object with an array `results` and a `next` link is a
 * next-link paginated list (every DRF paginator: page number, limit/offset and cursor).
 */
export function paginationOf(op: Operation, types: ReadonlyMap<string, NamedType>): Pagination | undefined {
  if (op.httpMethod !== "GET") return undefined;
  const bodies = op.success.filter((r) => r.schema);
  const schema = bodies.length === 1 && bodies[0]?.kind === "json" ? resolve(bodies[0].schema, types) : undefined;
  if (schema?.kind !== "object") return undefined;
  const items = schema.properties.find((p) => p.wireName === "results");
  const next = schema.properties.find((p) => p.wireName === "next");
  const list = items && resolve(items.schema, types);
  if (list?.kind !== "array" || !next || !isLink(resolve(next.schema, types))) return undefined;
  return { itemsProperty: "results", nextProperty: "next", item: list.items };
}

function resolve(schema: Schema | undefined, types: ReadonlyMap<string, NamedType>): Schema | undefined {
  for (let depth = 0; schema?.kind === "ref" && depth < 16; depth++) schema = types.get(schema.name)?.schema;
  return schema;
}

function isLink(schema: Schema | undefined): boolean {
  if (schema?.kind === "string") return true;
  return schema?.kind === "union" && schema.variants.some((v) => v.kind === "string");
}
