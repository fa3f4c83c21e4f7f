import { linkWithRel } from "./link-header.js";
import type { PagePromise } from "./page-promise.js";
import { walkPages, type PageRequest, type Paginate } from "./pagination.js";

/**
 * A list whose response links to the next page in its `Link` header, `rel="next"` (RFC 8288, as
 * GitHub's API does); a relative link resolves against the URL the page came from.
 */
export const paginateLinkHeader: Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
): PagePromise<Page, Item, E> =>
  walkPages<Page, Item, E>(pages, () => (current) => {
    const base = current.response.url || current.url;
    const next = linkWithRel(current.response.headers.get("link"), "next", base);
    return next === undefined ? undefined : { link: next };
  });
