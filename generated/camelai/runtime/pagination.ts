import type { Sent } from "./api-promise.js";
import type { OperationRequest, PageShape } from "./operation.js";
import type { ClientLog, PageRefusal, RequestOptions } from "./options.js";
import {
  fieldAt,
  itemsAt,
  PagePromise,
  type PageSource,
  type PageStep,
} from "./page-promise.js";
import { formatQuery, type QueryPair } from "./query.js";

/** The call's value of the query parameter `name`, where it declares one. */
export function queryValue(
  request: OperationRequest,
  name: string | undefined,
): unknown {
  return request.parameters?.find((p) => p.in === "query" && p.name === name)
    ?.value;
}

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
  log: ClientLog | undefined;
}

export type Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
) => PagePromise<Page, Item, E>;

/**
 * A list call's request. An interface, not `OperationRequest & { paginate: Paginate }`: a type
 * literal in `requestPage`'s generic signature would make tsc check every call's request literal
 * twice (once more while inferring the page types).
 */
export interface PagedRequest extends OperationRequest {
  paginate: Paginate;
}

/** The request for the pages after the first: GET the link, with the call's header and cookie parameters only. */
export function nextPageRequest(req: OperationRequest): OperationRequest {
  return {
    ...req,
    operation: req.operation ?? `${req.method} ${req.path}`,
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

/** The request with these query parameters set, in place where it declares them. */
export function withQuery(
  req: OperationRequest,
  query: Readonly<Record<string, string | number>>,
): OperationRequest {
  const declared = req.parameters ?? [];
  const parameters = declared.map((parameter) =>
    parameter.in === "query" && Object.hasOwn(query, parameter.name)
      ? { ...parameter, value: query[parameter.name] }
      : parameter,
  );
  for (const [name, value] of Object.entries(query))
    if (!declared.some((p) => p.in === "query" && p.name === name))
      parameters.push({ name, in: "query", value });
  return { ...req, parameters };
}

/**
 * The call sent again with the query parameters of the next page set (offset and cursor styles),
 * unless this walk has requested that query already.
 */
export function refetchByQuery<Page>(
  pages: PageRequest,
  options: RequestOptions<string>,
  refuse: (next: string, reason: PageRefusal) => void,
): NonNullable<PageSource<Page>["refetch"]> {
  return (query, requested) => {
    const key = `?${new URLSearchParams(
      Object.entries(query).map(([name, value]): [string, string] => [
        name,
        String(value),
      ]),
    ).toString()}`;
    if (requested.has(key)) {
      refuse(key, "requested");
      return undefined;
    }
    requested.add(key);
    return pages.send<Page>(withQuery(pages.request, query), options, true);
  };
}

/**
 * The `PagePromise` of a list call whose page style `steps` tells where each next page is:
 * links are requested as GETs of the link, queries as the same call with those parameters set
 * (`byQuery`: `refetchByQuery`, passed by the styles that page by query, so link styles bundle none).
 */
export function walkPages<Page, Item, E = {}>(
  pages: PageRequest,
  steps: () => PageStep<Page>,
  byQuery?: typeof refetchByQuery,
): PagePromise<Page, Item, E> {
  const { send, request, options, log, shape } = pages;
  const pageRequest = nextPageRequest(request);
  const pageOptions: RequestOptions<string> = {
    ...options,
    idempotencyKey: undefined,
  };
  const refuse = (next: string, reason: PageRefusal): void =>
    log?.refused(next, reason);
  return new PagePromise<Page, Item, E>(
    (readBody) => send<Page>(request, options, readBody),
    {
      items: (page) => itemsAt(page, shape.items),
      steps,
      fetch: (url) =>
        send<Page>(pageRequest, pageOptions, true, (credentialQuery) =>
          linkURL(url, credentialQuery),
        ),
      ...(byQuery && { refetch: byQuery<Page>(pages, pageOptions, refuse) }),
      refuse,
    },
  );
}

/**
 * A list whose page links to the next one in its body (`shape.next`, DRF's `next`): the
 * generated request of such an operation names this function, so page iteration is bundled only
 * with the operations that use it.
 */
export const paginate: Paginate = <Page, Item, E = {}>(
  pages: PageRequest,
): PagePromise<Page, Item, E> =>
  walkPages<Page, Item, E>(pages, () => (current) => {
    const next = fieldAt(current.data, pages.shape.next);
    return typeof next === "string" && next !== "" ? { link: next } : undefined;
  });
