import { isJsonObject, stringField } from "../model/json.js";
import { mapRefs } from "./map-refs.js";

/**
 * OpenAPI 3.2's `$self` gives the document's own URI. A `$ref` that names this document by it
 * (`https://example.com/api/openapi.yaml#/components/schemas/Pet` where `$self` is that URI, or a
 * relative reference that resolves to it) is a reference inside the document and becomes its
 * fragment (`#/components/schemas/Pet`). Other relative references still resolve against where the
 * document was read: following `$self` to another location would let a local file read remote ones.
 * A relative `$self` counts only for a document read from a URL (it is resolved against that URL).
 */
export function internalSelfRefs(document: unknown, source: string, isUrl: boolean): unknown {
  const self = isJsonObject(document) ? selfURI(stringField(document, "$self"), source, isUrl) : undefined;
  if (self === undefined) return document;
  return mapRefs(document, (ref) => ownFragment(ref, self) ?? ref);
}

function selfURI(self: string | undefined, source: string, isUrl: boolean): URL | undefined {
  if (self === undefined) return undefined;
  try {
    const url = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(self) ? new URL(self) : isUrl ? new URL(self, source) : undefined;
    if (url) url.hash = "";
    return url;
  } catch {
    return undefined;
  }
}

/** `#fragment` when `ref` names the document at `self`; undefined for any other reference. */
function ownFragment(ref: string, self: URL): string | undefined {
  if (ref.startsWith("#")) return undefined;
  let target: URL;
  try {
    target = new URL(ref, self);
  } catch {
    return undefined;
  }
  target.hash = "";
  // The fragment as written: URL would percent-encode characters a JSON pointer keeps.
  const hash = ref.indexOf("#");
  return target.href === self.href ? (hash === -1 ? "#" : ref.slice(hash)) : undefined;
}
