import { fieldAt, type PagePromise } from "./page-promise.js";
import {
  walkPages,
  refetchByQuery,
  type PageRequest,
  type Paginate,
} from "./pagination.js";

/**
 * A list that says whether more pages follow (`shape.more`, Stripe's and OpenAI's `has_more`)
 * and takes the last item's key (`shape.last`, `id`) in a query parameter (`shape.param`,
 * `starting_after` or `after`): each next page is the same call with that key. The walk ends when
 * the flag is not `true`, at an empty page, or when the last item has no key to send.
 */
export const paginateAfter: Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
): PagePromise<Page, Item, E> => {
  const { more, last, param } = pages.shape;
  return walkPages<Page, Item, E>(
    pages,
    () => (current, items) => {
      const next = fieldAt(items[items.length - 1], last);
      const sendable =
        (typeof next === "string" && next !== "") || typeof next === "number";
      return fieldAt(current.data, more) === true &&
        sendable &&
        param !== undefined
        ? { query: { [param]: next } }
        : undefined;
    },
    refetchByQuery,
  );
};
