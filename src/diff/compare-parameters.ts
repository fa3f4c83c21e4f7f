import type { Operation, Param } from "../model/ir.js";
import { change } from "./change.js";
import { code } from "./code-span.js";
import { compareSchemas } from "./compare-schemas.js";
import { scopeFor, type DiffContext } from "./context.js";
import { keyText, typeText } from "./type-text.js";
import { REQUEST } from "./usage.js";

const REMOVED = "breaking: code that passes it no longer compiles, and the server ignores it";
const NOW_REQUIRED = "breaking: clients that omit it are rejected";

/** Path parameters pair by position (they are positional arguments); the others by location and name. */
export function compareParameters(a: Operation, b: Operation, operation: string, ctx: DiffContext): void {
  const count = Math.max(a.pathParams.length, b.pathParams.length);
  for (let i = 0; i < count; i++) comparePair(a.pathParams[i], b.pathParams[i], operation, ctx);
  const before = new Map(a.params.map((p) => [paramKey(p), p]));
  const after = new Map(b.params.map((p) => [paramKey(p), p]));
  for (const [key, p] of before) if (!after.has(key)) comparePair(p, undefined, operation, ctx);
  for (const [key, p] of after) comparePair(before.get(key), p, operation, ctx);
}

/** Header names are case-insensitive on the wire. */
function paramKey(p: Param): string {
  return `${p.in}.${p.in === "header" ? p.wireName.toLowerCase() : p.wireName}`;
}

function location(operation: string, p: Param): string {
  return `${operation} ${p.in}.${keyText(p.wireName)}`;
}

function comparePair(a: Param | undefined, b: Param | undefined, operation: string, ctx: DiffContext): void {
  if (!b) {
    if (a) ctx.emit(change("parameter-removed", location(operation, a), true, `${a.in} parameter removed; ${REMOVED}`, { old: typeText(a.schema) }));
    return;
  }
  const at = location(operation, b);
  if (!a) {
    const text = `${b.required ? "required" : "optional"} ${b.in} parameter ${code(typeText(b.schema))} added`;
    ctx.emit(change("parameter-added", at, b.required, b.required ? `${text}; ${NOW_REQUIRED}` : text, { new: typeText(b.schema) }));
    return;
  }
  if (a.in === "path" && a.wireName !== b.wireName) {
    const text = `path parameter ${code(a.wireName)} renamed to ${code(b.wireName)}; calls are unchanged (it is positional)`;
    ctx.emit(change("parameter-renamed", at, false, text, { old: a.wireName, new: b.wireName }));
  }
  if (a.required !== b.required) {
    const values = { old: a.required ? "required" : "optional", new: b.required ? "required" : "optional" };
    if (b.required) ctx.emit(change("parameter-required", at, true, `parameter made required; ${NOW_REQUIRED}`, values));
    else ctx.emit(change("parameter-optional", at, false, "parameter made optional", values));
  }
  compareSchemas(a.schema, b.schema, at, scopeFor(ctx, REQUEST));
}
