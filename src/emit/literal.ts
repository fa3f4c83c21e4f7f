/**
 * An object or array literal camelgen prints (the OperationRequest of an operation), kept as a
 * tree of finished atoms (escaped literals, names) until it is printed.
 */
export type LiteralTree = string | ObjectLiteral | ArrayLiteral;

export interface ObjectLiteral {
  /** `[key, value]`; a key of undefined is a shorthand property (`body`). */
  entries: [string | undefined, LiteralTree][];
}

export interface ArrayLiteral {
  items: LiteralTree[];
}

function isObjectLiteral(tree: LiteralTree): tree is ObjectLiteral {
  return typeof tree === "object" && "entries" in tree;
}

/** The literal on one line: `{ a: 1, b: [2] }`. */
export function flatText(tree: LiteralTree): string {
  if (typeof tree === "string") return tree;
  if (isObjectLiteral(tree)) {
    if (tree.entries.length === 0) return "{}";
    return `{ ${tree.entries.map(([key, value]) => (key === undefined ? flatText(value) : `${key}: ${flatText(value)}`)).join(", ")} }`;
  }
  return `[${tree.items.map(flatText).join(", ")}]`;
}

/** An object with one entry per line (trailing commas), each entry's value on one line. */
export function brokenObject(tree: ObjectLiteral): string {
  return lineByLine(tree.entries.map(([key, value]) => (key === undefined ? flatText(value) : `${key}: ${flatText(value)}`)), "{", "}");
}

/** `open`, one item a line (indented, trailing comma; an item's own lines indented with it), `close`. */
export function lineByLine(items: readonly string[], open: string, close: string): string {
  if (items.length === 0) return `${open}${close}`;
  return `${open}\n${items.map((item) => `  ${item.replace(/\n/g, "\n  ")},`).join("\n")}\n${close}`;
}
