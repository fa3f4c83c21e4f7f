import type { DiagnosticSink } from "./diagnostics.js";
import type { NamedType, Operation, Resource } from "./ir.js";
import { drfShortNames, looksLikeDrfSpectacular } from "./drf-names.js";
import { fastapiShortNames, looksLikeFastApi } from "./fastapi-names.js";
import { googleShortNames, looksLikeGoogleDiscovery } from "./google-names.js";
import { looksLikeNestJs, nestShortNames } from "./nestjs-names.js";
import { numberedStems } from "./numbered-ids.js";
import { looksLikeSpringfox, springfoxShortNames } from "./spring-names.js";
import { functionName, methodName, methodWord, words } from "./names.js";
import { RUNTIME_EXPORTS } from "./reserved-words.js";

export interface OperationNameInput {
  operationId: string;
  /** The tag (or path segment) the operation is grouped by, as written. */
  group: string;
  /** The resource property it belongs to; method names must differ within one. */
  resource: string;
  httpMethod: string;
  /** The operation's path template, as written. */
  path: string;
  /** Where the operation is, for diagnostics and a stable order. */
  pointer: string;
  /** The document spells the operationId (two operations spelling one id are an error, not renamed). */
  declared?: boolean;
  /** A method name from the config's `names`, which wins over the derived one; the function follows it. */
  configured?: string;
}

export interface OperationNames {
  method: string;
  fn: string;
}

interface Convention {
  looksLike: (inputs: readonly OperationNameInput[]) => boolean;
  short: (input: OperationNameInput) => OperationNames | undefined;
}

/** The generators whose operationIds carry more than a method name, tried in this order. */
const CONVENTIONS: readonly Convention[] = [
  { looksLike: looksLikeDrfSpectacular, short: (input) => drfShortNames(input.operationId, input.group, input.httpMethod) },
  { looksLike: looksLikeFastApi, short: (input) => fastapiShortNames(input, input.group) },
  { looksLike: looksLikeNestJs, short: (input) => nestShortNames(input.operationId) },
  { looksLike: looksLikeSpringfox, short: (input) => springfoxShortNames(input.operationId, input.group) },
  { looksLike: looksLikeGoogleDiscovery, short: (input) => googleShortNames(input.operationId, input.group) },
];

/**
 * The method and function name of every operation. In a document that looks like drf-spectacular's
 * output, a custom action drops its action suffix (`sources_add_bigquery_create` ->
 * `sources.addBigquery`, `sourcesAddBigquery`); in one that looks like FastAPI's, an operation is
 * named by its route function (`read_item_items__item_id__get` -> `items.readItem`, `readItem`); in
 * one that looks like @nestjs/swagger's, by its handler (`UsersController_findAll` ->
 * `users.findAll`, `usersFindAll`); in one that looks like Springfox's, by its handler too
 * (`getUserUsingGET` -> `getUser`); in one converted from Google API Discovery, without the API's
 * name (`drive.files.create` -> `files.create`, `filesCreate`). In any document, an id numbered to
 * keep it unique (`getAll_2`) is named by the id it numbers (see `shortNames`). A short name holds
 * unless its method would meet another method of its resource, or its function another function:
 * then each of them keeps its long form (a standard action's long form is its action, `create`).
 * Repeated until no short name meets another name, so the result does not depend on the order. A
 * configured method name stays as it is, and its function is the resource's words and that name
 * (`sourcesConnectBigquery`). Names that still meet are told apart by `distinctNames`.
 */
export function operationNames(inputs: readonly OperationNameInput[], sink: DiagnosticSink): OperationNames[] {
  const stems = numberedStems(inputs.map((input) => input.operationId));
  const stemmed = inputs.map((input, i) => ({ ...input, operationId: stems[i] ?? input.operationId }));
  const convention = CONVENTIONS.find((c) => c.looksLike(stemmed));
  let chosen = inputs.map((input, i) => {
    const configured = input.configured === undefined ? undefined : groupedNames(input.group, input.configured);
    const long = configured ?? { method: methodName(input.operationId, input.group), fn: functionName(input.operationId) };
    const short = configured ? undefined : shortNames(stemmed[i] as OperationNameInput, stems[i] !== undefined, convention);
    return { input, long, name: short ?? long };
  });
  for (;;) {
    const methods = counts(chosen.map((c) => `${c.input.resource}.${c.name.method}`));
    const fns = counts(chosen.map((c) => c.name.fn));
    const collides = ({ input, name }: (typeof chosen)[number]): boolean =>
      (methods.get(`${input.resource}.${name.method}`) ?? 0) > 1 || (fns.get(name.fn) ?? 0) > 1;
    const next = chosen.map((c) => (c.name !== c.long && collides(c) ? { ...c, name: c.long } : c));
    if (next.every((c, k) => c === chosen[k])) return distinctNames(chosen, sink);
    chosen = next;
  }
}

