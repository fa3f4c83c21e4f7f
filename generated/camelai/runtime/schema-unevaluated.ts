/**
 * unevaluatedProperties and unevaluatedItems in the schema interpreter: the branches whose
 * condition the value meets are found first (only their verdicts are asked for, as the generated
 * guards do), then each key (item) that nothing evaluated is checked or reported.
 */
import type { Matches } from "./schema-applicators.js";
import { hasOwn, isRecord, pointerToken } from "./schema-checks.js";
import { pattern } from "./schema-scalars.js";
import type { EvaluatedNode, SchemaTable, UnevaluatedNode } from "./schema-table.js";
import { child, issueLater, later, type Walk } from "./schema-walk.js";

export function checkUnevaluated(
  w: Walk,
  node: UnevaluatedNode,
  value: unknown,
  path: string,
  matches: Matches,
): void {
  const properties = node.k === "up";
  if (properties ? !isRecord(value) : !Array.isArray(value)) return;
  const held = heldEvaluations(w.table, node.e, value, matches);
  const left: [token: string, item: unknown][] = [];
  if (properties) {
    const object = value as Record<string, unknown>;
    for (const key in object) {
      if (hasOwn(object, key) && !held.some((e) => evaluatesKey(e, key))) {
        left.push([pointerToken(key), object[key]]);
      }
    }
  } else {
    const items = value as readonly unknown[];
    for (let i = 0; i < items.length; i++) {
      if (!held.some((e) => evaluatesItem(w.table, e, i, items[i], matches))) {
        left.push([String(i), items[i]]);
      }
    }
  }
  const keyword = properties ? "unevaluatedProperties" : "unevaluatedItems";
  for (let i = left.length - 1; i >= 0; i--) {
    const [token, item] = left[i] as (typeof left)[number];
    const at = child(w, path, token);
    if (node.s === false) issueLater(w, at, keyword, "is not allowed");
    else later(w, node.s, item, at);
  }
}

/** The evaluation itself and those of the branches (nested ones too) whose condition the value meets. */
function heldEvaluations(
  table: SchemaTable,
  root: EvaluatedNode,
  value: unknown,
  matches: Matches,
): EvaluatedNode[] {
  const held = [root];
  for (let i = 0; i < held.length; i++) {
    for (const [when, then] of (held[i] as EvaluatedNode).b ?? []) {
      if (matches(table, when, value)) held.push(then);
    }
  }
  return held;
}

function evaluatesKey(e: EvaluatedNode, key: string): boolean {
  if (e.all === 1 || (e.p !== undefined && e.p.includes(key))) return true;
  for (const source of e.pp ?? []) if (pattern(source).test(key)) return true;
  return false;
}

function evaluatesItem(
  table: SchemaTable,
  e: EvaluatedNode,
  index: number,
  item: unknown,
  matches: Matches,
): boolean {
  if (e.all === 1 || index < (e.pi ?? 0)) return true;
  for (const at of e.c ?? []) if (matches(table, at, item)) return true;
  return false;
}
