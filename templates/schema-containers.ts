/**
 * Arrays and objects in the schema interpreter: the issues of the container itself are reported
 * at once, the checks of its items, properties and keys are listed as work, in schema order.
 */
import {
  hasOwn,
  hasUniqueItems,
  isRecord,
  pointerToken,
} from "./schema-checks.js";
import { pattern } from "./schema-scalars.js";
import type { ArrayNode, ObjectNode, SchemaRef } from "./schema-table.js";
import {
  child,
  issueLater,
  later,
  report,
  type Task,
  type Walk,
} from "./schema-walk.js";

export function checkArray(
  w: Walk,
  node: ArrayNode,
  value: unknown,
  path: string,
  orNull: boolean,
): void {
  if (!Array.isArray(value)) {
    return report(
      w,
      path,
      "type",
      orNull ? "expected array or null" : "expected array",
    );
  }
  const { min, max } = node;
  const items: readonly unknown[] = value;
  if (min !== undefined && min > 0 && items.length < min) {
    report(w, path, "minItems", `must have at least ${count(min, "item")}`);
  }
  if (max !== undefined && items.length > max) {
    report(w, path, "maxItems", `must have at most ${count(max, "item")}`);
  }
  if (node.u === true) w.tasks.push({ do: "unique", items, path });
  const prefix = node.pi ?? [];
  if (node.i === false) {
    if (items.length > prefix.length) {
      issueLater(
        w,
        path,
        "items",
        `must have at most ${count(prefix.length, "item")}`,
      );
    }
  } else if (node.i !== undefined && items.length > prefix.length) {
    w.tasks.push({
      do: "items",
      at: node.i,
      items,
      index: prefix.length,
      path,
    });
  }
  for (let i = Math.min(prefix.length, items.length) - 1; i >= 0; i--) {
    later(w, prefix[i] as SchemaRef, items[i], child(w, path, String(i)));
  }
}

/** One item after an array's prefix, then the next. */
export function itemStep(w: Walk, task: Extract<Task, { do: "items" }>): void {
  const { items, index } = task;
  if (index + 1 < items.length) w.tasks.push({ ...task, index: index + 1 });
  later(w, task.at, items[index], child(w, task.path, String(index)));
}

export function uniqueStep(
  w: Walk,
  task: Extract<Task, { do: "unique" }>,
): void {
  if (!hasUniqueItems(task.items)) {
    report(w, task.path, "uniqueItems", "must not contain duplicate items");
  }
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The properties in order, then each own key (patternProperties, additionalProperties), then the key count. */
export function checkObject(
  w: Walk,
  node: ObjectNode,
  value: unknown,
  path: string,
  orNull: boolean,
): void {
  if (!isRecord(value)) {
    return report(
      w,
      path,
      "type",
      orNull ? "expected object or null" : "expected object",
    );
  }
  const { min, max } = node;
  const keyed = node.pp !== undefined || node.a !== undefined;
  if (keyed || min !== undefined || max !== undefined) {
    const keys: string[] = [];
    for (const key in value) if (hasOwn(value, key)) keys.push(key);
    if (max !== undefined && keys.length > max) {
      issueLater(
        w,
        path,
        "maxProperties",
        `must have at most ${properties(max)}`,
      );
    }
    if (min !== undefined && keys.length < min) {
      issueLater(
        w,
        path,
        "minProperties",
        `must have at least ${properties(min)}`,
      );
    }
    if (keyed && keys.length > 0) {
      w.tasks.push({ do: "keys", node, value, keys, index: 0, path });
    }
  }
  const entries = node.p ?? [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const [name, at, required] = entries[i] as (typeof entries)[number];
    const item = property(value, name);
    const itemPath = child(w, path, pointerToken(name));
    if (item !== undefined) later(w, at, item, itemPath);
    else if (required === 1) issueLater(w, itemPath, "required", "is required");
  }
}

function properties(n: number): string {
  return `${n} ${n === 1 ? "property" : "properties"}`;
}

/**
 * A property's value; for a name Object.prototype also has (`constructor`, `__proto__`) only an
 * own property, so an inherited one never stands in for it.
 */
function property(value: Record<string, unknown>, name: string): unknown {
  if (name in Object.prototype && !hasOwn(value, name)) return undefined;
  return value[name];
}

/** One own key: the patterns it matches, else additionalProperties unless a property names it; then the next key. */
export function keyStep(w: Walk, task: Extract<Task, { do: "keys" }>): void {
  const { node, value, keys, index } = task;
  if (index + 1 < keys.length) w.tasks.push({ ...task, index: index + 1 });
  const key = keys[index] as string;
  const item = value[key];
  const path = child(w, task.path, pointerToken(key));
  const matched: SchemaRef[] = [];
  for (const [source, at] of node.pp ?? []) {
    if (pattern(source).test(key)) matched.push(at);
  }
  if (matched.length === 0 && node.a !== undefined && !isNamed(node, key)) {
    if (node.a !== false) later(w, node.a, item, path);
    else issueLater(w, path, "additionalProperties", "is not allowed");
  }
  for (let i = matched.length - 1; i >= 0; i--) {
    later(w, matched[i] as SchemaRef, item, path);
  }
}

/** Property lists longer than this are looked up in a Set, built once per node. */
const SCANNED_PROPERTIES = 16;
let propertyNames: WeakMap<ObjectNode, ReadonlySet<string>> | undefined;

function isNamed(node: ObjectNode, key: string): boolean {
  const entries = node.p ?? [];
  if (entries.length <= SCANNED_PROPERTIES) {
    for (const [name] of entries) if (name === key) return true;
    return false;
  }
  propertyNames ??= new WeakMap();
  let names = propertyNames.get(node);
  if (names === undefined) {
    names = new Set(entries.map(([name]) => name));
    propertyNames.set(node, names);
  }
  return names.has(key);
}
