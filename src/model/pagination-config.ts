import type { Operation, PageStyle, Pagination, Schema } from "./ir.js";
import { afterParam, beforeParam, countOf, itemsOf, moreOf } from "./pagination.js";
import { arrayItems, propertiesOf, queryNames, schemaAt, successBody, type Types } from "./page-schema.js";

/**
 * How one operation pages, for an API whose shape the generator cannot infer (the config's
 * `pagination` entry, by operationId). Paths are property names joined by `.` (`meta.next`), or
 * one property whose name has a dot (`odata.nextLink`) where the schema declares it; an empty
 * `items` is the body itself. Unset fields are inferred as for any list.
 */
export interface PageConfig {
  style: PageStyle;
  /** The items array (default: the body when it is an array, else `results` or the only array property). */
  items?: string;
  /** "next": the next page's URL (default `next`). */
  next?: string;
  /** "offset": the offset query parameter (default `offset`) and the total (default `count`/`total`/... when declared). */
  offset?: string;
  count?: string;
  /** "cursor": the next page's cursor, and the query parameter it is sent back in (both required). */
  cursor?: string;
  param?: string;
  /**
   * "after": the flag that more pages follow (default `has_more`), the last item's key sent as
   * `param` (default `id`), and the parameter that walks back from the first item's (default
   * `ending_before` or `before` where the operation takes one).
   */
  more?: string;
  last?: string;
  before?: string;
}

/** `false` turns the inferred pagination of an operation off. */
export type PaginationConfig = Readonly<Record<string, PageConfig | false>>;

/** `a.b` as a path in `schema`: one key where the schema has a property of the whole name, else split at the dots. */
function pathIn(dotted: string, schema: Schema | undefined, types: Types): string[] {
  if (dotted === "") return [];
  return propertiesOf(schema, types).some((p) => p.wireName === dotted) ? [dotted] : dotted.split(".");
}

/**
 * The configured pagination of `op`, `false` for none. A configuration that does not fit the
 * operation (no array at `items`, a parameter it does not take) is reported (the message starts
 * with the field, `.items: ...`) and gives `false`.
 */
export function configuredPagination(op: Operation, config: PageConfig | false, types: Types, report: (message: string) => void): Pagination | false {
  if (config === false) return false;
  const fail = (message: string): false => {
    report(message);
    return false;
  };
  const body = successBody(op, types);
  if (!body) return fail(": the operation has no single JSON success body to page through");
  const pathOf = (dotted: string, within: Schema | undefined = body) => pathIn(dotted, within, types);
  const items = config.items !== undefined ? pathOf(config.items) : arrayItems(body, types) ? [] : [itemsOf(body, types)?.name ?? "results"];
  const item = arrayItems(schemaAt(body, items, types), types);
  if (!item) return fail(`.items: ${JSON.stringify(items.join("."))} is not an array in the success body`);
  const page = { style: config.style, items, item };
  const query = queryNames(op);
  switch (config.style) {
    case "next":
      return { ...page, next: pathOf(config.next ?? "next") };
    case "link-header":
      return page;
    case "offset": {
      const offset = config.offset ?? "offset";
      if (!query.includes(offset)) return fail(`.offset: the operation has no query parameter ${JSON.stringify(offset)}`);
      const count = config.count !== undefined ? pathOf(config.count) : countOf(body, types);
      return { ...page, offset, ...(count ? { count } : {}) };
    }
    case "cursor": {
      if (config.cursor === undefined || config.param === undefined) return fail(": a cursor style needs both `cursor` and `param`");
      if (!query.includes(config.param)) return fail(`.param: the operation has no query parameter ${JSON.stringify(config.param)}`);
      return { ...page, cursor: pathOf(config.cursor), param: config.param };
    }
    case "after": {
      const param = config.param ?? afterParam(query);
      if (param === undefined) return fail(": an after style needs `param` where the operation has no `starting_after` or `after` query parameter");
      const before = config.before ?? beforeParam(query);
      const missing = [param, before].find((name) => name !== undefined && !query.includes(name));
      if (missing !== undefined) return fail(`.${missing === param ? "param" : "before"}: the operation has no query parameter ${JSON.stringify(missing)}`);
      const more = config.more !== undefined ? pathOf(config.more) : (moreOf(body, types) ?? ["has_more"]);
      return { ...page, more, last: pathOf(config.last ?? "id", item), param, ...(before !== undefined ? { before } : {}) };
    }
    default: {
      const never: never = config.style;
      return fail(`.style: unknown style ${JSON.stringify(never)}`);
    }
  }
}
