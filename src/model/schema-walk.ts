import { evaluationSchemas, mapEvaluation } from "./evaluation.js";
import type { Additional, Property, Schema } from "./ir.js";

export function assertNever(value: never): never {
  throw new Error(`unexpected schema kind: ${JSON.stringify(value)}`);
}

/** The schemas directly inside a schema, in a fixed order. */
export function children(schema: Schema): Schema[] {
  switch (schema.kind) {
    case "array":
      return [...(schema.prefixItems ?? []), schema.items, ...(schema.contains ? [schema.contains] : [])];
    case "object":
      return [
        ...schema.properties.map((p) => p.schema),
        ...(schema.patternProperties ?? []).map((p) => p.schema),
        ...(typeof schema.additional === "object" ? [schema.additional.schema] : []),
        ...(schema.propertyNames ? [schema.propertyNames] : []),
      ];
    case "union":
      return schema.variants;
    case "intersection":
      return schema.parts;
    case "not":
      return [schema.schema];
    case "unevaluated":
      return [schema.schema, ...evaluationSchemas(schema.evaluated)];
    case "ref":
    case "string":
    case "binary":
    case "number":
    case "boolean":
    case "null":
    case "enum":
    case "unknown":
      return [];
    default:
      return assertNever(schema);
  }
}

/**
 * Whether `test` holds for a schema directly inside, tried in `children`' order and stopping at the
 * first that does. Allocates nothing for the common kinds: the walks over every component (refs,
 * directions) run it a million times on GitHub's schema.
 */
export function someChild(schema: Schema, test: (child: Schema) => boolean): boolean {
  switch (schema.kind) {
    case "array":
      return (schema.prefixItems?.some(test) ?? false) || test(schema.items) || (schema.contains !== undefined && test(schema.contains));
    case "object":
      return (
        schema.properties.some((p) => test(p.schema)) ||
        (schema.patternProperties?.some((p) => test(p.schema)) ?? false) ||
        (typeof schema.additional === "object" && test(schema.additional.schema)) ||
        (schema.propertyNames !== undefined && test(schema.propertyNames))
      );
    case "union":
      return schema.variants.some(test);
    case "intersection":
      return schema.parts.some(test);
    case "not":
      return test(schema.schema);
    default:
      return children(schema).some(test);
  }
}

/** The same schema with `map` applied to every direct child (and to property lists by `keep`). */
export function mapChildren(schema: Schema, map: (child: Schema) => Schema, keep: (p: Property) => boolean = () => true): Schema {
  switch (schema.kind) {
    case "array": {
      const mapped = { ...schema, items: map(schema.items) };
      if (schema.prefixItems) mapped.prefixItems = schema.prefixItems.map(map);
      if (schema.contains) mapped.contains = map(schema.contains);
      return mapped;
    }
    case "object": {
      const properties = schema.properties.filter(keep).map((p): Property => ({ ...p, schema: map(p.schema) }));
      const additional: Additional = typeof schema.additional === "object" ? { schema: map(schema.additional.schema) } : schema.additional;
      const mapped = { ...schema, properties, additional };
      if (schema.patternProperties) mapped.patternProperties = schema.patternProperties.map((p) => ({ ...p, schema: map(p.schema) }));
      if (schema.propertyNames) mapped.propertyNames = map(schema.propertyNames);
      return mapped;
    }
    case "union":
      return { ...schema, variants: schema.variants.map(map) };
    case "intersection":
      return { kind: "intersection", parts: schema.parts.map(map) };
    case "not":
      return { kind: "not", schema: map(schema.schema) };
    case "unevaluated":
      return { ...schema, schema: map(schema.schema), evaluated: mapEvaluation(schema.evaluated, map) };
    default:
      return schema;
  }
}