/** A method and its function: the resource's words, then the method's (`sourcesConnectBigquery`). */
function groupedNames(group: string, method: string): OperationNames {
  return { method, fn: functionName([...words(group), method].join("_")) };
}

/**
 * The short names of an operation, its operationId given without the number of a numbered family:
 * the convention's. Where the id was numbered, the method is the one the convention or the stem
 * gives, and the function has the resource's words before it, so that each member of the family
 * gets a function of its own that no renumbering changes (`getAll_2` on `Vendor Invoices` ->
 * `vendorInvoices.getAll`, `vendorInvoicesGetAll`).
 */
function shortNames(input: OperationNameInput, numbered: boolean, convention: Convention | undefined): OperationNames | undefined {
  const short = convention?.short(input);
  if (!numbered) return short;
  return groupedNames(input.group, short?.method ?? methodName(input.operationId, input.group));
}

/**
 * Operations that still share a method of one resource or a function (`create_` and `create`; two
 * operations without operationId at `/db-reset` and `/db/reset`) are taken in the order of their
 * operationId, then their pointer: the first keeps the name, each other one takes its HTTP method
 * after it (`createGet`, `thingsCreateGet`), then a number if that is taken too, with an
 * `operation-name-derived` warning. Configured names, and operations that spell the same operationId
 * (which OpenAPI requires to be unique), are never changed: two that meet are an error.
 */
interface Chosen {
  input: OperationNameInput;
  name: OperationNames;
}

function distinctNames(chosen: readonly Chosen[], sink: DiagnosticSink): OperationNames[] {
  const methodKey = (input: OperationNameInput, method: string) => `${input.resource}.${method}`;
  const methods = counts(chosen.map((c) => methodKey(c.input, c.name.method)));
  const fns = counts(chosen.map((c) => c.name.fn));
  const shared = (c: Chosen) => (methods.get(methodKey(c.input, c.name.method)) ?? 0) > 1 || (fns.get(c.name.fn) ?? 0) > 1;
  const takenMethods = new Map(chosen.filter((c) => !shared(c)).map((c) => [methodKey(c.input, c.name.method), c.input]));
  const takenFns = new Map(chosen.filter((c) => !shared(c)).map((c) => [c.name.fn, c.input]));
  const result = chosen.map((c) => c.name);
  const order = chosen.map((_, i) => i).filter((i) => shared(chosen[i] as Chosen));
  order.sort((a, b) => compareInputs((chosen[a] as Chosen).input, (chosen[b] as Chosen).input));
  for (const i of order) {
    const { input, name } = chosen[i] as Chosen;
    let derived = name;
    const holder = takenMethods.get(methodKey(input, name.method)) ?? takenFns.get(name.fn);
    const duplicateId = holder !== undefined && holder.declared === true && input.declared === true && holder.operationId === input.operationId;
    if (input.configured === undefined && holder !== undefined && !duplicateId) {
      const verb = methodWord(input.httpMethod);
      derived = { method: `${name.method}${verb}`, fn: `${name.fn}${verb}` };
      for (let n = 2; takenMethods.has(methodKey(input, derived.method)) || takenFns.has(derived.fn); n++) {
        derived = { method: `${name.method}${verb}${n}`, fn: `${name.fn}${verb}${n}` };
      }
      sink.warn(
        "operation-name-derived",
        input.pointer,
        `${JSON.stringify(input.operationId)} would be named ${name.method} (${name.fn}) like ${JSON.stringify(holder.operationId)} (${holder.pointer}); it is named ${derived.method} (${derived.fn})`,
      );
    }
    takenMethods.set(methodKey(input, derived.method), input);
    takenFns.set(derived.fn, input);
    result[i] = derived;
  }
  return result;
}

function compareInputs(a: OperationNameInput, b: OperationNameInput): number {
  if (a.operationId !== b.operationId) return a.operationId < b.operationId ? -1 : 1;
  return a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0;
}

function counts(names: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const name of names) seen.set(name, (seen.get(name) ?? 0) + 1);
  return seen;
}

/**
 * Two operations that still get the same method or function name (configured names that meet) are
 * an error naming both.
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
