import { reachable } from "../model/directions.js";
import type { ApiModel, Operation, Schema } from "../model/ir.js";

/** Which way a schema travels; the same change can break a client one way and not the other. */
export interface Usage {
  request: boolean;
  response: boolean;
}

export const REQUEST: Usage = { request: true, response: false };
export const RESPONSE: Usage = { request: false, response: true };

export function operationsOf(model: ApiModel): Operation[] {
  return model.resources.flatMap((r) => r.operations);
}

/** Named type -> where operations use it (following references transitively). */
export function typeUsage(model: ApiModel): Map<string, Usage> {
  const types = new Map(model.types.map((t) => [t.name, t.schema]));
  const ops = operationsOf(model);
  const requestRoots = ops.flatMap((op) => [...op.pathParams, ...op.params].map((p) => p.schema).concat(op.body ? [op.body.schema] : []));
  const responseRoots = ops.flatMap((op) => [...op.success, ...op.errors].flatMap((r) => (r.schema ? [r.schema] : [])));
  const inRequests = reachable(requestRoots, types);
  const inResponses = reachable(responseRoots, types);
  return new Map(model.types.map((t) => [t.name, { request: inRequests.has(t.name), response: inResponses.has(t.name) }]));
}

export function mergeUsage(a: Usage | undefined, b: Usage | undefined): Usage {
  return { request: (a?.request ?? false) || (b?.request ?? false), response: (a?.response ?? false) || (b?.response ?? false) };
}

export function usageText(usage: Usage): string {
  if (usage.request && usage.response) return "in requests and responses";
  if (usage.request) return "in requests";
  if (usage.response) return "in responses";
  return "not used by any operation";
}

/** Schema lookup by type name, used to follow `ref`s. */
export type TypeIndex = ReadonlyMap<string, Schema>;

export function typeIndex(model: ApiModel): TypeIndex {
  return new Map(model.types.map((t) => [t.name, t.schema]));
}

/** Names of named inline shapes (not component schemas): compared where their operation uses them. */
export function inlineShapeNames(model: ApiModel): Set<string> {
  return new Set(model.types.filter((t) => !t.pointer.startsWith("#/components/schemas/")).map((t) => t.name));
}
