import { isJsonObject } from "../model/json.js";

/**
 * `node` with every `$ref` string replaced by `map(ref)`, copied only along the paths where one
 * changed: untouched objects and arrays are returned as they are.
 */
export function mapRefs(node: unknown, map: (ref: string) => string): unknown {
  if (Array.isArray(node)) {
    const items = node.map((item) => mapRefs(item, map));
    return items.every((item, i) => item === node[i]) ? node : items;
  }
  if (!isJsonObject(node)) return node;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    const value = node[key];
    const next = key === "$ref" && typeof value === "string" ? map(value) : mapRefs(value, map);
    if (next !== value) (copy ??= { ...node })[key] = next;
  }
  return copy ?? node;
}
