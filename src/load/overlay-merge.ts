/**
 * The Overlay specification's merge of an `update` (or `copy`) value into a selected node: objects
 * merge property by property, recursively; arrays are concatenated (a non-array value is appended
 * to a selected array); a primitive replaces a primitive. Any other pairing is an error.
 */

type Node = Record<string, unknown>;

export function isObjectNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** "object", "array" or "primitive" (null included), the three kinds the specification tells apart. */
export function nodeKind(value: unknown): "object" | "array" | "primitive" {
  return Array.isArray(value) ? "array" : isObjectNode(value) ? "object" : "primitive";
}

/** Thrown where a property of the update meets a property of another kind; `path` is inside the update value. */
export class MergeConflict extends Error {
  constructor(readonly path: string[]) {
    super("incompatible merge");
  }
}

/**
 * The selected node after the update: objects and arrays are changed in place and returned, a
 * primitive is replaced by the returned value. `value` must not be shared with the document.
 */
export function mergeNode(selected: unknown, value: unknown): unknown {
  const kind = nodeKind(selected);
  if (kind === "array") {
    const array = selected as unknown[];
    if (Array.isArray(value)) array.push(...value);
    else array.push(value);
    return array;
  }
  if (kind !== nodeKind(value)) throw new MergeConflict([]);
  if (kind === "primitive") return value;
  mergeObject(selected as Node, value as Node, []);
  return selected;
}

/**
 * A `null` in the update (the specification's structured example writes `components:` and `tags:`
 * with no value) leaves an object, an array or a missing property as it is, and replaces a primitive.
 */
function mergeObject(target: Node, update: Node, path: string[]): void {
  for (const [key, value] of Object.entries(update)) {
    const here = [...path, key];
    if (!Object.hasOwn(target, key)) {
      if (value !== null) define(target, key, value);
      continue;
    }
    const current = target[key];
    const kinds = `${nodeKind(current)}/${nodeKind(value)}`;
    if (value === null && kinds !== "primitive/primitive") continue;
    if (kinds === "primitive/primitive") define(target, key, value);
    else if (kinds === "array/array") (current as unknown[]).push(...(value as unknown[]));
    else if (kinds === "object/object") mergeObject(current as Node, value as Node, here);
    else throw new MergeConflict(here);
  }
}

/** Sets an own data property, so a key such as `__proto__` stays a key and never a prototype. */
function define(target: Node, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}
