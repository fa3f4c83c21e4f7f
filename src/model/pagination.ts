import type { Operation, Pagination, Schema } from "./ir.js";
import { arrayItems, isBoolean, isNumber, isURI, mayBeString, propertiesOf, queryNames, resolved, successBody, type Types } from "./page-schema.js";

/** Query parameters that mark a bare-array list as paged: its next page can only be announced in a `Link` header. */
const PAGE_PARAMS = new Set(["page", "per_page", "cursor", "after"]);
/** Where an offset-paged list may say its total. */
const COUNT_NAMES = ["count", "total", "total_count", "totalCount"];
/** Cursor fields, compared without case, `_` and `-`: `next_cursor`, `nextPageToken`, ... */
const CURSOR_FIELDS = new Set(["nextcursor", "cursor", "nextpagetoken", "nexttoken"]);

/** Query parameters that take the last item's id, and the page flags that say more follow (compared squashed). */
const AFTER_PARAMS = new Set(["startingafter", "after"]);
const BEFORE_PARAMS = new Set(["endingbefore", "before"]);
const MORE_FIELDS = new Set(["hasmore"]);

const squash = (name: string): string => name.toLowerCase().replace(/[_-]/g, "");

/**
 * How a GET with one JSON success body pages, inferred from the body and the query parameters:
 *
 * - a bare array: by its `Link` header when the response declares one or the call takes `page`,
 *   `per_page`, `cursor` or `after` (GitHub); by `offset` when the call takes one;
 * - an object whose items are its `results` array, or its only array property:
 *   1. a `next` string property is the next page's URL (every DRF paginator), unless it is not
 *      declared a URI and the page fits 4 (OpenAI's groups, whose `next` is the last id);
 *   2. else a declared `Link` response header;
 *   3. else a cursor property (`next_cursor`, `cursor`, `next_page_token`, `next_token`, at the top
 *      or one object down) sent back in the query parameter of its name without `next`;
 *   4. else a boolean `has_more` and a `starting_after` or `after` query parameter that takes the
 *      last item's `id` (Stripe's lists, OpenAI's);
 *   5. else an `offset` query parameter, with the total in `count`/`total`/`total_count`/`totalCount`.
 *
 * An `offset` parameter pages by count only where it takes a number: a string one is a token the
 * previous page returned (Asana's), and counting it up would send tokens the server never issued.
 */
export function paginationOf(op: Operation, types: Types): Pagination | undefined {
  if (op.httpMethod !== "GET") return undefined;
  const body = successBody(op, types);
  const query = queryNames(op);
  const linkHeader = op.success.some((r) => r.headers?.includes("link"));
  const bare = arrayItems(body, types);
  if (bare) {
    if (linkHeader) return { style: "link-header", items: [], item: bare };
    if (takesCount(op, types)) return { style: "offset", items: [], item: bare, offset: "offset" };
    return query.some((name) => PAGE_PARAMS.has(name)) ? { style: "link-header", items: [], item: bare } : undefined;
  }
  const found = itemsOf(body, types);
  if (!found) return undefined;
  const page = { items: [found.name], item: found.item };
  const properties = propertiesOf(body, types);
  const next = properties.find((p) => p.wireName === "next");
  const after = afterOf(body, found.item, query, types);
  if (next && mayBeString(next.schema, types)) {
    // OpenAI's group lists return `next` as the last id beside `has_more`: following it as a URL
    // would send the key to a path the API never had. A `next` declared a URI is a link.
    if (after && !isURI(next.schema, types)) return { style: "after", ...page, ...after };
    return { style: "next", ...page, next: ["next"] };
  }
  if (linkHeader) return { style: "link-header", ...page };
  const cursor = cursorOf(body, query, types);
  if (cursor) return { style: "cursor", ...page, ...cursor };
  if (after) return { style: "after", ...page, ...after };
  if (!takesCount(op, types)) return undefined;
  const count = countOf(body, types);
  return { style: "offset", ...page, offset: "offset", ...(count ? { count } : {}) };
}

/** Whether the call's `offset` query parameter takes a number (or any value: a schema that says no type). */
function takesCount(op: Operation, types: Types): boolean {
  const offset = op.params.find((p) => p.in === "query" && p.wireName === "offset");
  return offset !== undefined && (isNumber(offset.schema, types) || resolved(offset.schema, types)?.kind === "unknown");
}

/** The items of an object page: its `results` array, else its only array property. */
export function itemsOf(body: Schema | undefined, types: Types): { name: string; item: Schema } | undefined {
  const arrays = propertiesOf(body, types).flatMap((p) => {
    const item = arrayItems(p.schema, types);
    return item ? [{ name: p.wireName, item }] : [];
  });
  return arrays.find((a) => a.name === "results") ?? (arrays.length === 1 ? arrays[0] : undefined);
}

/** The total of an offset-paged list, where the page declares one. */
export function countOf(body: Schema | undefined, types: Types): string[] | undefined {
  const properties = propertiesOf(body, types);
  const count = COUNT_NAMES.find((name) => properties.some((p) => p.wireName === name && isNumber(p.schema, types)));
  return count === undefined ? undefined : [count];
}

/** A cursor property of the page and the query parameter that sends it back. */
function cursorOf(body: Schema | undefined, query: string[], types: Types): { cursor: string[]; param: string } | undefined {
  const top = propertiesOf(body, types).map((p) => ({ path: [p.wireName], schema: p.schema }));
  const nested = top.flatMap((outer) => propertiesOf(outer.schema, types).map((p) => ({ path: [...outer.path, p.wireName], schema: p.schema })));
  for (const field of [...top, ...nested]) {
    const name = squash(field.path[field.path.length - 1] as string);
    if (!CURSOR_FIELDS.has(name) || !mayBeString(field.schema, types)) continue;
    const param = query.find((q) => squash(q) === name.replace(/^next/, ""));
    if (param !== undefined) return { cursor: field.path, param };
  }
  return undefined;
}

/** The query parameter that takes the last item's key (`starting_after`, `after`), and the one that walks back (`ending_before`, `before`). */
export const afterParam = (query: string[]): string | undefined => query.find((q) => AFTER_PARAMS.has(squash(q)));
export const beforeParam = (query: string[]): string | undefined => query.find((q) => BEFORE_PARAMS.has(squash(q)));

/** The page's boolean `has_more` (`hasMore`), as a path. */
export function moreOf(body: Schema | undefined, types: Types): string[] | undefined {
  const more = propertiesOf(body, types).find((p) => MORE_FIELDS.has(squash(p.wireName)) && isBoolean(p.schema, types));
  return more === undefined ? undefined : [more.wireName];
}

/** The `has_more` flag of the page, the `id` of its items, and the query parameter that takes it. */
export function afterOf(body: Schema | undefined, item: Schema, query: string[], types: Types): Pick<Pagination, "more" | "last" | "param" | "before"> | undefined {
  const more = moreOf(body, types);
  const param = afterParam(query);
  const id = propertiesOf(item, types).find((p) => p.wireName === "id" && (mayBeString(p.schema, types) || isNumber(p.schema, types)));
  if (!more || param === undefined || !id) return undefined;
  const before = beforeParam(query);
  return { more, last: ["id"], param, ...(before !== undefined ? { before } : {}) };
}
