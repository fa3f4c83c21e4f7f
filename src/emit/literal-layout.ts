import { fit } from "./line-width.js";

/**
 * An object or array literal camelgen prints (the OperationRequest of an operation), kept as a
 * tree so it can be laid out in the pinned prettier style: flat when it fits, else one entry per line.
 * Atoms are finished code (escaped literals, names).
 */
export type LiteralTree = string | ObjectLiteral | ArrayLiteral;

export interface ObjectLiteral {
  /** `[key, value]`; a key of undefined is a shorthand property (`body`). */
  entries: [string | undefined, LiteralTree][];
}

export interface ArrayLiteral {
  items: LiteralTree[];
}

export function isObjectLiteral(tree: LiteralTree): tree is ObjectLiteral {
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

/** prettier always breaks an array of two or more objects (or arrays) that have two or more entries each. */
function alwaysBroken(tree: LiteralTree): boolean {
  if (typeof tree === "string" || isObjectLiteral(tree) || tree.items.length < 2) return false;
  const first = tree.items[0] as LiteralTree;
  const size = (item: LiteralTree) => (typeof item === "string" ? 0 : isObjectLiteral(item) ? item.entries.length : item.items.length);
  return tree.items.every((item) => typeof item !== "string" && isObjectLiteral(item) === isObjectLiteral(first) && size(item) > 1);
}

/** A forced break inside a literal breaks every literal and call around it too. */
export function hasForcedBreak(tree: LiteralTree): boolean {
  if (typeof tree === "string") return false;
  if (alwaysBroken(tree)) return true;
  return isObjectLiteral(tree) ? tree.entries.some(([, value]) => hasForcedBreak(value)) : tree.items.some(hasForcedBreak);
}

/**
 * Lines of `<pad><key: ><literal><suffix>`; undefined where the pinned style is not certain (a
 * non-ASCII line too wide to judge). A key of 5 or more columns lets a string or name that does not
 * fit move to the next line, as prettier does.
 */
export function layoutLiteral(tree: LiteralTree, pad: string, key: string | undefined, suffix: string): string[] | undefined {
  const prefix = key === undefined ? "" : `${key}: `;
  const text = flatText(tree);
  const flat = `${pad}${prefix}${text}${suffix}`;
  const width = fit(flat);
  if (!hasForcedBreak(tree) && width === "fits") return [flat];
  if (width === "unknown") return undefined;
  if (typeof tree === "string" || text === "{}" || text === "[]") {
    if (key === undefined || key.length < 5) return [flat];
    return [`${pad}${key}:`, `${pad}  ${text}${suffix}`];
  }
  const inner = `${pad}  `;
  const children = isObjectLiteral(tree)
    ? tree.entries.map(([childKey, value]) => layoutLiteral(value, inner, childKey, ","))
    : tree.items.map((item) => layoutLiteral(item, inner, undefined, ","));
  if (children.some((c) => c === undefined)) return undefined;
  const [open, close] = isObjectLiteral(tree) ? ["{", "}"] : ["[", "]"];
  return [`${pad}${prefix}${open}`, ...(children as string[][]).flat(), `${pad}${close}${suffix}`];
}
