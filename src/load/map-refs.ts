import { isJsonObject } from "../model/json.js";

/**
 * `node` with every `$ref` string replaced by `map(ref, holder)` (`holder`: the object whose `$ref`
 * it is), copied only along the paths where one changed: untouched objects and arrays are returned
 * as they are.
 */
export function mapRefs(node: unknown, map: (ref: string, holder: object) => string): unknown {
  if (Array.isArray(node)) {
    let items: unknown[] | undefined;
    for (let i = 0; i < node.length; i++) {
      const item = mapRefs(node[i], map);
      if (item !== node[i]) (items ??= [...node])[i] = item;
    }
    return items ?? node;
  }
  if (!isJsonObject(node)) return node;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    const value = node[key];
    const next = key === "$ref" && typeof value === "string" ? map(value, node) : mapRefs(value, map);
    if (next !== value) (copy ??= { ...node })[key] = next;
  }
  return copy ?? node;
}
