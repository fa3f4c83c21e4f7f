import type { Diagnostic } from "../model/ir.js";

/** `warning <code> <pointer>: <message>` lines, one per diagnostic, for stderr. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.pointer}: ${d.message}`;
}
