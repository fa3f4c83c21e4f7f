import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  inQuery,
  InvalidParameterError,
  MissingCredentialError,
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
  await APIClient.request(client(options), {
    method: "GET",
    path: "/me",
    parameters: [{ name: "q", in: "query", value: 1 }],
    serializers: [inQuery],
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

  it("sends a basic apiKey without a colon as a user-id with an empty password (Stripe's secret key)", async () => {
    const request = await send([["basic"]], { apiKey: "sk_test_4eC39H" });
    const encoded = request.headers.authorization?.replace(/^Basic /, "") ?? "";
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe("sk_test_4eC39H:");
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

  it("refuses, before sending, a call whose required auth has no credential", async () => {
    const error = await APIClient.request(client({ apiKey: null }), {
      method: "GET",
      path: "/me",
      security: [["bearer"], ["queryKey"]],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCredentialError);
    expect(server.requests).toHaveLength(0);
  });

  it("sends no credentials for operations without security", async () => {
    expect((await send([])).headers.authorization).toBeUndefined();
  });
});

describe("apiKeyPrefix and per-scheme credentials", () => {
  it("puts apiKeyPrefix before the key of apiKey schemes only", async () => {
    const drf = await send([["drfToken"]], { apiKeyPrefix: "Token " });
    expect(drf.headers.authorization).toBe(`Token ${SECRET}`);
    server.reset((_req, res) => json(res, 200, {}));
    const query = await send([["queryKey"]], { apiKeyPrefix: "Token " });
    expect(new URL(query.url, server.url).searchParams.get("api_key")).toBe(
      `Token ${SECRET}`,
    );
    server.reset((_req, res) => json(res, 200, {}));
    const bearer = await send([["bearer"]], { apiKeyPrefix: "Token " });
    expect(bearer.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("prefers a credential given by scheme name over apiKey", async () => {
    const request = await send([["headerKey", "bearer"]], {
      credentials: { headerKey: "header-secret" },
    });
    expect(request.headers["x-api-key"]).toBe("header-secret");
    expect(request.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("sends username and password for basic, and never a pair as a token", async () => {
    const basic = await send([["basic"]], {
      apiKey: null,
      credentials: { basic: { username: "ädmin", password: "pä:ss" } },
    });
    const encoded = basic.headers.authorization?.replace(/^Basic /, "") ?? "";
    expect(Buffer.from(encoded, "base64").toString("utf8")).toBe("ädmin:pä:ss");
    server.reset((_req, res) => json(res, 200, {}));
    const bearer = await send([["bearer"], ["headerKey"]], {
      apiKey: null,
      credentials: {
        bearer: { username: "u", password: "p" },
        headerKey: "fallback",
      },
    });
    expect(bearer.headers.authorization).toBeUndefined();
    expect(bearer.headers["x-api-key"]).toBe("fallback");
  });

  it("refuses a basic username containing a colon, without echoing the password", async () => {
    const error = await APIClient.request(
      client({
        credentials: { basic: { username: "a:b", password: SECRET } },
      }),
      { method: "GET", path: "/me", security: [["basic"]] },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(String(error)).not.toContain(SECRET);
    expect(server.requests).toHaveLength(0);
  });
});

describe("security requirements", () => {
  it("sends every scheme of a requirement together", async () => {
    const request = await send([["drfToken", "tenant"]], {
      apiKey: null,
      credentials: { drfToken: "Token abc", tenant: "acme" },
    });
    expect(request.headers.authorization).toBe("Token abc");
    expect(request.headers["x-tenant"]).toBe("acme");
  });

  it("skips a requirement missing one of its schemes, sending none of it", async () => {
    const request = await send([["drfToken", "tenant"], ["queryKey"]], {
      apiKey: null,
      credentials: { drfToken: "Token abc", queryKey: "q-secret" },
    });
    expect(request.headers.authorization).toBeUndefined();
    expect(request.url).toBe("/me?q=1&api_key=q-secret");
  });

  it("lets apiKey stand in for one scheme of a requirement, the others given by name", async () => {
    const request = await send([["tenant", "headerKey"]], {
      credentials: { tenant: "acme" },
    });
    expect([request.headers["x-tenant"], request.headers["x-api-key"]]).toEqual(
      ["acme", SECRET],
    );
  });

  it("never sends apiKey under two schemes of one requirement (an app id and a key)", async () => {
    const error = await APIClient.request(client({}), {
      method: "GET",
      path: "/me",
      security: [["tenant", "headerKey"]],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingCredentialError);
    expect(server.requests).toHaveLength(0);
  });

  it("takes the first satisfiable requirement in schema order", async () => {
    const request = await send([["tenant"], ["bearer"]], {
      credentials: { tenant: "acme" },
    });
    expect(request.headers["x-tenant"]).toBe("acme");
    expect(request.headers.authorization).toBeUndefined();
  });

  it("sends nothing when only the anonymous alternative is satisfiable", async () => {
    const request = await send([["drfToken", "tenant"], []], {
      apiKey: null,
      credentials: { tenant: "acme" },
    });
    expect(request.headers["x-tenant"]).toBeUndefined();
    expect(request.headers.authorization).toBeUndefined();
  });

  it("ignores a credential for a scheme the schema does not have", async () => {
    const request = await send([["nonexistent"], ["bearer"]], {
      credentials: { nonexistent: "x" },
    });
    expect(request.headers.authorization).toBe(`Bearer ${SECRET}`);
  });
});

describe("headers", () => {
  it("applies default headers, per-request overrides and null removal", async () => {
    const api = client({
      defaultHeaders: { "X-Team": "a", "X-Drop": "gone", Accept: "text/plain" },
    });
    await APIClient.request(
      api,
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
    await APIClient.request(client({ defaultHeaders: { accept: null } }), {
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
      await APIClient.request(api, {
        method: "GET",
        path: "/me",
        security: [["bearer"]],
      });
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
      await APIClient.request(api, {
        method: "GET",
        path: "/me",
        security: [[], ["bearer"]],
      });
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
    const data = await APIClient.request(client(), {
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
    const data = await APIClient.request(client(), {
      method: "GET",
      path: "/start",
      security: [["headerKey"]],
    });
    expect(data).toEqual({ at: "same-origin" });
    expect(server.requests[1]?.headers["x-api-key"]).toBe(SECRET);
  });

  it("drops cookies, custom headers and the authorization header together", async () => {
    redirectTo(`${other.url}/landing`);
    await APIClient.request(
      client({
        credentials: {
          drfToken: "Token drf-secret",
          tenant: "acme",
          cookieKey: SECRET,
        },
        defaultHeaders: { cookie: "sid=1" },
      }),
      {
        method: "GET",
        path: "/start",
        security: [["drfToken", "tenant", "cookieKey", "headerKey"]],
      },
    );
    expect(server.requests[0]?.headers.cookie).toBe(`sid=1; session=${SECRET}`);
    const landed = other.requests[0]?.headers;
    expect(landed).toBeDefined();
    for (const name of ["authorization", "x-tenant", "cookie", "x-api-key"])
      expect(landed?.[name]).toBeUndefined();
  });

  it("removes a query credential the server copies into a cross-origin Location", async () => {
    server.reset((req, res) => {
      const query = req.url.slice(req.url.indexOf("?"));
      res.writeHead(302, { location: `${other.url}/landing${query}` }).end();
    });
    await send([["queryKey"]]);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.url).toBe("/landing?q=1");
  });

  it("keeps a query credential the server copies into a same-origin Location", async () => {
    server.reset((req, res) => {
      if (req.url.startsWith("/me")) {
        const query = req.url.slice(req.url.indexOf("?"));
        res.writeHead(302, { location: `/landing${query}` }).end();
      } else json(res, 200, {});
    });
    await send([["queryKey"]]);
    expect(server.requests[1]?.url).toBe(`/landing?q=1&api_key=${SECRET}`);
  });

  it("keeps custom credential headers and cookies on a same-origin redirect", async () => {
    redirectTo("/landing");
    await APIClient.request(client({ credentials: { tenant: "acme" } }), {
      method: "GET",
      path: "/start",
      security: [["tenant", "cookieKey"]],
    });
    expect(server.requests[1]?.headers["x-tenant"]).toBe("acme");
    expect(server.requests[1]?.headers.cookie).toBe(`session=${SECRET}`);
  });

  it("does not forward the bearer token to another origin", async () => {
    redirectTo(`${other.url}/landing`);
    await APIClient.request(client(), {
      method: "GET",
      path: "/start",
      security: [["bearer"]],
    });
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });
});
