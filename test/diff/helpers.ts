import { buildModel } from "../../src/model/build-model.js";
import type { ApiModel } from "../../src/model/ir.js";
import { diffSpecs } from "../../src/diff/diff-specs.js";

export type Json = Record<string, unknown>;

/** What a table row varies: paths, component schemas and security schemes. */
export interface Spec {
  paths?: Json;
  schemas?: Json;
  schemes?: Json;
}

export function model(spec: Spec): ApiModel {
  return buildModel({
    openapi: "3.0.3",
    info: { title: "Test API", version: "1.0.0" },
    paths: spec.paths ?? {},
    components: { schemas: spec.schemas ?? {}, securitySchemes: spec.schemes ?? {} },
  });
}

/** [kind, location, breaking] of every change, in report order. */
export function changesOf(before: Spec, after: Spec): [string, string, boolean][] {
  return diffSpecs(model(before), model(after)).changes.map((c) => [c.kind, c.location, c.breaking]);
}

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
export const json = (schema: unknown): Json => ({ content: { "application/json": { schema } } });
export const obj = (properties: Json, required: string[] = []): Json => ({ type: "object", properties, ...(required.length ? { required } : {}) });
export const STR = { type: "string" };
export const INT = { type: "integer" };

/** An operation in the `things` resource answering 200 with `schema`. */
export function op(operationId: string, extra: Json = {}, schema: unknown = STR): Json {
  return { operationId, tags: ["things"], responses: { "200": { description: "", ...json(schema) } }, ...extra };
}
