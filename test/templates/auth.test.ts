import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  type ClientOptions,
  type OperationRequest,
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
beforeEach(() => {
  server.reset((_req, res) => json(res, 200, {}));
  other.reset((_req, res) => json(res, 200, {}));
});

function client(options: ClientOptions = {}): APIClient {
  return new APIClient(
    { baseURL: server.url, apiKey: SECRET, maxRetries: 0, ...options },
    config,
  );
}

async function send(
  security: OperationRequest["security"],
  options: ClientOptions = {},
) {
  await client(options).request({
    method: "GET",
    path: "/me",
    query: { q: 1 },
    security,
  });
  const request = server.requests[0];
  if (request === undefined) throw new Error("no request reached the server");
  return request;
}

describe("security schemes", () => {
  it("sends http bearer as an Authorization header", async () => {
    const request = await send([["bearer"]]);
    expect(request.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("sends http basic as base64 of user:pass (UTF-8)", async () => {
    const request = await send([["basic"]], { apiKey: "ädmin:pässword" });
    const encoded = request.headers.authorization?.replace(/^Basic /, "") ?? "";
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe(
      "ädmin:pässword",
    );
  });

  it("puts an apiKey scheme in its header, query parameter or cookie", async () => {
    expect((await send([["headerKey"]])).headers["x-api-key"]).toBe(SECRET);
    server.reset((_req, res) => json(res, 200, {}));
    expect((await send([["queryKey"]])).url).toBe(`/me?q=1&api_key=${SECRET}`);
    server.reset((_req, res) => json(res, 200, {}));
    expect(
      (await send([["cookieKey"]], { defaultHeaders: { cookie: "a=1" } }))
        .headers.cookie,
    ).toBe(`a=1; session=${SECRET}`);
  });

  it("sends an oauth2 token as a bearer token", async () => {
    expect((await send([["oauth"]])).headers.authorization).toBe(
      `Bearer ${SECRET}`,
    );
  });

  it("skips an alternative it cannot satisfy and uses the next", async () => {
    const request = await send([["digest"], ["headerKey"]]);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers["x-api-key"]).toBe(SECRET);
  });

  it("sends the key for optional auth when one is configured", async () => {
    expect((await send([[], ["bearer"]])).headers.authorization).toBe(
      `Bearer ${SECRET}`,
    );
  });

  it("sends no credentials without a key, even where auth is required", async () => {
    const request = await send([["bearer"], ["queryKey"]], { apiKey: null });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.url).toBe("/me?q=1");
  });

  it("sends no credentials for operations without security", async () => {
    expect((await send([])).headers.authorization).toBeUndefined();
  });
});

describe("headers", () => {
  it("applies default headers, per-request overrides and null removal", async () => {
    const api = client({
      defaultHeaders: { "X-Team": "a", "X-Drop": "gone", Accept: "text/plain" },
    });
    await api.request(
      { method: "GET", path: "/h", security: [["bearer"]] },
      { headers: { "x-team": "b", "X-Drop": null, authorization: null } },
    );
    const headers = server.requests[0]?.headers;
    expect(headers?.["x-team"]).toBe("b");
    expect(headers?.["x-drop"]).toBeUndefined();
    expect(headers?.authorization).toBeUndefined();
    expect(headers?.accept).toBe("text/plain");
    expect(headers?.["user-agent"]).not.toContain("TestAPI");
  });

  it("can remove a default header with null in defaultHeaders", async () => {
    await client({ defaultHeaders: { accept: null } }).request({
      method: "GET",
      path: "/h",
      security: [],
    });
    expect(server.requests[0]?.headers.accept).not.toBe("application/json");
  });
});

describe("API key from the environment", () => {
  const env = process.env;
  const saved = env.TESTAPI_API_KEY;
  const restore = () => {
    if (saved === undefined) delete env.TESTAPI_API_KEY;
    else env.TESTAPI_API_KEY = saved;
  };

  it("falls back to the configured environment variable", async () => {
    env.TESTAPI_API_KEY = "from-env";
    try {
      const api = new APIClient({ baseURL: server.url, maxRetries: 0 }, config);
      await api.request({ method: "GET", path: "/me", security: [["bearer"]] });
    } finally {
      restore();
    }
    expect(server.requests[0]?.headers.authorization).toBe("Bearer from-env");
  });

  it("ignores the environment when apiKey is null", async () => {
    env.TESTAPI_API_KEY = "from-env";
    try {
      const api = new APIClient(
        { baseURL: server.url, maxRetries: 0, apiKey: null },
        config,
      );
      await api.request({ method: "GET", path: "/me", security: [["bearer"]] });
    } finally {
      restore();
    }
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });
});

describe("redirects", () => {
  function redirectTo(location: string): void {
    server.reset((req, res) => {
      if (req.url === "/start") res.writeHead(307, { location }).end();
      else json(res, 200, { at: "same-origin" });
    });
  }

  it("drops a custom credential header when a redirect leaves the origin", async () => {
    redirectTo(`${other.url}/landing`);
    const data = await client().request({
      method: "GET",
      path: "/start",
      security: [["headerKey"]],
    });
    expect(data).toEqual({});
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers["x-api-key"]).toBeUndefined();
  });

  it("keeps the credential header on a same-origin redirect", async () => {
    redirectTo("/landing");
    const data = await client().request({
      method: "GET",
      path: "/start",
      security: [["headerKey"]],
    });
    expect(data).toEqual({ at: "same-origin" });
    expect(server.requests[1]?.headers["x-api-key"]).toBe(SECRET);
  });

  it("does not forward the bearer token to another origin", async () => {
    redirectTo(`${other.url}/landing`);
    await client().request({
      method: "GET",
      path: "/start",
      security: [["bearer"]],
    });
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });
});
