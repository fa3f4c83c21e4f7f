import type { NamedType, Operation, Param, Schema } from "./ir.js";

/** A schema whose values are one string, number or boolean: what a path segment or `name=value` can carry. */
export function isScalarSchema(schema: Schema): boolean {
  switch (schema.kind) {
    case "string":
    case "number":
    case "boolean":
      return true;
    case "enum":
      return schema.values.length > 0 && schema.values.every((v) => v !== null);
    default:
      return false;
  }
}

/** Whether a parameter's value is a scalar, its schema written in place or named (`$ref: AlertNumber`, an integer). */
export function isScalarParam(p: Param): boolean {
  return p.scalar === true || isScalarSchema(p.schema);
}

/** The operation with `scalar` set on each parameter whose schema is a reference to a scalar named type. */
export function withScalarRefs(op: Operation, types: ReadonlyMap<string, NamedType>): Operation {
  const mark = (p: Param): Param => (p.schema.kind === "ref" && namesScalar(p.schema, types) ? { ...p, scalar: true } : p);
  if (![...op.pathParams, ...op.params].some((p) => p.schema.kind === "ref")) return op;
  return { ...op, pathParams: op.pathParams.map(mark), params: op.params.map(mark) };
}

function namesScalar(schema: Schema, types: ReadonlyMap<string, NamedType>): boolean {
  const seen = new Set<string>();
  let current = schema;
  while (current.kind === "ref" && !seen.has(current.name)) {
    seen.add(current.name);
    const target = types.get(current.name);
    if (target === undefined) return false;
    current = target.schema;
  }
  return current.kind !== "ref" && isScalarSchema(current);
}
