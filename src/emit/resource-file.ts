import type { NamedType, Operation, Resource } from "../model/ir.js";
import { resourceClass } from "./client-file.js";
import { namedImport, signatureTypeNames } from "./imports.js";
import { runtimeValues } from "./operation-request.js";
import { operationArguments, overloads } from "./operation-signature.js";
import { operationFunction } from "./operations-file.js";
import type { Statement } from "./source-file.js";

/**
 * resources/<file>.ts: one exported typed function per operation of the resource, taking the client
 * first, and the resource's class, whose methods call them. One file per resource keeps each file an
 * editor opens (and type-checks) small: GitHub's 1,223 operations took 3.2 MB in two files.
 */
export function resourceStatements(resource: Resource, types: ReadonlyMap<string, NamedType>): Statement[] {
  const ops = resource.operations;
  return [
    ...namedImport("../types.js", ops.flatMap(signatureTypeNames), true),
    ...namedImport("../runtime/index.js", ["APIClient", ...ops.flatMap((op) => runtimeValues(op, types))], false),
    ...namedImport("../runtime/index.js", runtimeSignatureTypes(ops), true),
    ...ops.map((op) => operationFunction(op, resource.className, types)),
    resourceClass(resource, types),
  ];
}

/**
 * Runtime types the signatures and transport calls of a resource's operations (one or more)
 * mention; only overloads spell their return type (`APIPromise`), the others infer it.
 */
function runtimeSignatureTypes(ops: Operation[]): string[] {
  return [
    "RequestOptions",
    ...(ops.some((op) => overloads(op, operationArguments(op)).length > 0) ? ["APIPromise"] : []),
    ...(ops.some((op) => op.stream) ? ["Stream"] : []),
    ...(ops.some((op) => op.stream?.framing === "sse") ? ["ServerSentEvent"] : []),
  ];
}
