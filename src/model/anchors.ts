import { pointerJoin, pointerTokens } from "./diagnostics.js";
import { mapDataValues } from "./data-values.js";
import { isJsonObject, type JsonObject } from "./json.js";
import { refTokens } from "./schema-context.js";
import { schemaPositions } from "./schema-positions.js";

/**
 * Plain-name fragments (`$ref: "#foo"`) and `$dynamicRef` within one OpenAPI document. A name is
 * looked up in the schema resource the reference stands in (its nearest ancestor with `$id`, else
 * the document), not inside resources nested in it.
 */

/** The name of a plain-name fragment (`#foo` -> `foo`); undefined for a JSON pointer. */
export function anchorName(ref: string): string | undefined {
  return /^#([A-Za-z_][-A-Za-z0-9._]*)$/.exec(ref)?.[1];
}

/** The pointer of the schema that declares `$anchor` or `$dynamicAnchor` `name` in the resource of `at`. */
export function anchorPointer(document: JsonObject, name: string, at: string): string | undefined {
  const resource = resourceOf(document, at);
  const found = declarations(resource.node, resource.pointer, (node) => node["$anchor"] === name || node["$dynamicAnchor"] === name);
  const own = found.filter((pointer) => resourceOf(document, pointer).pointer === resource.pointer);
  return own.length === 1 ? own[0] : undefined;
}

/**
 * The pointer `$dynamicRef` at `at` always resolves to, or undefined when it can depend on where
 * validation started. It resolves as `$ref` first; only a target that declares the same
 * `$dynamicAnchor` can move, to the outermost resource in the dynamic scope that declares it too,
 * so it stays put when no other resource that refers outside itself declares that name.
 */
export function staticDynamicRef(document: JsonObject, ref: string, at: string): string | undefined {
  const name = anchorName(ref);
  if (name === undefined) return ref.startsWith("#/") || ref === "#" ? ref : undefined;
  const target = anchorPointer(document, name, at);
  if (target === undefined) return undefined;
  const own = resourceOf(document, target).pointer;
  const others = declarations(document, "#", (node) => node["$dynamicAnchor"] === name).filter((p) => resourceOf(document, p).pointer !== own);
  return others.every((p) => !refersOutside(document, resourceOf(document, p))) ? target : undefined;
}

/** A schema resource: the object that declares `$id` (or the whole document) and its pointer. */
export interface Resource {
  node: unknown;
  pointer: string;
}

/** The resource the object at `pointer` stands in: its nearest ancestor (or itself) that is a schema with `$id`, else the document. */
export function resourceOf(document: JsonObject, pointer: string): Resource {
  let node: unknown = document;
  let at = "#";
  let resource: Resource = { node: document, pointer: "#" };
  const tokens = pointerTokens(pointer);
  const schemas = schemaPositions(tokens);
  for (const [i, token] of tokens.entries()) {
    node = Array.isArray(node) ? node[Number(token)] : isJsonObject(node) ? node[token] : undefined;
    if (node === undefined) break;
    at = pointerJoin(at, token);
    if (schemas[i] === true && isJsonObject(node) && typeof node["$id"] === "string") resource = { node, pointer: at };
  }
  return resource;
}

/** Pointers of the objects below `node` (at `pointer`) that `test` accepts; data values (`enum`, `const`, examples) hold none. */
function declarations(node: unknown, pointer: string, test: (node: JsonObject) => boolean): string[] {
  const found: string[] = [];
  const visit = (value: JsonObject, at: () => string) => {
    if (test(value)) found.push(`${pointer}${at().slice(1)}`);
  };
  mapDataValues(node, { data: (value) => value, node: visit });
  return found;
}

/** Whether a resource holds a reference that leaves it (and so may enter another resource's scope). */
function refersOutside(document: JsonObject, resource: Resource): boolean {
  const refs = declarations(resource.node, resource.pointer, (node) => typeof node["$ref"] === "string" || typeof node["$dynamicRef"] === "string");
  return refs.some((at) => {
    let node: unknown = document;
    for (const token of pointerTokens(at)) node = Array.isArray(node) ? node[Number(token)] : isJsonObject(node) ? node[token] : undefined;
    const ref = (isJsonObject(node) ? (node["$ref"] ?? node["$dynamicRef"]) : undefined) as string;
    // A pointer into a resource nested in this one leaves it too (a `$ref` to an embedded `$id` is such a pointer once loaded).
    return !(ref.startsWith("#") && (anchorName(ref) !== undefined || resourceOf(document, pointerJoin("#", ...refTokens(ref))).pointer === resource.pointer));
  });
}
