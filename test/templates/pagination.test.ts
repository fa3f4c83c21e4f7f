import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  clientLogging,
  inHeader,
  inQuery,
  paginate,
  NotFoundError,
  PagePromise,
  type ClientOptions,
  type Logger,
  type RequestOptions,
} from "../../templates/index.js";
import { SECRET, config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startServer();
  other = await startServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});
beforeEach(() => other.reset((_req, res) => json(res, 200, {})));

interface Page {
  results: number[];
  next: string | null;
}

/** Serves `pages` by the `page` query parameter (1 when absent). */
function serve(pages: Record<string, Page | number>): void {
  server.reset((req, res) => {
    const page = new URL(req.url, server.url).searchParams.get("page") ?? "1";
    const answer = pages[page];
    if (typeof answer === "number") json(res, answer, { detail: "nope" });
    else if (answer === undefined) json(res, 404, {});
    else json(res, 200, answer);
  });
}

function warnings(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const ignore = () => undefined;
  return {
    lines,
    logger: {
      error: ignore,
      info: ignore,
      debug: ignore,
      warn: (message: string) => lines.push(message),
    },
  };
}

function list(
  clientOptions: ClientOptions = {},
  options?: RequestOptions,
  security: string[][] = [],
): PagePromise<Page, number> {
  const api = new APIClient(
    {
      baseURL: server.url,
      apiKey: SECRET,
      logging: clientLogging,
      logLevel: "off",
      ...clientOptions,
    },
    config,
  );
  return APIClient.requestPage<Page, number>(
    api,
    {
      method: "GET",
      path: "/items",
      parameters: [
        { name: "size", in: "query", value: 2 },
        { name: "X-Trace", in: "header", value: "t-1" },
      ],
      serializers: [inQuery, inHeader],
      security,
      paginate,
    },
    options,
    { items: "results", next: "next" },
  );
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of iterable) all.push(value);
  return all;
}

const threePages = (): Record<string, Page> => ({
  "1": { results: [1, 2], next: `${server.url}/items?size=2&page=2` },
  "2": { results: [3, 4], next: "/items?size=2&page=3" },
  "3": { results: [5], next: null },
});

describe("requestPage", () => {
  it("resolves to the first page alone when awaited", async () => {
    serve(threePages());
    const first = await list();
    expect(first).toEqual(threePages()["1"]);
    expect(server.requests).toHaveLength(1);
  });

  it("walks every item of every page, following absolute and relative links", async () => {
    serve(threePages());
    expect(await collect(list())).toEqual([1, 2, 3, 4, 5]);
    expect(server.requests.map((req) => req.url)).toEqual([
      "/items?size=2",
      "/items?size=2&page=2",
      "/items?size=2&page=3",
    ]);
  });

  it("gives each page from pages()", async () => {
    serve(threePages());
    const pages = await collect(list().pages());
    expect(pages.map((page) => page.results)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it("sends the call's headers and credentials with every page, the key once", async () => {
    serve({
      "1": { results: [1], next: `/items?page=2&api_key=${SECRET}` },
      "2": { results: [2], next: null },
    });
    await collect(list({}, { headers: { "x-extra": "e" } }, [["queryKey"]]));
    const [, second] = server.requests;
    expect(second?.url).toBe(`/items?page=2&api_key=${SECRET}`);
    expect(second?.headers["x-trace"]).toBe("t-1");
    expect(second?.headers["x-extra"]).toBe("e");
    expect(second?.method).toBe("GET");
  });

  it("retries a failing page like any call", async () => {
    let failures = 0;
    server.reset((req, res) => {
      if (req.url.includes("page=2") && failures++ === 0)
        json(res, 503, {}, { "retry-after-ms": "1" });
      else if (req.url.includes("page=2"))
        json(res, 200, { results: [2], next: null });
      else json(res, 200, { results: [1], next: "?page=2" });
    });
    expect(await collect(list())).toEqual([1, 2]);
    expect(server.requests).toHaveLength(3);
  });

  it("rejects the iteration with the error of a page that fails", async () => {
    serve({ "1": { results: [1], next: "/items?page=2" }, "2": 404 });
    const seen: number[] = [];
    const walk = async () => {
      for await (const item of list()) seen.push(item);
    };
    await expect(walk()).rejects.toBeInstanceOf(NotFoundError);
    expect(seen).toEqual([1]);
  });
});

describe("where requestPage stops", () => {
  it("stops at a link it has already followed", async () => {
    serve({
      "1": { results: [1], next: "/items?page=2" },
      "2": { results: [2], next: "/items?page=2" },
    });
    const { logger, lines } = warnings();
    expect(await collect(list({ logger, logLevel: "warn" }))).toEqual([1, 2]);
    expect(server.requests).toHaveLength(2);
    expect(lines).toEqual([
      `TestAPI: not following the next page link ${server.url}/items?page=2: that page was already visited`,
    ]);
  });

  it("stops at an empty page, whatever its link says", async () => {
    serve({
      "1": { results: [1], next: "/items?page=2" },
      "2": { results: [], next: "/items?page=3" },
      "3": { results: [3], next: null },
    });
    expect(await collect(list())).toEqual([1]);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses a link to another origin, with a warning that hides the key", async () => {
    serve({
      "1": {
        results: [1],
        next: `${other.url}/items?page=2&api_key=${SECRET}`,
      },
    });
    const { logger, lines } = warnings();
    expect(
      await collect(list({ logger, logLevel: "warn" }, {}, [["bearer"]])),
    ).toEqual([1]);
    expect(other.requests).toHaveLength(0);
    expect(lines).toEqual([
      `TestAPI: not following the next page link ${other.url}/items?page=2&api_key=***: it points to another origin`,
    ]);
  });

  it("stops when the page has no link or the link is not a string", async () => {
    serve({ "1": { results: [1], next: 7 as unknown as string } });
    expect(await collect(list())).toEqual([1]);
    server.reset((_req, res) => json(res, 200, { results: [1] }));
    expect(await collect(list())).toEqual([1]);
    expect(server.requests).toHaveLength(1);
  });
});
