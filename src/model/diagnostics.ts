import type { Locate } from "../load/source-locator.js";
import type { Diagnostic } from "./ir.js";

/** Collects diagnostics during model building; errors abort generation after the walk. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];
  readonly #warnedOnce = new Set<string>();

  warn(code: string, pointer: string, message: string, origin?: "config"): void {
    this.items.push({ severity: "warning", code, pointer, message, ...(origin ? { origin } : {}) });
  }

  /** A warning given the first time `key` is met in this build only: one fault that many operations share. */
  warnOnce(key: string, code: string, pointer: string, message: string): void {
    if (this.#warnedOnce.has(`${code}\0${key}`)) return;
    this.#warnedOnce.add(`${code}\0${key}`);
    this.warn(code, pointer, message);
  }

  note(code: string, pointer: string, message: string): void {
    this.items.push({ severity: "note", code, pointer, message });
  }

  error(code: string, pointer: string, message: string, origin?: "config"): void {
    this.items.push({ severity: "error", code, pointer, message, ...(origin ? { origin } : {}) });
  }
}

/** JSON pointer escaping (RFC 6901). */
export function pointerJoin(base: string, ...tokens: (string | number)[]): string {
  let pointer = base;
  for (const token of tokens) pointer += `/${escapeToken(String(token))}`;
  return pointer;
}

function escapeToken(token: string): string {
  return token.includes("~") || token.includes("/") ? token.replace(/~/g, "~0").replace(/\//g, "~1") : token;
}

export function pointerTokens(pointer: string): string[] {
  return pointer.replace(/^#/, "").split("/").slice(1).map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Thrown when the model cannot be built; carries every diagnostic gathered so far. */
export class ModelError extends Error {
  constructor(
    readonly diagnostics: Diagnostic[],
    /** Where the diagnostics' pointers are in the input's text, when known. */
    readonly locate?: Locate,
  ) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    super(errors.map((d) => `${d.code} ${d.pointer}: ${d.message}`).join("\n"));
    this.name = "ModelError";
  }
}

/** --strict: every warning becomes an error; notes stay notes. */
export function strictened(items: Diagnostic[]): Diagnostic[] {
  return items.map((d) => (d.severity === "warning" ? { ...d, severity: "error" as const } : d));
}
