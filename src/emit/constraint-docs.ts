import type { Literal, NamedType, Schema } from "../model/ir.js";
import { literal } from "./escape.js";
import type { DocTag } from "./jsdoc.js";

type Types = ReadonlyMap<string, NamedType>;

/** One constraint the guards enforce, as a JSDoc tag: `@maxLength 255`. */
export type Constraint = Required<DocTag>;

/**
 * The constraints a value of `schema` must meet (format, lengths, pattern, bounds, item counts),
 * and `values` for an enum the type text shows only by name (a reference to a named enum). A
 * nullable schema (`X | null`) shows X's; other unions and intersections show none.
 */
export function constraintsOf(schema: Schema, types: Types): Constraint[] {
  const subject = withoutNull(schema);
  switch (subject.kind) {
    case "string":
      return pick(subject, ["format", "minLength", "maxLength", "pattern"]);
    case "number":
      return pick(subject, ["minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf"]);
    case "array":
      return pick(subject, ["minItems", "maxItems", "uniqueItems"]);
    default: {
      const values = namedEnumValues(schema, types);
      return values === undefined ? [] : [{ tagName: "values", text: values.map(literal).join(" | ") }];
    }
  }
}

/** `maxLength 255, format email`: the constraints as one phrase, for a `@param` text. */
export function constraintPhrase(constraints: Constraint[]): string {
  return constraints.map((c) => `${c.tagName} ${c.text}`).join(", ");
}

function pick<T extends object>(schema: T, keys: (keyof T & string)[]): Constraint[] {
  return keys.flatMap((key) => {
    const value = schema[key];
    if (value === undefined || value === false) return [];
    return [{ tagName: key, text: typeof value === "string" ? value : String(value) }];
  });
}

function withoutNull(schema: Schema): Schema {
  if (schema.kind !== "union") return schema;
  const rest = schema.variants.filter((v) => v.kind !== "null");
  return rest.length === 1 ? (rest[0] as Schema) : schema;
}

/**
 * The values of a reference to a named enum, or a union of such references and null (drf-spectacular's
 * `TypeEnum | BlankEnum | NullEnum`); undefined for anything else.
 */
function namedEnumValues(schema: Schema, types: Types): Literal[] | undefined {
  const variants = schema.kind === "union" ? schema.variants : [schema];
  if (!variants.some((v) => v.kind === "ref")) return undefined;
  const values: Literal[] = [];
  for (const variant of variants) {
    const target = variant.kind === "ref" ? types.get(variant.name)?.schema : variant;
    if (target?.kind === "enum") values.push(...target.values);
    else if (target?.kind === "null") values.push(null);
    else return undefined;
  }
  return [...new Set(values)];
}
