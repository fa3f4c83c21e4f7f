import type { Body, Operation } from "../model/ir.js";
import { change } from "./change.js";
import { code } from "./code-span.js";
import { compareSchemas } from "./compare-schemas.js";
import { scopeFor, type DiffContext } from "./context.js";
import { typeText } from "./type-text.js";
import { REQUEST } from "./usage.js";

export function compareBody(a: Operation, b: Operation, operation: string, ctx: DiffContext): void {
  const at = `${operation} body`;
  if (!a.body && !b.body) return;
  if (!a.body || !b.body) return reportPresence(a.body, b.body, at, ctx);
  if (a.body.required !== b.body.required) {
    const values = { old: a.body.required ? "required" : "optional", new: b.body.required ? "required" : "optional" };
    if (b.body.required) ctx.emit(change("body-required", at, true, "request body made required; breaking: clients that send none are rejected", values));
    else ctx.emit(change("body-optional", at, false, "request body made optional", values));
  }
  compareMediaTypes(a.body, b.body, at, ctx);
  compareSchemas(a.body.schema, b.body.schema, at, scopeFor(ctx, REQUEST));
}

function reportPresence(a: Body | undefined, b: Body | undefined, at: string, ctx: DiffContext): void {
  if (a) {
    ctx.emit(change("body-removed", at, true, "request body removed; breaking: code that passes one no longer compiles, and the server ignores it", { old: typeText(a.schema) }));
  } else if (b) {
    const text = `${b.required ? "required" : "optional"} request body ${code(typeText(b.schema))} added`;
    ctx.emit(change("body-added", at, b.required, b.required ? `${text}; breaking: clients that send none are rejected` : text, { new: typeText(b.schema) }));
  }
}

/** Old clients send the old default media type; only its removal breaks them. */
function compareMediaTypes(a: Body, b: Body, at: string, ctx: DiffContext): void {
  const before = [...a.contentTypes].sort().join(", ");
  const after = [...b.contentTypes].sort().join(", ");
  if (before === after) return;
  const sent = a.contentTypes[0];
  const breaking = sent !== undefined && !b.contentTypes.includes(sent);
  const text = `accepted media types changed from ${code(before)} to ${code(after)}`;
  const verdict = breaking ? `; breaking: clients send ${code(sent ?? "")}, which is no longer accepted` : "";
  ctx.emit(change("body-media-types-changed", at, breaking, `${text}${verdict}`, { old: before, new: after }));
}
