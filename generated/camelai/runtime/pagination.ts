import type { Sent } from "./api-promise.js";
import type { OperationRequest, PageShape } from "./operation.js";
import type { ClientLog, RequestOptions } from "./options.js";
import { PagePromise } from "./page-promise.js";
import { formatQuery, type QueryPair } from "./query.js";

/** Builds a request's URL from the query pairs its credentials add, in place of its path and query. */
export type RequestURL = (credentialQuery: readonly QueryPair[]) => string;

/** Sends one request through the client (retries, timeouts, auth); `url`, when given, makes its URL. */
export type Send = <T>(
  req: OperationRequest,
  options: RequestOptions<string>,
  readBody: boolean,
  url?: RequestURL,
) => Promise<Sent<T>>;

/** What `APIClient.requestPage` hands to the request's `paginate`. */
export interface PageRequest {
  send: Send;
  request: OperationRequest;
  options: RequestOptions<string>;
  shape: PageShape;
  baseURL: string;
  log: ClientLog | undefined;
}

export type Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
) => PagePromise<Page, Item, E>;

/** The origin next links must stay on; `undefined` (nothing followed) when it cannot be told. */
export function originOf(baseURL: string): string | undefined {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  try {
    return new URL(baseURL, page).origin;
  } catch {
    return undefined;
  }
}

/** The request for the pages after the first: GET the link, with the call's header and cookie parameters only. */
export function nextPageRequest(req: OperationRequest): OperationRequest {
  return {
    ...req,
    method: "GET",
    body: undefined,
    parameters: (req.parameters ?? []).filter(
      (parameter) => parameter.in === "header" || parameter.in === "cookie",
    ),
  };
}

/**
 * A next-page link stands for the whole URL, query included; credential parameters are taken out
 * and added anew, so a link that repeats them does not send them twice.
 */
export function linkURL(
  link: string,
  credentialQuery: readonly QueryPair[],
): string {
  const url = new URL(link);
  for (const [name] of credentialQuery)
    if (url.searchParams.has(name)) url.searchParams.delete(name);
  const query = formatQuery(credentialQuery);
  if (query === "") return url.href;
  return `${url.href}${url.search === "" ? "?" : "&"}${query}`;
}

/**
 * A list call that also walks the list: the generated request of a paginated operation names
 * this function, so page iteration is bundled only with the operations that use it.
 */
export const paginate: Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
): PagePromise<Page, Item, E> => {
  const { send, request, options, log } = pages;
  const pageRequest = nextPageRequest(request);
  const pageOptions = { ...options, idempotencyKey: undefined };
  return new PagePromise<Page, Item, E>(
    (readBody) => send<Page>(request, options, readBody),
    {
      shape: pages.shape,
      origin: originOf(pages.baseURL),
      fetch: (url) =>
        send<Page>(pageRequest, pageOptions, true, (credentialQuery) =>
          linkURL(url, credentialQuery),
        ),
      refuse: (link, reason) =>
        log?.warn(
          `not following the next page link ${log.url(link)}: ${reason}`,
        ),
    },
  );
};
