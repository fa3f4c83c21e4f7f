import { APIPromise, type Sent } from "./api-promise.js";
import { pageURL } from "./build-request.js";
import type { PageRefusal } from "./options.js";

/** One fetched page and the URL it was requested from, against which a relative link resolves. */
export type PageResult<Page> = Sent<Page>;

/**
 * Where the page after the current one is: a link to follow (from the body or a `Link` header),
 * or query parameters to send the call again with (an offset, a cursor).
 */
export type NextPage =
  | { link: string }
  | { query: Readonly<Record<string, string | number>> }
  | undefined;

/** Told each page of one walk in turn (with its items, never empty), says where the next one is. */
export type PageStep<Page> = (
  current: PageResult<Page>,
  items: readonly unknown[],
) => NextPage;

/** What a `PagePromise` needs from the client and the list's page style to walk the pages. */
export interface PageSource<Page> {
  /** The items of a page. */
  items(page: Page): readonly unknown[];
  /** A fresh step function for each walk: offsets and cursors are counted per walk. */
  steps(): PageStep<Page>;
  /** Requests one page by absolute URL, with the call's credentials, headers and options. */
  fetch(url: string): Promise<PageResult<Page>>;
  /**
   * Sends the call again with these query parameters set, unless `requested` (this walk's queries)
   * holds them already; given by the styles that page by query.
   */
  refetch?: (
    query: Readonly<Record<string, string | number>>,
    requested: Set<string>,
  ) => Promise<PageResult<Page>> | undefined;
  /** Told of a next page (a link, or `?name=value` of a query) that is not requested, and why. */
  refuse(next: string, reason: PageRefusal): void;
}

/** The value at `path` in `value` (a property name, or a path of them; `[]` is the value itself). */
export function fieldAt(
  value: unknown,
  path: string | readonly string[] | undefined,
): unknown {
  if (path === undefined) return undefined;
  for (const name of typeof path === "string" ? [path] : path) {
    if (
      typeof value !== "object" ||
      value === null ||
      !Object.hasOwn(value, name)
    )
      return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/** The array at `path`, or none. */
export function itemsAt(
  page: unknown,
  path: string | readonly string[],
): readonly unknown[] {
  const items = fieldAt(page, path);
  return Array.isArray(items) ? items : [];
}

/** What has been requested in one walk: no URL and no query is requested twice. */
interface Visited {
  urls: Set<string>;
  queries: Set<string>;
  /** The first page's origin; links elsewhere are never followed. */
  origin: string | undefined;
}

/** `undefined` (nothing followed) when it cannot be told. */
function originOf(url: string): string | undefined {
  try {
    return new URL(url, pageURL()).origin;
  } catch {
    return undefined;
  }
}

/**
 * The first page of a list, awaited like any call, that also walks the whole list:
 * `for await (const item of client.sources.list())` yields every item of every page, and
 * `pages()` every page. Each page after the first is one more request, with its own retries and
 * timeout. A walk stops at the last page, an empty page, a page already requested, and a page
 * that repeats the items of the one before (a server ignoring the page parameter).
 */
export class PagePromise<Page, Item, E = {}>
  extends APIPromise<Page, E>
  implements AsyncIterable<Item>
{
  readonly #first: (readBody: boolean) => Promise<PageResult<Page>>;
  readonly #source: PageSource<Page>;

  constructor(
    first: (readBody: boolean) => Promise<PageResult<Page>>,
    source: PageSource<Page>,
  ) {
    let sent: Promise<PageResult<Page>> | undefined;
    const once = (readBody: boolean): Promise<PageResult<Page>> =>
      (sent ??= first(readBody));
    super(once);
    this.#first = once;
    this.#source = source;
  }

  /** Every page in order, the first one included. */
  async *pages(): AsyncIterable<Page> {
    // Reading the first page through `withResponse` keeps its body parsed and checked only once.
    await this.withResponse();
    let current = await this.#first(true);
    const step = this.#source.steps();
    const visited: Visited = {
      urls: new Set([current.url]),
      queries: new Set(),
      origin: originOf(current.url),
    };
    let items = this.#source.items(current.data);
    yield current.data;
    while (items.length > 0) {
      const next = await this.#next(current, items, step, visited);
      if (next === undefined) return;
      const nextItems = this.#source.items(next.data);
      if (
        nextItems.length > 0 &&
        JSON.stringify(nextItems) === JSON.stringify(items)
      ) {
        this.#source.refuse(next.url, "repeats");
        return;
      }
      current = next;
      items = nextItems;
      yield current.data;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages())
      for (const item of this.#source.items(page)) yield item as Item;
  }

  async #next(
    current: PageResult<Page>,
    items: readonly unknown[],
    step: PageStep<Page>,
    visited: Visited,
  ): Promise<PageResult<Page> | undefined> {
    const next = step(current, items);
    if (next === undefined) return undefined;
    if ("query" in next)
      return this.#source.refetch?.(next.query, visited.queries);
    const url = this.#followable(next.link, current, visited);
    if (url === undefined) return undefined;
    visited.urls.add(url);
    const page = await this.#source.fetch(url);
    visited.urls.add(page.url);
    return page;
  }

  #followable(
    link: string,
    current: PageResult<Page>,
    visited: Visited,
  ): string | undefined {
    let url: URL;
    try {
      url = new URL(link, current.response.url || current.url);
    } catch {
      this.#source.refuse(link, "invalid");
      return undefined;
    }
    if (url.origin !== visited.origin) {
      this.#source.refuse(url.href, "origin");
      return undefined;
    }
    if (visited.urls.has(url.href)) {
      this.#source.refuse(url.href, "visited");
      return undefined;
    }
    return url.href;
  }
}
