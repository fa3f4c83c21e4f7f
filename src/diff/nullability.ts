import type { Literal, Schema } from "../model/ir.js";

/** A schema as "nullable or not" plus what remains, so `string | null` vs `string` reads as one change. */
export interface Split {
  nullable: boolean;
  core: Schema;
}

export function splitNullable(schema: Schema): Split {
  const variants = schema.kind === "union" ? schema.variants : [schema];
  const nullable = variants.some(allowsNull) && variants.some((v) => !isOnlyNull(v));
  if (!nullable) return { nullable: false, core: schema.kind === "union" ? mergedEnums(schema.variants) ?? schema : schema };
  const rest = variants.filter((v) => !isOnlyNull(v)).map(withoutNull);
  const core = rest.length === 1 ? (rest[0] as Schema) : mergedEnums(rest) ?? { kind: "union", variants: rest, exclusive: false };
  return { nullable, core };
}

function allowsNull(schema: Schema): boolean {
  return schema.kind === "null" || (schema.kind === "enum" && schema.values.includes(null));
}

function isOnlyNull(schema: Schema): boolean {
  return schema.kind === "null" || (schema.kind === "enum" && schema.values.every((v) => v === null));
}

function withoutNull(schema: Schema): Schema {
  return schema.kind === "enum" ? { kind: "enum", values: schema.values.filter((v) => v !== null) } : schema;
}

/** drf-spectacular spells one enum as `FooEnum | BlankEnum | NullEnum`; its values are compared as one set. */
function mergedEnums(variants: Schema[]): Schema | undefined {
  if (variants.length < 2 || !variants.every((v) => v.kind === "enum")) return undefined;
  const values: Literal[] = [];
  for (const v of variants) for (const value of v.kind === "enum" ? v.values : []) if (!values.includes(value)) values.push(value);
  return { kind: "enum", values };
}
