import type { GeneratedFile } from "./generated-file.js";

/**
 * From this size of guards.ts on, guards.ts and schemas.ts open with `// @ts-nocheck`: the user's compiler then
 * reads only their declared signatures and skips checking their bodies, which costs more than it
 * tells a caller (README, "Guards", has the measurements). Below it, nothing is hidden from tsc.
 */
export const NOCHECK_MIN_BYTES = 1_000_000;

/** Whether a client's guards are large enough for `// @ts-nocheck` on guards.ts and schemas.ts. */
export function isLargeGuardsFile(guards: GeneratedFile): boolean {
  return guards.contents.length >= NOCHECK_MIN_BYTES;
}

/** The file with `comment` (a `// @ts-nocheck` line and why) after its header line. */
export function withNocheck(file: GeneratedFile, comment: readonly string[]): GeneratedFile {
  const headerEnd = file.contents.indexOf("\n");
  const header = file.contents.slice(0, headerEnd);
  return { path: file.path, contents: `${header}\n\n${comment.join("\n")}${file.contents.slice(headerEnd)}` };
}
