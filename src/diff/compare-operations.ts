import type { ApiModel } from "../model/ir.js";
import { change } from "./change.js";
import { code } from "./code-span.js";
import { compareBody } from "./compare-body.js";
import { compareParameters } from "./compare-parameters.js";
import { compareResponses } from "./compare-responses.js";
import { compareOperationSecurity } from "./compare-security.js";
import type { DiffContext } from "./context.js";
import { operationLocation } from "./location.js";
import { locatedOperations, matchOperations, type Located } from "./match-operations.js";

export function compareOperations(before: ApiModel, after: ApiModel, ctx: DiffContext): void {
  const matched = matchOperations(locatedOperations(before), locatedOperations(after));
  for (const { op, call } of matched.removed) {
    const text = `operation ${code(op.operationId)} removed (${code(call)}); breaking: calls to it fail`;
    ctx.emit(change("operation-removed", operationLocation(op), true, text, { old: op.operationId }));
  }
  for (const { op, call } of matched.added) {
    ctx.emit(change("operation-added", operationLocation(op), false, `operation ${code(op.operationId)} added (${code(call)})`, { new: op.operationId }));
  }
  for (const { before: a, after: b, by } of matched.pairs) {
    if (by === "operationId") reportMove(a, b, ctx);
    else if (a.op.operationId !== b.op.operationId || a.call !== b.call) reportRename(a, b, ctx);
    const location = operationLocation(b.op);
    compareParameters(a.op, b.op, location, ctx);
    compareBody(a.op, b.op, location, ctx);
    compareResponses(a.op, b.op, location, ctx);
    compareOperationSecurity(a.op, b.op, location, ctx.emit);
  }
}

function reportMove(a: Located, b: Located, ctx: DiffContext): void {
  const [from, to] = [operationLocation(a.op), operationLocation(b.op)];
  const text = `operation ${code(b.op.operationId)} moved from ${code(from)}; breaking: clients built from the old schema call a route that no longer exists`;
  ctx.emit(change("operation-moved", to, true, text, { old: from, new: to }));
}

/** The HTTP call is unchanged; code calling a generated method by its old name stops compiling. */
function reportRename(a: Located, b: Located, ctx: DiffContext): void {
  const parts: string[] = [];
  if (a.op.operationId !== b.op.operationId) parts.push(`operationId ${code(a.op.operationId)} renamed to ${code(b.op.operationId)}`);
  if (a.call !== b.call) parts.push(`the generated method ${code(a.call)} is now ${code(b.call)}`);
  if (a.op.fnName !== b.op.fnName) parts.push(`the generated function ${code(a.op.fnName)} is now ${code(b.op.fnName)}`);
  const breaking = a.call !== b.call || a.op.fnName !== b.op.fnName;
  const verdict = breaking ? "breaking: code calling it by its old name stops compiling (the HTTP call is unchanged)" : "the generated names are unchanged";
  ctx.emit(change("operation-renamed", operationLocation(b.op), breaking, `${parts.join("; ")}; ${verdict}`, { old: a.op.operationId, new: b.op.operationId }));
}
