import { Agent, buildConnector } from "undici";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  APIClient,
  jsonBody,
  type ClientOptions,
  type FetchOptions,
  type OperationRequest,
} from "../../templates/index.js";
import { extraInit } from "../../templates/fetch-options.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const POST: OperationRequest = {
  method: "POST",
  path: "/things",
  body: { a: 1 },
  contentTypes: { "application/json": jsonBody },
  security: [],
};

function spied(options: ClientOptions) {
  const fetch = vi.fn<typeof globalThis.fetch>(async () =>
    Response.json({ ok: true }),
  );
  const api = new APIClient(
    { baseURL: "http://127.0.0.1:1", apiKey: null, fetch, ...options },
    config,
  );
  const init = (call = 0): RequestInit & Record<string, unknown> => {
    const args = fetch.mock.calls[call];
    if (args === undefined)
      throw new Error(`fetch was not called ${call + 1} times`);
    return args[1] as RequestInit & Record<string, unknown>;
  };
  return { api, fetch, init };
}

describe("fetchOptions", () => {
  it("reach every fetch, the call's winning field by field over the client's", async () => {
    const { api, init } = spied({
      fetchOptions: { keepalive: true, cache: "no-store", mode: "cors" },
    });
    await APIClient.request(api, POST);
    await APIClient.request(api, POST, {
      fetchOptions: { cache: "reload", credentials: "include" },
    });
    expect(init(0)).toMatchObject({
      keepalive: true,
      cache: "no-store",
      mode: "cors",
    });
    expect(init(1)).toMatchObject({
      keepalive: true,
      cache: "reload",
      mode: "cors",
      credentials: "include",
    });
  });

  it("never replace the client's method, headers, body, signal or redirect handling", async () => {
    const owned = {
      method: "DELETE",
      headers: { "x-from-options": "1" },
      body: "other",
      signal: AbortSignal.abort(),
      redirect: "error",
      priority: "high",
    } as unknown as FetchOptions;
    const { api, init } = spied({ fetchOptions: owned });
    await APIClient.request(api, POST, { headers: { "x-call": "2" } });
    const sent = init();
    expect(sent.method).toBe("POST");
    expect(sent.body).toBe('{"a":1}');
    expect(sent.redirect).toBeUndefined();
    expect(sent.signal?.aborted).toBe(false);
    expect(sent.priority).toBe("high");
    const headers = new Headers(sent.headers);
    expect(headers.get("x-call")).toBe("2");
    expect(headers.has("x-from-options")).toBe(false);
  });

  it("are refused by the type for the fields the client owns", () => {
    // @ts-expect-error the client sets the method
    const method: FetchOptions = { method: "GET" };
    // @ts-expect-error headers go through defaultHeaders and headers
    const headers: FetchOptions = { headers: {} };
    const dispatcher: FetchOptions = { dispatcher: {}, keepalive: true };
    expect(extraInit(method, headers, dispatcher)).toEqual({
      dispatcher: {},
      keepalive: true,
    });
  });

  it("pass an undici dispatcher to the global fetch, which sends through it", async () => {
    server.reset((_req, res) => json(res, 200, { ok: true }));
    let connections = 0;
    const connect = buildConnector({});
    const agent = new Agent({
      connect: (options, callback) => {
        connections++;
        connect(options, callback);
      },
    });
    try {
      const api = new APIClient(
        { baseURL: server.url, apiKey: null, maxRetries: 0 },
        config,
      );
      await APIClient.request(api, POST);
      expect(connections).toBe(0);
      const viaAgent = api.withOptions({ fetchOptions: { dispatcher: agent } });
      await expect(APIClient.request(viaAgent, POST)).resolves.toEqual({
        ok: true,
      });
      expect(connections).toBe(1);
      expect(server.requests).toHaveLength(2);
    } finally {
      await agent.close();
    }
  });
});
