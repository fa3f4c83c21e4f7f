/**
 * Explaining a union (anyOf, oneOf) a value fails: several oneOf variants matching is reported as
 * such; otherwise the variant the discriminator names explains the failure, else the only variant
 * that accepts the value's JSON type; when several accept it, or none, the union is reported.
 */
import { isRecord, jsonType } from "./schema-checks.js";
import type { SchemaRef, UnionNode } from "./schema-table.js";
import { later, report, type Walk } from "./schema-walk.js";

/** JSON types as the bits of a union's `m` masks, in the order messages list them. */
const TYPE_NAMES = ["null", "boolean", "number", "string", "array", "object"];

/** `matching`: how many variants the value matches (not 1 for oneOf, 0 for anyOf). */
export function explainUnion(
  w: Walk,
  node: UnionNode,
  value: unknown,
  path: string,
  matching: number,
): void {
  const exclusive = node.k === "^";
  if (matching > 1) {
    const message = `must match exactly one schema in oneOf, but matches ${matching}`;
    return report(w, path, "oneOf", message);
  }
  if (node.d !== undefined && node.c !== undefined && isRecord(value)) {
    const tag = value[node.d];
    for (const [name, variant] of node.c) {
      if (name === tag)
        return later(w, node.v[variant] as SchemaRef, value, path);
    }
  }
  const type = TYPE_NAMES.indexOf(jsonType(value));
  const bit = type < 0 ? 0 : 1 << type;
  const candidates: number[] = [];
  let all = 0;
  for (let i = 0; i < node.m.length; i++) {
    const mask = node.m[i] as number;
    all |= mask;
    if (mask & bit) candidates.push(i);
  }
  if (candidates.length === 1) {
    return later(w, node.v[candidates[0] as number] as SchemaRef, value, path);
  }
  if (candidates.length === 0) {
    return report(w, path, "type", `expected ${describeTypes(all)}`);
  }
  const names = candidates.map((i) => {
    const variant = node.v[i];
    return typeof variant === "string"
      ? variant
      : describeTypes(node.m[i] as number);
  });
  const which = exclusive ? "exactly one" : "at least one";
  report(
    w,
    path,
    exclusive ? "oneOf" : "anyOf",
    `must match ${which} of ${names.join(", ")}`,
  );
}

/** "string", "string or null", "object, array or null": the JSON types of a mask. */
function describeTypes(mask: number): string {
  const names = TYPE_NAMES.filter((_, i) => mask & (1 << i));
  if (names.length <= 1) return names[0] ?? "nothing";
  return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}
