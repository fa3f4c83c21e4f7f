import type { PageStyle, Pagination } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import type { LiteralTree, ObjectLiteral } from "./literal.js";

/** The runtime function that walks the pages of each style; a request names only its own. */
export function pageFunction(style: PageStyle): string {
  switch (style) {
    case "next":
      return "paginate";
    case "link-header":
      return "paginateLinkHeader";
    case "offset":
      return "paginateOffset";
    case "cursor":
      return "paginateCursor";
    case "after":
      return "paginateAfter";
    default: {
      const never: never = style;
      throw new Error(`unknown page style ${String(never)}`);
    }
  }
}

/** A path as `PageShape` spells it: a property name alone, else the array of names (`[]`: the body). */
function path(names: string[]): LiteralTree {
  return names.length === 1 ? stringLiteral(names[0] as string) : { items: names.map(stringLiteral) };
}

/** The `PageShape` literal: where the items are and what its style reads to find the next page. */
export function pageShape(p: Pagination): ObjectLiteral {
  const entries: ObjectLiteral["entries"] = [["items", path(p.items)]];
  if (p.next) entries.push(["next", path(p.next)]);
  if (p.offset !== undefined) entries.push(["offset", stringLiteral(p.offset)]);
  if (p.count) entries.push(["count", path(p.count)]);
  if (p.cursor) entries.push(["cursor", path(p.cursor)]);
  if (p.param !== undefined) entries.push(["param", stringLiteral(p.param)]);
  if (p.more) entries.push(["more", path(p.more)]);
  if (p.last) entries.push(["last", path(p.last)]);
  if (p.before !== undefined) entries.push(["before", stringLiteral(p.before)]);
  return { entries };
}
