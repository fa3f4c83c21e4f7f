import type { DiagnosticSink } from "./diagnostics.js";
import type { NamedType, Operation, Resource } from "./ir.js";
import { RUNTIME_EXPORTS } from "./reserved-words.js";

/**
 * Two operations that would get the same method or function name are an error naming both; the
 * generator never appends a silent `2`.
 */
export function checkOperationNames(resources: Resource[], types: NamedType[], sink: DiagnosticSink): void {
  const functions = new Map<string, Operation>();
  const exported = new Set(types.flatMap((t) => [t.name, t.guardName, t.assertName, t.validateName, t.standardSchemaName]));
  for (const resource of resources) {
    const methods = new Map<string, Operation>();
    for (const op of resource.operations) {
      clash(methods, op.method, op, sink, `client.${resource.property}.${op.method}`);
      clash(functions, op.fnName, op, sink, op.fnName);
      if (exported.has(op.fnName) || RUNTIME_EXPORTS.has(op.fnName)) {
        sink.error("name-collision", op.pointer, `function ${op.fnName} (${op.operationId}) clashes with a generated type, guard or runtime export of the same name`);
      }
    }
  }
}

function clash(seen: Map<string, Operation>, name: string, op: Operation, sink: DiagnosticSink, what: string): void {
  const other = seen.get(name);
  if (other) {
    sink.error(
      "operation-name-collision",
      op.pointer,
      `operations ${JSON.stringify(other.operationId)} (${other.pointer}) and ${JSON.stringify(op.operationId)} (${op.pointer}) both map to ${what}`,
    );
  }
  seen.set(name, op);
}

/**
 * Flat functions and resource classes share index.ts with the schema's types and guards: a function
 * named like one of them (operationId `networkUnblock` beside a schema `networkUnblock`, or
 * `validatePatientManagement` beside the validator of `PatientManagement`) becomes
 * `networkUnblockOperation`; a resource class named like a schema (`BusinessItemResource`)
 * becomes `BusinessItemOperations`. The schema keeps its name, and method names do not change.
 */
export function withFreeNames(resources: Resource[], types: NamedType[]): Resource[] {
  const taken = new Set([...RUNTIME_EXPORTS, ...types.flatMap((t) => [t.name, t.guardName, t.assertName, t.validateName, t.standardSchemaName])]);
  return resources.map((resource) => ({
    ...resource,
    className: taken.has(resource.className) ? `${resource.className.replace(/Resource$/, "")}Operations` : resource.className,
    operations: resource.operations.map((op) => (taken.has(op.fnName) ? { ...op, fnName: `${op.fnName}Operation` } : op)),
  }));
}

/** The client classes, the validator and the resource classes share index.ts with the types and guards. */
export function checkClientNames(clientNames: string[], resources: Resource[], types: NamedType[], sink: DiagnosticSink): void {
  const typeNames = new Map(types.flatMap((t) => [t.name, t.guardName, t.assertName, t.validateName, t.standardSchemaName].map((n) => [n, t] as const)));
  for (const name of [...clientNames, ...resources.map((r) => r.className)]) {
    const type = typeNames.get(name);
    if (type) sink.error("name-collision", type.pointer, `schema ${type.name} (${type.pointer}) clashes with the generated class ${name}`);
  }
}
