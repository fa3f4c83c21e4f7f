import { fieldAt, type PagePromise } from "./page-promise.js";
import {
  walkPages,
  refetchByQuery,
  type PageRequest,
  type Paginate,
} from "./pagination.js";

/**
 * A list whose page holds the cursor of the next one (`shape.cursor`, e.g. `next_cursor`), sent
 * back as a query parameter (`shape.param`): each next page is the same call with that cursor.
 * The walk ends when the cursor is null, empty or absent, and never sends one cursor twice.
 */
export const paginateCursor: Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
): PagePromise<Page, Item, E> => {
  const { cursor, param } = pages.shape;
  return walkPages<Page, Item, E>(
    pages,
    () => (current) => {
      const next = fieldAt(current.data, cursor);
      const sendable =
        (typeof next === "string" && next !== "") || typeof next === "number";
      return sendable && param !== undefined
        ? { query: { [param]: next } }
        : undefined;
    },
    refetchByQuery,
  );
};
