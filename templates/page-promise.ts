import { APIPromise, type Sent } from "./api-promise.js";
import type { PageShape } from "./operation.js";

/** One fetched page and the URL it was requested from, against which a relative link resolves. */
export type PageResult<Page> = Sent<Page>;

/** What a `PagePromise` needs from the client to walk the pages. */
export interface PageSource<Page> {
  shape: PageShape;
  /** The origin of the client's `baseURL`; links elsewhere are never followed. */
  origin: string | undefined;
  /** Requests one page by absolute URL, with the call's credentials, headers and options. */
  fetch(url: string): Promise<PageResult<Page>>;
  /** Told of a next link that is not followed, and why. */
  refuse(link: string, reason: string): void;
}

function field(page: unknown, name: string): unknown {
  return typeof page === "object" && page !== null && Object.hasOwn(page, name)
    ? (page as Record<string, unknown>)[name]
    : undefined;
}

function itemsOf(page: unknown, shape: PageShape): readonly unknown[] {
  const items = field(page, shape.items);
  return Array.isArray(items) ? items : [];
}

/**
 * The first page of a list, awaited like any call, that also walks the whole list:
 * `for await (const item of client.sources.list())` yields every item of every page, and
 * `pages()` every page. Each page after the first is one more GET of the previous page's `next`
 * link, with its own retries and timeout.
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

  /** Every page in order, the first one included; stops at the last page, an empty one or a loop. */
  async *pages(): AsyncIterable<Page> {
    // Reading the first page through `withResponse` keeps its body parsed and checked only once.
    await this.withResponse();
    let current = await this.#first(true);
    const visited = new Set([current.url]);
    for (;;) {
      yield current.data;
      const link = this.#nextLink(current, visited);
      if (link === undefined) return;
      visited.add(link);
      current = await this.#source.fetch(link);
      visited.add(current.url);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.pages())
      for (const item of itemsOf(page, this.#source.shape)) yield item as Item;
  }

  #nextLink(
    current: PageResult<Page>,
    visited: ReadonlySet<string>,
  ): string | undefined {
    const { shape } = this.#source;
    if (itemsOf(current.data, shape).length === 0) return undefined;
    const next = field(current.data, shape.next);
    if (typeof next !== "string" || next === "") return undefined;
    let url: URL;
    try {
      url = new URL(next, current.response.url || current.url);
    } catch {
      this.#source.refuse(next, "it is not a valid URL");
      return undefined;
    }
    if (url.origin !== this.#source.origin) {
      this.#source.refuse(url.href, "it points to another origin");
      return undefined;
    }
    if (visited.has(url.href)) {
      this.#source.refuse(url.href, "that page was already visited");
      return undefined;
    }
    return url.href;
  }
}
