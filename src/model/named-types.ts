import { checkAliasCycles } from "./alias-cycles.js";
import type { DiagnosticSink } from "./diagnostics.js";
import { directionalKeys, opener, project, reachable, type Opens } from "./directions.js";
import type { Direction, NamedType, Operation, Schema } from "./ir.js";
import type { SchemaEntry } from "./inline-shapes.js";
import { RUNTIME_EXPORTS } from "./reserved-words.js";
import { assertName, guardName, standardSchemaName, typeName, validateName } from "./names.js";
import { unresolvedRefMessage } from "./ref-check.js";
import { typeNames } from "./type-names.js";

interface Forms {
  entry: SchemaEntry;
  main: string;
  mainDirection: Direction;
  /** The request form's name when the schema is used both ways and the forms differ. */
  writable?: string;
}

/**
 * Decides every type name and the direction of each form: a schema whose properties are
 * readOnly/writeOnly gets a response form (readOnly kept, writeOnly dropped) and, where requests use
 * it too, a `<Name>Writable` request form (readOnly dropped). With `openEnums`, a schema holding an
 * enum of two or more values is split the same way: open enums in the response form, closed ones
 * in the request form.
 */
export function namedTypes(
  all: SchemaEntry[],
  operations: Operation[],
  sink: DiagnosticSink,
  overrides?: Readonly<Record<string, string>>,
  clientName?: string,
  openEnums = false,
) {
  const schemas = new Map(all.map((e) => [e.key, e.schema]));
  checkDuplicateKeys(all, sink);
  checkRefs(all, schemas, sink);
  checkAliasCycles(all, sink);
  const requestRoots = operations.flatMap((op) => [op.body?.schema, ...op.params.map((p) => p.schema)]).filter(isSchema);
  const paramsKeys = operations.flatMap((op) => (op.paramsTypeName ? [{ kind: "ref", name: op.paramsTypeName } as Schema] : []));
  const responseRoots = operations.flatMap((op) => [...op.success, ...op.errors].map((r) => r.schema).concat(op.stream?.item)).filter(isSchema);
  const usedInRequests = reachable([...requestRoots, ...paramsKeys], schemas);
  const usedInResponses = reachable(responseRoots, schemas);
  const directional = directionalKeys(schemas, openEnums);
  const opens = openEnums ? opener(schemas) : undefined;
  const names = typeNames(all, overrides, sink, clientName);
  const forms = new Map(all.map((entry) => [entry.key, formsOf(entry, names.get(entry.key) as string, usedInRequests, usedInResponses, directional)]));
  const nameFor = (key: string, direction: Direction): string => {
    const form = forms.get(key);
    if (!form) return typeName(key);
    return direction === "request" && form.writable !== undefined ? form.writable : form.main;
  };
  const types = withFreeStandardSchemaNames(withDistinctGuards([...forms.values()].flatMap((f) => toNamedTypes(f, nameFor, opens)).sort((a, b) => compare(a.name, b.name))));
  checkNameClashes(types, sink);
  const rename = (op: Operation): Operation => renameOperation(op, nameFor, opens);
  return { types, rename };
}

/**
 * Types whose names differ only in the case of the first letter (DocuSign's `accountPasswordRules`
 * and `AccountPasswordRules`) would share `isAccountPasswordRules`; the lower-case one's helpers keep
 * its spelling instead: `is_accountPasswordRules`, `assert_...`, `validate_...`.
 */
function withDistinctGuards(types: NamedType[]): NamedType[] {
  const count = new Map<string, number>();
  for (const t of types) count.set(t.guardName, (count.get(t.guardName) ?? 0) + 1);
  return types.map((t) =>
    (count.get(t.guardName) ?? 0) > 1 && /^[a-z_$]/.test(t.name)
      ? { ...t, guardName: `is_${t.name}`, assertName: `assert_${t.name}`, validateName: `validate_${t.name}` }
      : t,
  );
}

/**
 * A Standard Schema name that another type's would also take (`Connection` and `connection` both
 * lowering to `connectionSchema`), or that a type, its helpers or the runtime already use (a schema
 * named `connectionSchema` beside `Connection`), is spelt from the type name as it is
 * (`ConnectionSchema`), else `<Name>StandardSchema`; a name still taken is a type-name-collision.
 */
