/**
 * `contains` and `propertyNames` in the schema interpreter: each asks only for the verdict of its
 * subschema on an item or a key, as the generated guards do, and reports on the container.
 */
import { hasOwn, isRecord } from "./schema-checks.js";
import type { ArrayNode, ObjectNode, SchemaRef, SchemaTable } from "./schema-table.js";
import { report, type Walk } from "./schema-walk.js";

/** Whether `value` matches the schema at `at` (the interpreter's own verdict). */
export type Matches = (table: SchemaTable, at: SchemaRef, value: unknown) => boolean;

/** `contains`: the matching items are counted against minContains (default 1) and maxContains. */
export function checkContains(
  w: Walk,
  node: ArrayNode,
  value: unknown,
  path: string,
  matches: Matches,
): void {
  if (node.c === undefined || !Array.isArray(value)) return;
  const min = node.cmin ?? 1;
  const max = node.cmax;
  if (min <= 0 && max === undefined) return;
  const items: readonly unknown[] = value;
  let count = 0;
  for (const item of items) if (matches(w.table, node.c, item)) count++;
  if (count < min) {
    report(
      w,
      path,
      node.cmin === undefined ? "contains" : "minContains",
      `must contain at least ${min} matching item${min === 1 ? "" : "s"}`,
    );
  }
  if (max !== undefined && count > max) {
    report(
      w,
      path,
      "maxContains",
      `must contain at most ${max} matching item${max === 1 ? "" : "s"}`,
    );
  }
}

/** `propertyNames`: every own key, as a string, must match the schema. */
export function checkPropertyNames(
  w: Walk,
  node: ObjectNode,
  value: unknown,
  path: string,
  matches: Matches,
): void {
  if (node.n === undefined || !isRecord(value)) return;
  for (const key in value) {
    if (hasOwn(value, key) && !matches(w.table, node.n, key)) {
      report(
        w,
        path,
        "propertyNames",
        `has the property name ${JSON.stringify(key)}, which is not allowed`,
      );
    }
  }
}
