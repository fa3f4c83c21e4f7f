/**
 * An object or array literal camelgen prints (an operation's request, the schema table), kept as
 * a tree of finished atoms (escaped literals, names) until it is printed.
 */
export type LiteralTree = string | ObjectLiteral | ArrayLiteral;

export interface ObjectLiteral {
  /** `[key, value]`; a key of undefined is a shorthand property (`body`). */
  entries: [string | undefined, LiteralTree][];
}

export interface ArrayLiteral {
  items: LiteralTree[];
}

/**
 * The literal as code. Its outer `broken` levels put one entry a line (indented, with a trailing
 * comma; an entry's own lines indented with it), so a large literal stays readable in an editor;
 * deeper levels are one line: `{ a: 1, b: [2] }`.
 */
export function literalText(tree: LiteralTree, broken = 0): string {
  if (typeof tree === "string") return tree;
  const inner = (item: LiteralTree) => literalText(item, broken - 1);
  const object = "entries" in tree;
  const items = object ? tree.entries.map(([key, value]) => (key === undefined ? inner(value) : `${key}: ${inner(value)}`)) : tree.items.map(inner);
  const [open, close] = object ? ["{", "}"] : ["[", "]"];
  if (items.length === 0) return `${open}${close}`;
  if (broken > 0) return `${open}\n${items.map((item) => `  ${item.replace(/\n/g, "\n  ")},`).join("\n")}\n${close}`;
  return object ? `{ ${items.join(", ")} }` : `[${items.join(", ")}]`;
}
