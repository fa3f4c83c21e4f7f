/** The pinned style's line width, and whether a printed line keeps within it. */
export const PRINT_WIDTH = 100;

export type Fit = "fits" | "wide" | "unknown";

/** prettier counts East Asian wide characters twice; past 50 code units a non-ASCII line is not sure. */
export function fit(line: string): Fit {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(line)) return line.length <= PRINT_WIDTH / 2 ? "fits" : "unknown";
  return line.length <= PRINT_WIDTH ? "fits" : "wide";
}

/** Lines that must each fit as they are (prettier would break them further otherwise). */
export function allFit(lines: string[]): string[] | undefined {
  return lines.every((l) => fit(l) === "fits") ? lines : undefined;
}

