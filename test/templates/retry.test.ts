import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  APIClient,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  BadRequestError,
  InternalServerError,
  type ClientOptions,
  clientLogging,
} from "../../templates/index.js";
import { retryDelayMs, shouldRetry } from "../../templates/retry.js";
import { config } from "./config.js";
import { retryLog } from "../helpers/retry-log.js";
import { closedPort, json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const api = (options: ClientOptions = {}) =>
  new APIClient({ baseURL: server.url, apiKey: null, ...options }, config);
const get = (client: APIClient, signal?: AbortSignal) =>
  APIClient.request<unknown>(
    client,
    { method: "GET", path: "/r", security: [] },
    signal === undefined ? {} : { signal },
  );

describe("retryDelayMs", () => {
  const now = Date.UTC(2025, 0, 1, 12, 0, 0);
  const at = (offsetMs: number) => new Date(now + offsetMs).toUTCString();
  it.each<[string, number, Record<string, string> | undefined, number, number]>(
    [
      ["first retry, no jitter", 0, undefined, 0, 500],
      ["second retry doubles", 1, undefined, 0, 1000],
      ["backoff is capped at 8 s", 4, undefined, 0, 8000],
      ["cap holds for large indices", 30, undefined, 0, 8000],
      ["full jitter removes 25 %", 0, undefined, 1, 375],
      [
        "retry-after-ms wins",
        0,
        { "retry-after-ms": "250", "retry-after": "5" },
        0.5,
        250,
      ],
      ["retry-after-ms of 0 means now", 3, { "retry-after-ms": "0" }, 0, 0],
      [
        "invalid retry-after-ms falls back to retry-after",
        0,
        { "retry-after-ms": "soon", "retry-after": "2" },
        0,
        2000,
      ],
      [
        "negative retry-after-ms falls back to backoff",
        0,
        { "retry-after-ms": "-5" },
        0,
        500,
      ],
      ["empty retry-after-ms is ignored", 1, { "retry-after-ms": "" }, 0, 1000],
      ["retry-after in seconds", 0, { "retry-after": "2" }, 0, 2000],
      ["retry-after with a fraction", 0, { "retry-after": "1.5" }, 0, 1500],
      [
        "server delay capped at 60 s",
        0,
        { "retry-after": "999999" },
        0,
        60_000,
      ],
      [
        "retry-after-ms capped at 60 s",
        0,
        { "retry-after-ms": "120000" },
        0,
        60_000,
      ],
      [
        "retry-after as an HTTP date",
        0,
        { "retry-after": at(10_000) },
        0,
        10_000,
      ],
      ["a past HTTP date means now", 0, { "retry-after": at(-10_000) }, 0, 0],
      [
        "garbage retry-after falls back to backoff",
        2,
        { "retry-after": "later please" },
        0,
        2000,
      ],
    ],
  )("%s", (_label, retryIndex, headers, random, want) => {
    expect(
      retryDelayMs(
        retryIndex,
        headers === undefined ? undefined : new Headers(headers),
        now,
        random,
      ),
    ).toBe(want);
  });
});

describe("shouldRetry", () => {
  it.each<[number, Record<string, string>, boolean]>([
    [408, {}, true],
    [409, {}, true],
    [429, {}, true],
    [500, {}, true],
    [503, {}, true],
    [400, {}, false],
    [401, {}, false],
    [404, {}, false],
    [422, {}, false],
    [403, {}, false],
    [403, { "retry-after": "30" }, true],
    [403, { "retry-after": "30", "x-should-retry": "false" }, false],
    [401, { "retry-after": "30" }, false],
    [503, { "x-should-retry": "false" }, false],
    [400, { "x-should-retry": "true" }, true],
    [500, { "x-should-retry": "maybe" }, true],
  ])("%i with %j -> %s", (status, headers, want) => {
    expect(shouldRetry(status, new Headers(headers))).toBe(want);
  });
});

describe("retries on the wire", () => {
  it("succeeds after 503s, waiting only as long as retry-after-ms says", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls < 3) res.writeHead(503, { "retry-after-ms": "1" }).end("busy");
      else json(res, 200, { ok: true });
    });
    const log = retryLog(clientLogging);
    expect(await get(api(log.options))).toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
    // Computed backoff would wait 375-500 ms, then 750-1000 ms.
    expect(log.delays()).toEqual([1, 1]);
  });

  it("gives up after maxRetries with the last error and its body", async () => {
    server.reset((_req, res) =>
      json(res, 503, { detail: "down" }, { "retry-after-ms": "1" }),
    );
    const error = await get(api({ maxRetries: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 503, body: { detail: "down" } });
    expect(server.requests).toHaveLength(3);
  });

  it("never retries a 400", async () => {
    server.reset((_req, res) =>
      json(res, 400, { detail: "bad" }, { "retry-after-ms": "1" }),
    );
    await expect(get(api())).rejects.toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(1);
  });

  it("obeys x-should-retry: false", async () => {
    server.reset((_req, res) =>
      json(res, 503, {}, { "x-should-retry": "false" }),
    );
    await expect(get(api())).rejects.toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("lets a per-request maxRetries override the client's", async () => {
    server.reset((_req, res) => json(res, 429, {}, { "retry-after-ms": "1" }));
    const call = APIClient.request(
      api({ maxRetries: 5 }),
      { method: "GET", path: "/r", security: [] },
      { maxRetries: 1 },
    );
    await expect(call).rejects.toMatchObject({
      status: 429,
      name: "RateLimitError",
    });
    expect(server.requests).toHaveLength(2);
  });
});

describe("timeouts and aborts", () => {
  it("times out a request the server never answers", async () => {
    server.reset(() => undefined);
    await expect(
      get(api({ timeout: 100, maxRetries: 0 })),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(server.requests).toHaveLength(1);
  });

  it("times out a body that stalls after the headers", async () => {
    server.reset((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    await expect(
      get(api({ timeout: 100, maxRetries: 0 })),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
  });

  it("retries a timed-out attempt", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls > 1) json(res, 200, { second: true });
    });
    expect(await get(api({ timeout: 100, maxRetries: 1 }))).toEqual({
      second: true,
    });
    expect(server.requests).toHaveLength(2);
  });

  it("turns the caller's abort into APIUserAbortError without retrying", async () => {
    server.reset(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(
      get(api({ maxRetries: 2 }), controller.signal),
    ).rejects.toBeInstanceOf(APIUserAbortError);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(1);
  });

  it("lets the caller abort the wait between retries", async () => {
    // The server asks for a 60 s wait, twice the test's own time limit: only the abort ends it.
    server.reset((_req, res) =>
      json(res, 503, {}, { "retry-after-ms": "60000" }),
    );
    const controller = new AbortController();
    const log = retryLog(clientLogging);
    const call = get(api(log.options), controller.signal);
    await vi.waitFor(() => expect(log.delays()).toEqual([60_000]));
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await expect(get(api(), AbortSignal.abort())).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("detaches from the caller's signal after the request", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const signal = new AbortController().signal;
    const add = vi.spyOn(signal, "addEventListener");
    const remove = vi.spyOn(signal, "removeEventListener");
    await get(api(), signal);
    const added = add.mock.calls.map((args) => args[1]);
    expect(added.length).toBeGreaterThan(0);
    expect(remove.mock.calls.map((args) => args[1])).toEqual(added);
  });
});

describe("connection failures", () => {
  it("rejects with APIConnectionError and its cause when nothing listens", async () => {
    const client = new APIClient(
      {
        baseURL: `http://127.0.0.1:${await closedPort()}`,
        apiKey: null,
        maxRetries: 0,
      },
      config,
    );
    const error = await get(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as APIConnectionError).status).toBeUndefined();
    expect((error as APIConnectionError).cause).toBeInstanceOf(Error);
  });

  it("retries connection errors", async () => {
    const port = await closedPort();
    let calls = 0;
    const countingFetch: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    const client = new APIClient(
      {
        baseURL: `http://127.0.0.1:${port}`,
        apiKey: null,
        maxRetries: 1,
        fetch: countingFetch,
      },
      config,
    );
    await expect(get(client)).rejects.toBeInstanceOf(APIConnectionError);
    expect(calls).toBe(2);
  });
});
