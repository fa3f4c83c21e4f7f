import { buildModel, type ModelOptions } from "../../src/model/build-model.js";
import { DiagnosticSink, ModelError } from "../../src/model/diagnostics.js";
import { resourceProperty } from "../../src/model/names.js";
import { operationNames, type OperationNames } from "../../src/model/operation-names.js";
import type { ApiModel, NamedType, Operation, Property, Schema } from "../../src/model/ir.js";

type Json = Record<string, unknown>;

/** A minimal OpenAPI document: `paths` and `components.schemas` are filled in by the caller. */
export function document(parts: { openapi?: string; schemas?: Json; paths?: Json; extra?: Json } = {}): Json {
  return {
    openapi: parts.openapi ?? "3.0.3",
    info: { title: "Test API", version: "1.0.0" },
    paths: parts.paths ?? {},
    components: { schemas: parts.schemas ?? {} },
    ...parts.extra,
  };
}

export function build(doc: Json, options: ModelOptions = {}): ApiModel {
  return buildModel(doc, options);
}

/** Builds a model and returns the ModelError it must throw. */
export function buildError(doc: Json, options: ModelOptions = {}): ModelError {
  try {
    buildModel(doc, options);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected buildModel to throw a ModelError");
}

export function namedType(model: ApiModel, name: string): NamedType {
  const found = model.types.find((t) => t.name === name);
  if (!found) throw new Error(`no type ${name}; have ${model.types.map((t) => t.name).join(", ")}`);
  return found;
}

export function operation(model: ApiModel, operationId: string): Operation {
  const found = model.resources.flatMap((r) => r.operations).find((o) => o.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  return found;
}

/** The IR of one component schema `Subject`, with `extra` components beside it. */
export function schemaOf(node: unknown, openapi = "3.0.3", extra: Json = {}): { schema: Schema; model: ApiModel } {
  const model = build(document({ openapi, schemas: { ...extra, Subject: node } }));
  return { schema: namedType(model, "Subject").schema, model };
}

export function prop(wireName: string, schema: Schema, flags: Partial<Omit<Property, "wireName" | "schema">> = {}): Property {
  return { wireName, required: false, readOnly: false, writeOnly: false, schema, doc: {}, ...flags };
}

export const STRING: Schema = { kind: "string" };
export const NULL: Schema = { kind: "null" };
export const UNKNOWN: Schema = { kind: "unknown" };
export const ref = (name: string): Schema => ({ kind: "ref", name });
export const object = (properties: Property[], additional: Extract<Schema, { kind: "object" }>["additional"] = "open"): Schema => ({
  kind: "object",
  properties,
  additional,
});

/** A one-operation path item: `{ [path]: { [method]: op } }`. */
export function op(path: string, method: string, node: Json): Json {
  return { [path]: { [method]: node } };
}

export const OK_EMPTY = { "200": { description: "" } };

/** The names `operationNames` gives operations listed as [operationId, tag], each a GET of a path of its own. */
export function operationNamesOf(rows: readonly (readonly [string, string])[]): OperationNames[] {
  return operationNames(
    rows.map(([operationId, group], i) => ({ operationId, group, httpMethod: "GET", path: `/${group}/${i}`, resource: resourceProperty(group), pointer: `#/paths/${i}` })),
    new DiagnosticSink(),
  );
}
