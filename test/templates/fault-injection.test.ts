import type { ServerResponse } from "node:http";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  APIClient,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  RateLimitError,
  type ClientOptions,
  clientLogging,
} from "../../templates/index.js";
import { retryLog } from "../helpers/retry-log.js";
import { SECRET, config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const api = (options: ClientOptions = {}) =>
  new APIClient(
    { baseURL: server.url, apiKey: SECRET, logLevel: "off", ...options },
    config,
  );
const get = (client: APIClient, signal?: AbortSignal) =>
  APIClient.request<unknown>(
    client,
    { method: "GET", path: "/f", security: [["queryKey"]] },
    signal === undefined ? {} : { signal },
  );
/** A fetch that never answers but, like a real one, rejects when its signal aborts. */
const neverAnswers = (_url: string | URL | Request, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener("abort", () => reject(init.signal?.reason));
  });
/** A promise's state, readable synchronously while fake timers advance. */
function settled(promise: Promise<unknown>) {
  const outcome: { state: "pending" | "fulfilled" | "rejected"; reason?: unknown } = { state: "pending" };
  promise.then(
    () => (outcome.state = "fulfilled"),
    (reason: unknown) => Object.assign(outcome, { state: "rejected", reason }),
  );
  return outcome;
}
const activeTimers = () =>
  process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

describe("a connection reset in the middle of the body", () => {
  const resetMidBody = (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-length": "1000",
    });
    res.write('{"partial": "', () => res.socket?.destroy());
  };

  it("is an APIConnectionError with the cause, the key nowhere in it", async () => {
    server.reset(resetMidBody);
    const error = await get(api({ maxRetries: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(inspect(error, { depth: Infinity, showHidden: true })).not.toContain(
      SECRET,
    );
    expect(server.requests).toHaveLength(1);
  });

  it("is retried, and the retry's answer is the result", async () => {
    let calls = 0;
    server.reset((req, res) => {
      calls += 1;
      if (calls === 1) resetMidBody(req, res);
      else json(res, 200, { whole: true });
    });
    // The first retry waits 375-500 ms of computed backoff.
    expect(await get(api({ maxRetries: 1 }))).toEqual({ whole: true });
    expect(server.requests).toHaveLength(2);
  });
});

describe("a server that never answers", () => {
  it("times out at the configured time, not a moment before", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const stuck = api({ timeout: 150, maxRetries: 0, fetch: neverAnswers });
      const outcome = settled(get(stuck));
      await vi.advanceTimersByTimeAsync(149);
      expect(outcome.state).toBe("pending");
      await vi.advanceTimersByTimeAsync(1);
      expect(outcome.state).toBe("rejected");
      expect(outcome.reason).toBeInstanceOf(APIConnectionTimeoutError);
    } finally {
      vi.useRealTimers();
    }
  });

  it("closes the connection of a timed-out request", async () => {
    const closed = new Promise<void>((resolve) => {
      server.reset((_req, res) => res.on("close", () => resolve()));
    });
    const error = await get(api({ timeout: 150, maxRetries: 0 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    await closed;
    expect(server.requests).toHaveLength(1);
  });

  it("lets a per-request timeout override the client's", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const call = settled(
        APIClient.request(
          api({ timeout: 60_000, maxRetries: 0, fetch: neverAnswers }),
          { method: "GET", path: "/f", security: [] },
          { timeout: 80 },
        ),
      );
      await vi.advanceTimersByTimeAsync(80);
      expect(call.state).toBe("rejected");
      expect(call.reason).toBeInstanceOf(APIConnectionTimeoutError);
    } finally {
      vi.useRealTimers();
    }
  });

  it("times out even when the fetch implementation ignores the signal", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    try {
      const stuck = api({
        timeout: 100,
        maxRetries: 0,
        fetch: () => new Promise<Response>(() => undefined),
      });
      const call = settled(get(stuck));
      await vi.advanceTimersByTimeAsync(100);
      expect(call.state).toBe("rejected");
      expect(call.reason).toBeInstanceOf(APIConnectionTimeoutError);
    } finally {
      vi.useRealTimers();
    }
  });

  it("leaves no timer behind once a request is over", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const before = activeTimers();
    await get(api({ timeout: 60_000 }));
    expect(activeTimers()).toBe(before);
  });
});

describe("rate limiting", () => {
  it("retries a 429 after retry-after-ms, then gives the answer", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls === 1) json(res, 429, {}, { "retry-after-ms": "1" });
      else json(res, 200, { calls });
    });
    const log = retryLog(clientLogging);
    expect(await get(api(log.options))).toEqual({ calls: 2 });
    expect(server.requests).toHaveLength(2);
    expect(log.delays()).toEqual([1]);
  });

  it("honours retry-after: 0 as an immediate retry", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls < 3) json(res, 429, {}, { "retry-after": "0" });
      else json(res, 200, { calls });
    });
    const log = retryLog(clientLogging);
    expect(await get(api(log.options))).toEqual({ calls: 3 });
    // Computed backoff would wait 375-500 ms, then 750-1000 ms.
    expect(log.delays()).toEqual([0, 0]);
  });

  it("gives up with RateLimitError carrying the request id", async () => {
    server.reset((_req, res) =>
      json(
        res,
        429,
        { detail: "slow down" },
        {
          "retry-after-ms": "1",
          "x-request-id": "req_429",
        },
      ),
    );
    const error = await get(api({ maxRetries: 1 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, requestId: "req_429" });
    expect(server.requests).toHaveLength(2);
  });
});

describe("503 twice, then success", () => {
  it("makes exactly three requests", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls <= 2) json(res, 503, {}, { "retry-after-ms": "1" });
      else json(res, 200, { ok: true });
    });
    expect(await get(api())).toEqual({ ok: true });
    expect(server.requests).toHaveLength(3);
  });
});

describe("an aborted request", () => {
  it("rejects with APIUserAbortError, is not retried and closes the connection", async () => {
    const controller = new AbortController();
    const closed = new Promise<void>((resolve) => {
      server.reset((_req, res) => {
        res.on("close", () => resolve());
        controller.abort();
      });
    });
    const error = await get(api({ maxRetries: 2 }), controller.signal).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    await closed;
    expect(server.requests).toHaveLength(1);
  });
});
