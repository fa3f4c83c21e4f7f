import { mapDataValues } from "./data-values.js";
import type { JsonObject } from "./json.js";

/** The `$ref` strings of a document outside its data values (examples, defaults, extensions). */
export interface DocumentRefs {
  /** Held by keyword objects (schemas, parameters, responses, ...): the ones that must resolve. */
  keywords: ReadonlySet<string>;
  /** Held by any object, named maps included: the ones a bundler would follow or rewrite. */
  all: ReadonlySet<string>;
  /** Whether a keyword object declares `$id` (in OpenAPI 3.1, a schema resource with a base URI of its own). */
  ids: boolean;
}

// Loading and the model both ask about the same document object; no stage mutates a document, so
// one walk answers both.
const known = new WeakMap<JsonObject, DocumentRefs>();

/** The document's references, from one walk of it (the first time it is asked about). */
export function documentRefs(document: JsonObject): DocumentRefs {
  let refs = known.get(document);
  if (refs === undefined) known.set(document, (refs = collectRefs(document)));
  return refs;
}

function collectRefs(document: JsonObject): DocumentRefs {
  const keywords = new Set<string>();
  const all = new Set<string>();
  let ids = false;
  const named = (holder: { readonly [key: string]: unknown }): void => {
    const ref = holder["$ref"];
    if (typeof ref === "string") all.add(ref);
  };
  const node = (holder: { readonly [key: string]: unknown }): void => {
    if (typeof holder["$id"] === "string") ids = true;
    const ref = holder["$ref"];
    if (typeof ref !== "string") return;
    keywords.add(ref);
    all.add(ref);
  };
  mapDataValues(document, { data: (value) => value, node, named });
  return { keywords, all, ids };
}
