import type { DiagnosticSink } from "./diagnostics.js";
import type { NamedType, Operation, Resource } from "./ir.js";
import { drfShortNames, functionName, looksLikeDrfSpectacular, methodName } from "./names.js";
import { RUNTIME_EXPORTS } from "./reserved-words.js";

export interface OperationNameInput {
  operationId: string;
  /** The tag (or path segment) the operation is grouped by, as written. */
  group: string;
  /** The resource property it belongs to; method names must differ within one. */
  resource: string;
  httpMethod: string;
  /** A method name from the config's `names`, which wins over the derived one. */
  configured?: string;
}

export interface OperationNames {
  method: string;
  fn: string;
}

/**
 * The method and function name of every operation. In a document that looks like drf-spectacular's
 * output, a custom action drops its action suffix (`sources_add_bigquery_create` ->
 * `sources.addBigquery`, `sourcesAddBigquery`) unless the short method would meet another method of
 * its resource, or the short function another function: then each of them keeps its long form
 * (a standard action's long form is its action, `create`). A configured method name stays as it is.
 * Repeated until no short name meets another name, so the result does not depend on the order.
 */
export function operationNames(inputs: readonly OperationNameInput[]): OperationNames[] {
  const drf = looksLikeDrfSpectacular(inputs);
  let chosen = inputs.map((input) => {
    const long = { method: input.configured ?? methodName(input.operationId, input.group), fn: functionName(input.operationId) };
    const short = drf ? drfShortNames(input.operationId, input.group, input.httpMethod) : undefined;
    const candidate = short && { method: input.configured ?? short.method, fn: short.fn };
    return { input, long, name: candidate ?? long };
  });
  for (;;) {
    const methods = counts(chosen.map((c) => `${c.input.resource}.${c.name.method}`));
    const fns = counts(chosen.map((c) => c.name.fn));
    const collides = ({ input, name }: (typeof chosen)[number]): boolean =>
      (input.configured === undefined && (methods.get(`${input.resource}.${name.method}`) ?? 0) > 1) || (fns.get(name.fn) ?? 0) > 1;
    const next = chosen.map((c) => (c.name !== c.long && collides(c) ? { ...c, name: c.long } : c));
    if (next.every((c, k) => c === chosen[k])) return chosen.map((c) => c.name);
    chosen = next;
  }
}

function counts(names: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
  return seen;
}

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
