import { isJsonObject } from "../model/json.js";

const REF: ReadonlySet<string> = new Set(["$ref"]);

/**
 * `node` with every `$ref` string (every string under one of `keys`) replaced by
 * `map(ref, holder, key)` (`holder`: the object whose `$ref` it is), copied only along the paths
 * where one changed: untouched objects and arrays are returned as they are.
 */
export function mapRefs(node: unknown, map: (ref: string, holder: object, key: string) => string, keys = REF): unknown {
  if (Array.isArray(node)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const item = mapRefs(node[i], map, keys);
      if (item !== node[i]) (items ??= [...node])[i] = item;
    }
    return items ?? node;
  }
  if (!isJsonObject(node)) return node;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    const value = node[key];
    const next = keys.has(key) && typeof value === "string" ? map(value, node, key) : mapRefs(value, map, keys);
    if (next !== value) (copy ??= { ...node })[key] = next;
  }
  return copy ?? node;
}
