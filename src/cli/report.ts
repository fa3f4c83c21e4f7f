import type { Locate } from "../load/source-locator.js";
import type { Diagnostic } from "../model/ir.js";

/** A diagnostic as the CLI reports it: with its place in the input's text, when that is known. */
export interface PlacedDiagnostic extends Diagnostic {
  file?: string;
  line?: number;
  column?: number;
}

/** Adds a diagnostic's place in `file`, asked of the run's locator only for what is reported. */
export type Place = (d: Diagnostic) => PlacedDiagnostic;

export function placeIn(file: string, locate: Locate | undefined): Place | undefined {
  if (locate === undefined) return undefined;
  return (d) => {
    const at = d.origin === "config" ? undefined : locate(d.pointer);
    return at === undefined ? d : { ...d, pointer: at.pointer ?? d.pointer, file, line: at.line, column: at.column };
  };
}

/** `warning <code> <pointer>[ at <file>:<line>:<column>]: <message>` lines, one per diagnostic, for stderr. */
export function formatDiagnostic(d: PlacedDiagnostic): string {
  const at = d.line === undefined ? "" : ` at ${d.file}:${d.line}:${d.column}`;
  return `${d.severity} ${d.code} ${d.pointer}${at}: ${d.message}`;
}
