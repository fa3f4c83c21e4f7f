import type { SchemaEntry } from "./inline-shapes.js";
import type { Body, Operation, ResponseBody, Schema } from "./ir.js";
import { typeName } from "./names.js";
import { someInside } from "./directions.js";
import { mapChildren, someChild } from "./schema-walk.js";
import { mediaTypeEssence } from "./media-type.js";

/**
 * Where a value sits on the wire, which decides what `format: binary` is there: `bytes` a whole
 * body (binary is bytes, what is inside it JSON), `form` a multipart or form-urlencoded body (its
 * properties are parts), `part` one part (bytes, or an array of parts), `json` inside JSON text
 * (binary is a string).
 */
type Position = "json" | "bytes" | "form" | "part";

/** A component in the form that keeps bytes, or in its JSON form. */
type Form = "raw" | "json";

const FORM_TYPES = new Set(["multipart/form-data", "application/x-www-form-urlencoded"]);

/**
 * `format: binary` means bytes only where no JSON text carries the value: a whole request or
 * response body, and the parts of a multipart or form-urlencoded body (a part's array items too).
 * Inside JSON (properties, items, branches at any depth of a JSON body, parameters, streamed items)
 * it is a string. A schema used both ways (a `File` that is a multipart part and a JSON property)
 * keeps its name for its JSON form and gets a `<Name>Upload` form that keeps the bytes; a schema
 * used only one way keeps its name for that form.
 */
export function withWireForms(
  entries: readonly SchemaEntry[],
  operations: readonly Operation[],
  overrides?: Readonly<Record<string, string>>,
): { entries: SchemaEntry[]; operation: (op: Operation) => Operation } {
  const schemas = new Map(entries.map((e) => [e.key, e.schema]));
  const keepsBytes = bytesTest(schemas);
  const uses = formsUsed(operations, schemas, keepsBytes);
  const rawKeys = rawFormKeys(entries, uses, overrides);
  const nameOf = (key: string, form: Form): string => (form === "raw" ? (rawKeys.get(key) ?? key) : key);
  const project = projector(keepsBytes, nameOf, rawKeys.size > 0);
  const result: SchemaEntry[] = [];
  for (const entry of entries) {
    const used = uses.get(entry.key);
    const onlyRaw = used?.has("raw") === true && !used.has("json");
    result.push({ ...entry, schema: project(entry.schema, onlyRaw ? "form" : "json") });
    const raw = rawKeys.get(entry.key);
    if (raw !== undefined && raw !== entry.key) result.push({ ...entry, key: raw, schema: project(entry.schema, "form"), synthetic: true });
  }
  return { entries: result, operation: (op) => mapRoots(op, project) };
}

/** The positions of an operation's schemas, each mapped by `map`. */
function mapRoots(op: Operation, map: (schema: Schema, at: Position) => Schema): Operation {
  const json = (s: Schema) => map(s, "json");
  const response = (r: ResponseBody): ResponseBody => (r.schema ? { ...r, schema: map(r.schema, r.kind === "blob" ? "bytes" : "json") } : r);
  const mapped: Operation = {
    ...op,
    pathParams: op.pathParams.map((p) => ({ ...p, schema: json(p.schema) })),
    params: op.params.map((p) => ({ ...p, schema: json(p.schema) })),
    success: op.success.map(response),
    errors: op.errors.map(response),
  };
  if (op.body) mapped.body = { ...op.body, schema: map(op.body.schema, bodyPosition(op.body)) };
  if (op.stream) {
    const events = op.stream.events?.map((e) => ({ ...e, data: json(e.data) }));
    mapped.stream = { ...op.stream, item: json(op.stream.item), ...(events ? { events } : {}) };
  }
  return mapped;
}

/** A body a caller may send as a form has parts; else it is bytes or JSON as a whole. */
function bodyPosition(body: Body): Position {
  return body.contentTypes.some((type) => FORM_TYPES.has(mediaTypeEssence(type))) ? "form" : "bytes";
}

/** The position of the schemas directly inside one at `at`. */
function inside(schema: Schema, at: Position): Position {
  switch (schema.kind) {
    case "object":
      return at === "form" ? "part" : "json";
    case "array":
      return at === "form" || at === "part" ? "bytes" : "json";
    case "union":
    case "intersection":
    case "not":
    case "unevaluated":
      return at;
    default:
      return "json";
  }
}

