import type { ServerResponse } from "node:http";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import {
  APIClient,
  APIConnectionTimeoutError,
  type ClientOptions,
  type OperationRequest,
} from "../../templates/index.js";
import { mergeOptions } from "../../templates/client-options.js";
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
afterEach(() => vi.unstubAllEnvs());

const GET: OperationRequest = {
  method: "GET",
  path: "/w",
  security: [["bearer"]],
};

/** Answers nothing until `release()`, so a short timeout expires while a long one does not. */
function holding(target: TestServer) {
  const waiting: ServerResponse[] = [];
  target.reset((_req, res) => waiting.push(res));
  return {
    release: () => {
      for (const res of waiting) json(res, 200, { held: true });
    },
  };
}

describe("withOptions", () => {
  it("derives a client with the options merged over the parent's; the parent is unchanged", async () => {
    const parent = new APIClient(
      {
        baseURL: server.url,
        apiKey: SECRET,
        maxRetries: 0,
        defaultHeaders: { "x-team": "a", "x-keep": "k" },
      },
      config,
    );
    const derived = parent.withOptions({
      baseURL: other.url,
      timeout: 50,
      defaultHeaders: { "x-team": "b", "x-keep": null, "x-extra": "e" },
    });
    const held = holding(other);
    await expect(APIClient.request(derived, GET)).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    held.release();
    other.reset((_req, res) => json(res, 200, { at: "derived" }));
    // A per-call timeout, so that a slow machine cannot turn the derived client's 50 ms against it.
    await expect(APIClient.request(derived, GET, { timeout: 60_000 })).resolves.toEqual({
      at: "derived",
    });
    // The parent keeps its 60 s timeout: held for longer than the derived client's 50 ms, it still answers.
    const parentHeld = holding(server);
    const parentCall = APIClient.request(parent, GET);
    await vi.waitFor(() => expect(server.requests).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    parentHeld.release();
    await expect(parentCall).resolves.toEqual({ held: true });

    const fromParent = server.requests[0]?.headers;
    expect(fromParent?.["x-team"]).toBe("a");
    expect(fromParent?.["x-keep"]).toBe("k");
    expect(fromParent?.["x-extra"]).toBeUndefined();
    expect(fromParent?.authorization).toBe(`Bearer ${SECRET}`);
    const fromDerived = other.requests[0]?.headers;
    expect(fromDerived?.["x-team"]).toBe("b");
    expect(fromDerived?.["x-keep"]).toBeUndefined();
    expect(fromDerived?.["x-extra"]).toBe("e");
    expect(fromDerived?.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("makes an instance of the same class, with its constructor's defaults", async () => {
    class Custom extends APIClient {
      constructor(options: ClientOptions = {}) {
        super(
          { maxRetries: 0, ...options, defaultHeaders: { "x-custom": "1" } },
          config,
        );
      }
    }
    const derived = new Custom({ baseURL: "http://127.0.0.1:1" }).withOptions({
      baseURL: server.url,
      apiKey: null,
    });
    expect(derived).toBeInstanceOf(Custom);
    server.reset((_req, res) => json(res, 200, {}));
    await APIClient.request(derived, { ...GET, security: [] });
    expect(server.requests[0]?.headers["x-custom"]).toBe("1");
  });

  it("keeps the parent's options from the caller's later changes", async () => {
    const headers: Record<string, string> = { "x-team": "a" };
    const parent = new APIClient(
      { baseURL: server.url, apiKey: null, defaultHeaders: headers },
      config,
    );
    headers["x-team"] = "changed";
    server.reset((_req, res) => json(res, 200, {}));
    await APIClient.request(parent.withOptions({}), { ...GET, security: [] });
    expect(server.requests[0]?.headers["x-team"]).toBe("a");
  });

  it("sends no key when the derived client says apiKey: null", async () => {
    const parent = new APIClient(
      { baseURL: server.url, apiKey: SECRET, maxRetries: 0 },
      config,
    );
    server.reset((_req, res) => json(res, 200, {}));
    await APIClient.request(parent.withOptions({ apiKey: null }), {
      ...GET,
      security: [["bearer"], []],
    });
    await APIClient.request(parent, GET);
    expect(server.requests.map((req) => req.headers.authorization)).toEqual([
      undefined,
      `Bearer ${SECRET}`,
    ]);
  });
});

describe("mergeOptions", () => {
  it.each<[ClientOptions, ClientOptions, ClientOptions]>([
    [
      { timeout: 1, maxRetries: 3 },
      { timeout: 2 },
      { timeout: 2, maxRetries: 3 },
    ],
    [{ apiKey: "a" }, { apiKey: null }, { apiKey: null }],
    [{ timeout: 1 }, { timeout: undefined }, { timeout: undefined }],
    [
      { defaultHeaders: { a: "1", b: "2" } },
      { defaultHeaders: { b: null, c: "3" } },
      { defaultHeaders: { a: "1", b: null, c: "3" } },
    ],
    [
      { credentials: { bearer: "x", tenant: "t" } },
      { credentials: { bearer: "y" } },
      { credentials: { bearer: "y", tenant: "t" } },
    ],
    [
      { fetchOptions: { keepalive: true, cache: "no-store" } },
      { fetchOptions: { cache: "reload" } },
      { fetchOptions: { keepalive: true, cache: "reload" } },
    ],
    [{}, { defaultHeaders: { a: "1" } }, { defaultHeaders: { a: "1" } }],
  ])("%j with %j -> %j", (parent, child, want) => {
    expect(mergeOptions(parent, child)).toEqual(want);
  });
});

describe("the base URL from the environment", () => {
  async function sentTo(options: ClientOptions): Promise<string | undefined> {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json({}));
    const api = new APIClient({ apiKey: null, fetch, ...options }, config);
    await APIClient.request(api, { ...GET, security: [] });
    const url = fetch.mock.calls[0]?.[0];
    return typeof url === "string" ? new URL(url).origin : undefined;
  }

  it("takes the option first, then the environment variable, then the schema's server", async () => {
    vi.stubEnv("TESTAPI_BASE_URL", "http://from-env.test");
    expect(await sentTo({ baseURL: "http://from-option.test" })).toBe(
      "http://from-option.test",
    );
    expect(await sentTo({})).toBe("http://from-env.test");
    vi.stubEnv("TESTAPI_BASE_URL", " ");
    expect(await sentTo({})).toBe(new URL(config.defaultBaseURL).origin);
    vi.stubEnv("TESTAPI_BASE_URL", undefined);
    expect(await sentTo({})).toBe(new URL(config.defaultBaseURL).origin);
  });
});
