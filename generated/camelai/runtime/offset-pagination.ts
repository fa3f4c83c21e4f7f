import type { OperationRequest } from "./operation.js";
import { fieldAt, type PagePromise } from "./page-promise.js";
import {
  queryValue,
  walkPages,
  refetchByQuery,
  type PageRequest,
  type Paginate,
} from "./pagination.js";

/** The call's value of a query parameter, as a non-negative integer. */
function startOf(request: OperationRequest, name: string): number {
  const value = Number(queryValue(request, name) ?? 0);
  return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/**
 * A list paged by an offset query parameter (`shape.offset`, DRF's `LimitOffsetPagination`
 * without its links): each next page is the same call with the offset advanced by the items
 * received. The walk ends when the offset reaches the page's total (`shape.count`), or, for a
 * list that does not say its total, at a page shorter than the first one.
 */
export const paginateOffset: Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
): PagePromise<Page, Item, E> => {
  const { shape, request } = pages;
  const name = shape.offset ?? "offset";
  return walkPages<Page, Item, E>(
    pages,
    () => {
      let offset = startOf(request, name);
      let pageSize: number | undefined;
      return (current, items) => {
        offset += items.length;
        pageSize ??= items.length;
        const count = fieldAt(current.data, shape.count);
        if (typeof count === "number") {
          if (offset >= count) return undefined;
        } else if (items.length < pageSize) return undefined;
        return { query: { [name]: offset } };
      };
    },
    refetchByQuery,
  );
};
