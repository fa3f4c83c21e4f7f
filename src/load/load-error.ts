import type { SourceLocation } from "./text-position.js";

/** A failure to read, parse or validate the input; the message names the input and the cause. */
export class LoadError extends Error {
  constructor(
    readonly source: string,
    readonly cause_: string,
    readonly location?: SourceLocation,
    /** "network": the input could not be fetched; "invalid": it was read but is not usable. */
    readonly kind: "invalid" | "network" = "invalid",
  ) {
    const where = location ? `${source}:${location.line}:${location.column}` : source;
    super(`cannot load ${where}: ${cause_}`);
    this.name = "LoadError";
  }
}
