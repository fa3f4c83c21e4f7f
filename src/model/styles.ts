import type { ParamStyle } from "./ir.js";

const STYLES: readonly ParamStyle[] = ["simple", "label", "matrix", "form", "spaceDelimited", "pipeDelimited", "deepObject"];

/** A declared `style`, or undefined when absent or unknown. */
export function toStyle(value: unknown): ParamStyle | undefined {
  return STYLES.find((s) => s === value);
}