function withFreeStandardSchemaNames(types: NamedType[]): NamedType[] {
  const fixed = new Set([...RUNTIME_EXPORTS, ...types.flatMap((t) => [t.name, t.guardName, t.assertName, t.validateName])]);
  const wanted = new Map<string, number>();
  for (const t of types) wanted.set(t.standardSchemaName, (wanted.get(t.standardSchemaName) ?? 0) + 1);
  const contested = (t: NamedType) => fixed.has(t.standardSchemaName) || wanted.get(t.standardSchemaName) !== 1;
  const taken = new Set([...fixed, ...types.filter((t) => !contested(t)).map((t) => t.standardSchemaName)]);
  return types.map((t) => {
    if (!contested(t)) return t;
    const free = [`${t.name}Schema`, `${t.name}StandardSchema`].find((name) => !taken.has(name));
    if (free === undefined) return t;
    taken.add(free);
    return { ...t, standardSchemaName: free };
  });
}

function isSchema(s: Schema | undefined): s is Schema {
  return s !== undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formsOf(entry: SchemaEntry, main: string, req: Set<string>, res: Set<string>, directional: Set<string>): Forms {
  const inRequests = req.has(entry.key);
  const inResponses = res.has(entry.key);
  const mainDirection: Direction = inRequests && !inResponses ? "request" : "response";
  if (directional.has(entry.key) && inRequests && inResponses) return { entry, main, mainDirection, writable: `${main}Writable` };
  return { entry, main, mainDirection };
}

function toNamedTypes(forms: Forms, nameFor: (key: string, d: Direction) => string, opens: Opens | undefined): NamedType[] {
  const make = (name: string, direction: Direction): NamedType => ({
    name,
    guardName: guardName(name),
    assertName: assertName(name),
    validateName: validateName(name),
    standardSchemaName: standardSchemaName(name),
    pointer: forms.entry.pointer,
    direction,
    schema: project(forms.entry.schema, direction, nameFor, opens),
    doc: forms.entry.doc,
  });
  const result = [make(forms.main, forms.mainDirection)];
  if (forms.writable !== undefined) result.push(make(forms.writable, "request"));
  return result;
}

function renameOperation(op: Operation, nameFor: (key: string, d: Direction) => string, opens: Opens | undefined): Operation {
  const request = (s: Schema) => project(s, "request", nameFor);
  const response = (s: Schema) => project(s, "response", nameFor, opens);
  const renamed: Operation = {
    ...op,
    pathParams: op.pathParams.map((p) => ({ ...p, schema: request(p.schema) })),
    params: op.params.map((p) => ({ ...p, schema: request(p.schema) })),
    success: op.success.map((r) => (r.schema ? { ...r, schema: response(r.schema) } : r)),
    errors: op.errors.map((r) => (r.schema ? { ...r, schema: response(r.schema) } : r)),
  };
  if (op.body) renamed.body = { ...op.body, schema: request(op.body.schema) };
  if (op.paramsTypeName !== undefined) renamed.paramsTypeName = nameFor(op.paramsTypeName, "request");
  if (op.stream) {
    const events = op.stream.events?.map((e) => ({ ...e, data: response(e.data) }));
    renamed.stream = { ...op.stream, item: response(op.stream.item), ...(events ? { events } : {}) };
  }
  return renamed;
}

function checkDuplicateKeys(all: SchemaEntry[], sink: DiagnosticSink): void {
  const seen = new Map<string, SchemaEntry>();
  for (const entry of all) {
    const other = seen.get(entry.key);
    if (other) sink.error("type-name-collision", entry.pointer, `${entry.pointer} and ${other.pointer} both map to the name ${entry.key}`);
    seen.set(entry.key, entry);
  }
}

function checkRefs(all: SchemaEntry[], schemas: Map<string, Schema>, sink: DiagnosticSink): void {
  for (const entry of all) {
    reachable([entry.schema], new Map()).forEach((key) => {
      // A `$ref` in the document was reported where it stands; this finds the references no `$ref` spells.
      const message = unresolvedRefMessage(`#/components/schemas/${key}`);
      if (!schemas.has(key) && !sink.items.some((d) => d.code === "unresolved-ref" && d.message === message)) sink.error("unresolved-ref", entry.pointer, message);
    });
  }
}

/** Two schemas that map to one TypeScript name (or one guard name) are an error naming both. */
function checkNameClashes(types: NamedType[], sink: DiagnosticSink): void {
  const owners = new Map<string, NamedType>();
  for (const type of types) {
    for (const name of [type.name, type.guardName, type.assertName, type.validateName, type.standardSchemaName]) {
      const other = owners.get(name);
      if (other && other !== type) {
        sink.error("type-name-collision", type.pointer, `${type.name} (${type.pointer}) and ${other.name} (${other.pointer}) both map to the name ${name}`);
      }
      owners.set(name, type);
    }
  }
}
