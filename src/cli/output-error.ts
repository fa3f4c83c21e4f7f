/** A refusal to write the output (a path outside it, a folder camelgen does not own); nothing was written. */
export class OutputError extends Error {
  override name = "OutputError";
}

/** Writes one file; a test passes one that fails part-way to prove the previous output survives. */
export type FileWriter = (path: string, contents: string | Uint8Array) => Promise<void>;
