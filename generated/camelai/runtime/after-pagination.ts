import type { OperationRequest } from "./operation.js";
import { fieldAt, type PagePromise } from "./page-promise.js";
import {
  queryValue,
  walkPages,
  refetchByQuery,
  type PageRequest,
  type Paginate,
} from "./pagination.js";

/** Whether the call gives the query parameter `name` a value. */
function sets(request: OperationRequest, name: string | undefined): boolean {
  const value = queryValue(request, name);
  return value !== undefined && value !== null && value !== "";
}

/**
 * A list that says whether more pages follow (`shape.more`, Stripe's and OpenAI's `has_more`)
 * and takes the last item's key (`shape.last`, `id`) in a query parameter (`shape.param`,
 * `starting_after` or `after`): each next page is the same call with that key. A call that sets
 * `shape.before` (`ending_before`) walks back instead, with the first item's key in it. The walk
 * ends when the flag is not `true`, at an empty page, or when the item has no key to send.
 */
export const paginateAfter: Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
): PagePromise<Page, Item, E> => {
  const { more, last, param, before } = pages.shape;
  const back = sets(pages.request, before);
  const name = back ? before : param;
  return walkPages<Page, Item, E>(
    pages,
    () => (current, items) => {
      const next = fieldAt(items[back ? 0 : items.length - 1], last);
      const sendable =
        (typeof next === "string" && next !== "") || typeof next === "number";
      return fieldAt(current.data, more) === true &&
        sendable &&
        name !== undefined
        ? { query: { [name]: next } }
        : undefined;
    },
    refetchByQuery,
  );
};
