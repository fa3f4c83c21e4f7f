import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import { newIdempotencyKey } from "../../templates/idempotency.js";
import {
  APIClient,
  type ClientOptions,
  type HttpMethod,
  inHeader,
  type RequestOptions,
} from "../../templates/index.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllGlobals());

const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function send(
  method: HttpMethod,
  clientOptions: ClientOptions = { idempotencyHeader: "Idempotency-Key" },
  options: RequestOptions = {},
) {
  const api = new APIClient(
    { baseURL: server.url, apiKey: null, logLevel: "off", ...clientOptions },
    config,
  );
  return APIClient.request(
    api,
    {
      method,
      path: "/i",
      security: [],
      ...(method === "POST" || method === "PATCH" ? { body: { a: 1 } } : {}),
    },
    options,
  );
}

const keys = () => server.requests.map((req) => req.headers["idempotency-key"]);

describe("idempotency keys", () => {
  it("sends one key per POST, the same on every retry", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls < 3) json(res, 503, {}, { "retry-after-ms": "1" });
      else json(res, 201, {});
    });
    await send("POST");
    const sent = keys();
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(UUID);
    expect(new Set(sent).size).toBe(1);
  });

  it("makes a new key for each call", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await send("PATCH");
    await send("PATCH");
    const [first, second] = keys();
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(first).not.toBe(second);
  });

  it.each<HttpMethod>(["COPY", "LINK"])(
    "sends one on the extension method %s, which may not be idempotent",
    async (method) => {
      server.reset((_req, res) => json(res, 200, {}));
      await send(method);
      expect(server.requests[0]?.method).toBe(method);
      expect(keys()[0]).toMatch(UUID);
    },
  );

  it.each<HttpMethod>(["GET", "PUT", "DELETE", "HEAD", "QUERY"])(
    "sends none on %s",
    async (method) => {
      server.reset((_req, res) => json(res, 200, {}));
      await send(method);
      expect(keys()).toEqual([undefined]);
    },
  );

  it("sends none without idempotencyHeader", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await send("POST", {});
    expect(Object.keys(server.requests[0]?.headers ?? {})).not.toContain(
      "idempotency-key",
    );
  });

  it("sends the caller's key as Idempotency-Key where the client names no header", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await send("POST", {}, { idempotencyKey: "order-42" });
    expect(keys()).toEqual(["order-42"]);
  });

  it("sends the key of a declared Idempotency-Key header parameter in place of a new one (Adyen's payments)", async () => {
    server.reset((_req, res) => json(res, 201, {}));
    const api = new APIClient(
      {
        baseURL: server.url,
        apiKey: null,
        logLevel: "off",
        idempotencyHeader: "Idempotency-Key",
      },
      config,
    );
    await APIClient.request(api, {
      method: "POST",
      path: "/i",
      security: [],
      body: { a: 1 },
      parameters: [
        { name: "Idempotency-Key", in: "header", value: "from-param" },
      ],
      serializers: [inHeader],
    });
    expect(keys()).toEqual(["from-param"]);
  });

  it("uses the caller's key on every retry", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls < 2) json(res, 409, {}, { "retry-after-ms": "1" });
      else json(res, 200, {});
    });
    await send(
      "POST",
      { idempotencyHeader: "X-Idem" },
      { idempotencyKey: "order-42" },
    );
    expect(server.requests.map((req) => req.headers["x-idem"])).toEqual([
      "order-42",
      "order-42",
    ]);
  });
});

describe("newIdempotencyKey", () => {
  it("falls back to random hex without randomUUID", () => {
    vi.stubGlobal("crypto", {
      getRandomValues: (bytes: Uint8Array) => bytes.fill(171),
    });
    expect(newIdempotencyKey()).toBe("ab".repeat(16));
  });

  it("works with no crypto at all", () => {
    vi.stubGlobal("crypto", undefined);
    const first = newIdempotencyKey();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(first);
  });
});
