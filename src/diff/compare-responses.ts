import type { Operation, ResponseBody } from "../model/ir.js";
import { change } from "./change.js";
import { classify, RULES } from "./classify.js";
import { code } from "./code-span.js";
import { compareSchemas, sameShape } from "./compare-schemas.js";
import { scopeFor, type DiffContext } from "./context.js";
import { typeText } from "./type-text.js";
import { RESPONSE } from "./usage.js";

interface Status {
  response: ResponseBody;
  success: boolean;
}

/** Responses pair by status code; a changed body is compared as a response shape. */
export function compareResponses(a: Operation, b: Operation, operation: string, ctx: DiffContext): void {
  const before = statuses(a);
  const after = statuses(b);
  for (const [status, old] of before) if (!after.has(status)) reportRemoved(status, old, `${operation} response.${status}`, ctx);
  for (const [status, now] of after) {
    const at = `${operation} response.${status}`;
    const old = before.get(status);
    if (!old) reportAdded(status, now, a, at, ctx);
    else compareBodies(old.response, now.response, at, ctx);
  }
}

function statuses(op: Operation): Map<string, Status> {
  const all = [...op.success.map((response) => ({ response, success: true })), ...op.errors.map((response) => ({ response, success: false }))];
  return new Map(all.map((s) => [s.response.status, s]));
}

function bodyText(response: ResponseBody): string {
  return response.schema ? typeText(response.schema) : "no body";
}

function reportRemoved(status: string, old: Status, at: string, ctx: DiffContext): void {
  const text = old.success
    ? `success status ${status} removed; breaking: code that handles this response no longer gets it`
    : `error status ${status} removed`;
  ctx.emit(change("status-removed", at, old.success, text, { old: bodyText(old.response) }));
}

/** A new error status rejects like any other APIError; a new success status breaks only if it brings a new body shape. */
function reportAdded(status: string, now: Status, before: Operation, at: string, ctx: DiffContext): void {
  const body = bodyText(now.response);
  if (!now.success) {
    ctx.emit(change("status-added", at, false, `error status ${status} added (${code(body)}); calls reject with an APIError as before`, { new: body }));
    return;
  }
  const schema = now.response.schema;
  const scope = scopeFor(ctx, RESPONSE);
  const breaking = schema !== undefined && !before.success.some((old) => old.schema !== undefined && sameShape(old.schema, schema, scope));
  const verdict = breaking ? "; breaking: calls can now resolve to a shape clients do not expect" : "";
  ctx.emit(change("status-added", at, breaking, `success status ${status} added (${code(body)})${verdict}`, { new: body }));
}

function compareBodies(a: ResponseBody, b: ResponseBody, at: string, ctx: DiffContext): void {
  if (a.schema && b.schema) return compareSchemas(a.schema, b.schema, at, scopeFor(ctx, RESPONSE));
  if (!a.schema && !b.schema) return;
  const values = { old: bodyText(a), new: bodyText(b) };
  const verdict = a.schema
    ? classify(`response body removed (was ${code(values.old)})`, RESPONSE, RULES.fieldRemoved)
    : classify(`response body added (${code(values.new)})`, RESPONSE, RULES.fieldAddedOptional);
  ctx.emit(change("retyped", at, verdict.breaking, verdict.description, values));
}
