import type { Operation, SecurityScheme } from "../model/ir.js";
import { change, type ChangeSink } from "./change.js";
import { code } from "./code-span.js";
import { keyText } from "./type-text.js";

export function schemeText(scheme: SecurityScheme): string {
  switch (scheme.type) {
    case "http":
      return `http ${scheme.scheme}`;
    case "apiKey":
      return `apiKey in ${scheme.in} ${scheme.name}`;
    case "oauth2":
    case "openIdConnect":
      return scheme.type;
    default:
      throw new Error(`unknown security scheme: ${String(scheme satisfies never)}`);
  }
}

/** Scheme definitions by name: a client configured for one sends credentials the way it says. */
export function compareSchemes(a: Record<string, SecurityScheme>, b: Record<string, SecurityScheme>, emit: ChangeSink): void {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  for (const name of names) {
    const at = `securitySchemes.${keyText(name)}`;
    const before = a[name] ? schemeText(a[name]) : undefined;
    const after = b[name] ? schemeText(b[name]) : undefined;
    if (before === after) continue;
    if (before === undefined) emit(change("scheme-added", at, false, `security scheme added (${code(after ?? "")})`, { new: after ?? "" }));
    else if (after === undefined) emit(change("scheme-removed", at, true, `security scheme removed (was ${code(before)}); breaking: clients using it can no longer authenticate`, { old: before }));
    else {
      const text = `security scheme changed from ${code(before)} to ${code(after)}; breaking: clients send credentials the old way, which the server no longer accepts`;
      emit(change("scheme-changed", at, true, text, { old: before, new: after }));
    }
  }
}

const NONE = "";

/** Alternatives as sorted keys; no requirement at all is the one alternative "no credentials". */
function alternatives(op: Operation): Set<string> {
  const list = op.security.length === 0 ? [[]] : op.security;
  return new Set(list.map((alt) => [...alt].sort().join(" + ")));
}

function securityText(alts: Set<string>): string {
  return [...alts].map((alt) => (alt === NONE ? "none" : alt)).join(" | ");
}

export function compareOperationSecurity(a: Operation, b: Operation, operation: string, emit: ChangeSink): void {
  const before = alternatives(a);
  const after = alternatives(b);
  const at = `${operation} security`;
  const values = { old: securityText(before), new: securityText(after) };
  if (before.has(NONE) && !after.has(NONE)) {
    emit(change("auth-optional-removed", at, true, "credentials are now required; breaking: calls without credentials are rejected", values));
  } else if (!before.has(NONE) && after.has(NONE)) {
    emit(change("auth-optional-added", at, false, "credentials are now optional", values));
  }
  const removed = [...before].filter((alt) => alt !== NONE && !after.has(alt));
  const added = [...after].filter((alt) => alt !== NONE && !before.has(alt));
  if (removed.length === 0 && added.length === 0) return;
  const parts = [...removed.map((alt) => `${code(alt)} no longer accepted`), ...added.map((alt) => `${code(alt)} now accepted`)];
  const verdict = removed.length > 0 ? "; breaking: clients authenticating that way are rejected" : "";
  emit(change("security-changed", at, removed.length > 0, `accepted credentials changed: ${parts.join(", ")}${verdict}`, values));
}
