import type { Doc, Operation, ResponseBody, Schema } from "./ir.js";
import { functionName, pascalCase } from "./names.js";
import { RUNTIME_EXPORTS } from "./reserved-words.js";

/** A schema that gets a name: a component, or an inline request/response shape of an operation. */
export interface SchemaEntry {
  key: string;
  pointer: string;
  schema: Schema;
  doc: Doc;
  /** Set for inline shapes: the name is fixed, not derived from a spec key. */
  synthetic: boolean;
}

type Site = { operationId: string; pointer: string };

/**
 * The name each operation's inline shapes start with: its operationId in PascalCase
 * (`SourcesUpdateConfigPartialUpdate`), kept when its method name is shortened. Operations whose
 * ids differ only in case or punctuation (clicksend.com's "Create a new rule" and "Create a New
 * Rule") would share it: the first by operationId, then pointer, keeps it, and each other one
 * takes its function's name (`CreateANewRulePost`), numbered if that is taken too.
 */
export function inlineBases(ops: readonly Site[], fnNames: readonly string[]): string[] {
  // An operationId may start with a digit (`5476364f031f5909e4fe330d`); a type name may not.
  const typeBase = (name: string) => pascalCase(name).replace(/^(?=[0-9])/, "_");
  const wanted = ops.map((op) => typeBase(functionName(op.operationId)));
  const order = ops.map((_, i) => i).sort((a, b) => compareOps(ops[a] as Site, ops[b] as Site));
  const taken = new Set<string>();
  const sharing: number[] = [];
  for (const i of order) {
    if (taken.has(wanted[i] as string)) sharing.push(i);
    else taken.add(wanted[i] as string);
  }
  const bases = [...wanted];
  for (const i of sharing) {
    const own = typeBase(fnNames[i] as string);
    let base = own;
    for (let n = 2; taken.has(base); n++) base = `${own}${n}`;
    taken.add(base);
    bases[i] = base;
  }
  return bases;
}

function compareOps(a: Site, b: Site): number {
  if (a.operationId !== b.operationId) return a.operationId < b.operationId ? -1 : 1;
  return a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0;
}

/**
 * Gives every inline (non-$ref) body, response and params object of an operation a component key
 * and replaces it with a reference, so each emitter sees named types only at the top.
 */
export function nameInlineShapes(op: Operation, base: string, taken: ReadonlySet<string>): { operation: Operation; entries: SchemaEntry[] } {
  const entries: SchemaEntry[] = [];
  // A component schema may already have the name (PeerTube's `RequestTwoFactorResponse`), and so may
  // the runtime (synq.fm's operation `stream` and the runtime's `StreamBody`): they keep it.
  const free = (key: string) => (taken.has(key) || RUNTIME_EXPORTS.has(key) ? `${key}Inline` : key);
  const hoist = (schema: Schema, wanted: string, pointer: string, doc: Doc = {}): Schema => {
    if (schema.kind === "ref" || schema.kind === "unknown") return schema;
    const key = free(wanted);
    entries.push({ key, pointer, schema, doc, synthetic: true });
    return { kind: "ref", name: key };
  };
  const operation: Operation = { ...op };
  if (op.body) operation.body = { ...op.body, schema: hoist(op.body.schema, `${base}Body`, `${op.pointer}/requestBody`) };
  // Only a JSON body is typed by its schema: a call gives a Blob or a string for the others, so a
  // name for their schema (`Uploadable` for a download) would type what no call returns.
  const bodies = op.success.filter(isTypedBody);
  operation.success = op.success.map((r) =>
    isTypedBody(r) ? { ...r, schema: hoist(r.schema, bodies.length > 1 ? `${base}Response${r.status}` : `${base}Response`, `${op.pointer}/responses/${r.status}`) } : r,
  );
  // A body that is also the success body (`default` where no 2xx is declared) keeps the success body's name.
  const shared = (r: ResponseBody) => operation.success.find((s) => s.status === r.status)?.schema;
  operation.errors = op.errors.map((r) =>
    isTypedBody(r) ? { ...r, schema: shared(r) ?? hoist(r.schema, `${base}Error${pascalCase(r.status) || r.status}`, `${op.pointer}/responses/${r.status}`) } : r,
  );
  if (op.stream && (op.stream.framing !== "sse" || op.stream.jsonData)) {
    const wanted = `${base}${op.stream.framing === "sse" ? "Event" : "Item"}`;
    const { itemDoc, ...stream } = op.stream;
    operation.stream = { ...stream, item: hoist(op.stream.item, wanted, `${op.pointer}/responses`, itemDoc) };
  }
  if (op.params.length > 0) {
    operation.paramsTypeName = free(`${base}Params`);
    hoist(paramsObject(op), operation.paramsTypeName, `${op.pointer}/parameters`);
  }
  return { operation, entries };
}

const isTypedBody = (r: ResponseBody): r is ResponseBody & { schema: Schema } => r.kind === "json" && r.schema !== undefined;

function paramsObject(op: Operation): Schema {
  return {
    kind: "object",
    additional: "open",
    properties: op.params.map((p) => ({
      wireName: p.key ?? p.wireName,
      required: p.required,
      readOnly: false,
      writeOnly: false,
      schema: p.schema,
      doc: p.doc,
    })),
  };
}
