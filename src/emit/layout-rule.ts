/** What a layout rule returns for a line that is not its shape (undefined means its shape, but not sure). */
export const NOT_THIS_SHAPE = Symbol("not this shape");

/** Lays out one too-wide line of code at indentation `pad`. */
export type Rule = (pad: string, code: string) => string[] | undefined | typeof NOT_THIS_SHAPE;

/** A string literal in either quote. */
export const STRING = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
