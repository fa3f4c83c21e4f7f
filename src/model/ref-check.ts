import type { DiagnosticSink } from "./diagnostics.js";
import { mapDataValues } from "./data-values.js";
import { documentRefs } from "./document-refs.js";
import type { JsonObject } from "./json.js";
import { resolvePointer } from "./schema-context.js";

/**
 * Every `$ref` of the document outside data values, wherever it stands (schemas, parameters,
 * headers, bodies, responses, callbacks, links, examples), resolves or is an `unresolved-ref` error
 * at the pointer of the object that holds it. Schema conversion words its own report the same way,
 * so the two meet as one diagnostic.
 */
export function checkDocumentRefs(document: JsonObject, sink: DiagnosticSink): void {
  const resolves = (ref: string): boolean => ref.startsWith("#") && resolvePointer(document, ref) !== undefined;
  // Each distinct reference is looked up once; only a document with one that fails is walked for the pointers.
  if ([...documentRefs(document).keywords].every(resolves)) return;
  const node = (holder: JsonObject, pointer: () => string): void => {
    const ref = holder["$ref"];
    if (typeof ref !== "string") return;
    if (!resolves(ref)) sink.error("unresolved-ref", pointer(), unresolvedRefMessage(ref));
  };
  mapDataValues(document, { data: (value) => value, node });
}

export function unresolvedRefMessage(ref: string): string {
  return `$ref ${JSON.stringify(ref)} does not resolve`;
}