/** Whether a schema at a position holds bytes its JSON form would not (following references). */
function bytesTest(schemas: ReadonlyMap<string, Schema>): (schema: Schema, at: Position) => boolean {
  const known = new Map<string, boolean>();
  const test = (schema: Schema, at: Position): boolean => {
    if (at === "json") return false;
    if (schema.kind === "binary") return true;
    if (schema.kind !== "ref") return someChild(schema, (child) => test(child, inside(schema, at)));
    const id = `${at} ${schema.name}`;
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    // A reference cycle that reaches no bytes holds none.
    known.set(id, false);
    const target = schemas.get(schema.name);
    const result = target !== undefined && test(target, at);
    known.set(id, result);
    return result;
  };
  return test;
}

/** The forms each component is used in, from the operations' roots through references. */
function formsUsed(operations: readonly Operation[], schemas: ReadonlyMap<string, Schema>, keepsBytes: (s: Schema, at: Position) => boolean): Map<string, Set<Form>> {
  const uses = new Map<string, Set<Form>>();
  const pending: [string, Form][] = [];
  const visit = (schema: Schema, at: Position): void => {
    if (schema.kind === "ref") {
      const form: Form = keepsBytes(schema, at) ? "raw" : "json";
      const forms = uses.get(schema.name) ?? new Set<Form>();
      uses.set(schema.name, forms);
      if (!forms.has(form)) {
        forms.add(form);
        pending.push([schema.name, form]);
      }
      return;
    }
    const next = inside(schema, at);
    someChild(schema, (child) => {
      visit(child, next);
      return false;
    });
  };
  for (const op of operations) {
    mapRoots(op, (schema, at) => {
      visit(schema, at);
      return schema;
    });
    if (op.paramsTypeName !== undefined) visit({ kind: "ref", name: op.paramsTypeName }, "json");
  }
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const target = schemas.get(next[0]);
    if (target !== undefined) visit(target, next[1] === "raw" ? "form" : "json");
  }
  return uses;
}

/** The key of each component's bytes-keeping form: its own when used only so, `<Name>Upload` when used both ways. */
function rawFormKeys(entries: readonly SchemaEntry[], uses: ReadonlyMap<string, Set<Form>>, overrides: Readonly<Record<string, string>> | undefined): Map<string, string> {
  const nameOf = (e: SchemaEntry) => (overrides !== undefined && Object.hasOwn(overrides, e.key) ? (overrides[e.key] as string) : e.synthetic ? e.key : typeName(e.key));
  const taken = new Set(entries.flatMap((e) => [e.key, nameOf(e)]));
  const keys = new Map<string, string>();
  for (const entry of entries) {
    const used = uses.get(entry.key);
    if (!used?.has("raw")) continue;
    if (!used.has("json")) {
      keys.set(entry.key, entry.key);
      continue;
    }
    const base = `${nameOf(entry)}Upload`;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}${n}`;
    taken.add(key);
    keys.set(entry.key, key);
  }
  return keys;
}

/** Maps a schema at a position to its wire form: binary inside JSON becomes its string, references name the form they need. */
function projector(keepsBytes: (s: Schema, at: Position) => boolean, nameOf: (key: string, form: Form) => string, anyRaw: boolean) {
  const formAt = (key: string, at: Position): Form => (keepsBytes({ kind: "ref", name: key }, at) ? "raw" : "json");
  // Without binary inside, a schema changes only where a reference may name an Upload form: most
  // schemas stay as they are, uncopied.
  const unchanged = (schema: Schema, at: Position): boolean => (at === "json" || !anyRaw) && !someInside(schema, (s) => s.kind === "binary");
  const project = (schema: Schema, at: Position): Schema => {
    if (schema.kind === "binary") return at === "json" ? { kind: "string", ...schema.text } : schema;
    if (schema.kind === "ref") return { kind: "ref", name: nameOf(schema.name, formAt(schema.name, at)) };
    const next = inside(schema, at);
    const mapped = mapChildren(schema, (child) => project(child, next));
    if (mapped.kind !== "union" || !mapped.discriminator) return mapped;
    const mapping = Object.fromEntries(Object.entries(mapped.discriminator.mapping).map(([value, key]) => [value, nameOf(key, formAt(key, at))]));
    return { ...mapped, discriminator: { ...mapped.discriminator, mapping } };
  };
  return (schema: Schema, at: Position): Schema => (unchanged(schema, at) ? schema : project(schema, at));
}
