/**
 * A malformed overlay, or one whose action cannot be applied: names the file and a JSON pointer into
 * it. Its own module, so the CLI can tell it apart without loading the overlay reader (and YAML).
 */
export class OverlayError extends Error {
  constructor(
    readonly file: string,
    readonly pointer: string,
    readonly cause_: string,
  ) {
    super(`overlay ${file}${pointer === "" ? "" : ` at #${pointer}`}: ${cause_}`);
    this.name = "OverlayError";
  }
}
