import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  clientLogging,
  type ClientOptions,
  type Logger,
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

const BEARER: OperationRequest = {
  method: "GET",
  path: "/h",
  security: [["bearer"]],
};

function client(options: ClientOptions): APIClient {
  return new APIClient(
    { baseURL: server.url, apiKey: SECRET, maxRetries: 0, ...options },
    config,
  );
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe("onRequest and onResponse", () => {
  it("run on every attempt, in order, each awaited before the next step", async () => {
    const events: string[] = [];
    server.reset((req, res) => {
      events.push(`server ${String(req.headers["x-attempt"])}`);
      if (server.requests.length === 1)
        json(res, 503, {}, { "retry-after-ms": "1" });
      else json(res, 200, { ok: true });
    });
    const api = client({
      maxRetries: 2,
      onRequest: async (request) => {
        await tick();
        request.init.headers.set("x-attempt", String(request.retryIndex));
        events.push(`request ${request.retryIndex}`);
      },
      onResponse: async (response, request) => {
        await tick();
        events.push(`response ${response.status} ${request.retryIndex}`);
      },
    });
    await expect(APIClient.request(api, BEARER)).resolves.toEqual({
      ok: true,
    });
    expect(events).toEqual([
      "request 0",
      "server 0",
      "response 503 0",
      "request 1",
      "server 1",
      "response 200 1",
    ]);
  });

  it("see the credentials, while the log stays redacted", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const seen: (string | null)[] = [];
    const lines: string[] = [];
    const record = (message: string, ...details: unknown[]) =>
      lines.push(JSON.stringify([message, ...details]));
    const logger: Logger = {
      error: record,
      warn: record,
      info: record,
      debug: record,
    };
    const api = client({
      logging: clientLogging,
      logger,
      logLevel: "debug",
      onRequest: (request) => {
        seen.push(request.init.headers.get("authorization"));
      },
    });
    await APIClient.request(api, BEARER);
    expect(seen).toEqual([`Bearer ${SECRET}`]);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toContain(SECRET);
  });

  it("reject the call with what onRequest throws, before anything is sent", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const failure = new Error("refused by the hook");
    const api = client({
      maxRetries: 2,
      onRequest: () => {
        throw failure;
      },
    });
    await expect(APIClient.request(api, BEARER)).rejects.toBe(failure);
    expect(server.requests).toHaveLength(0);
  });

  it("reject the call with what onResponse throws, without retrying", async () => {
    server.reset((_req, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const failure = new Error("bad response");
    const api = client({
      maxRetries: 2,
      onResponse: async () => {
        await tick();
        throw failure;
      },
    });
    await expect(APIClient.request(api, BEARER)).rejects.toBe(failure);
    expect(server.requests).toHaveLength(1);
  });

  it("reject the call, without retrying, when onResponse reads the body the call needs", async () => {
    server.reset((_req, res) => json(res, 200, { ok: true }));
    const read: unknown[] = [];
    const api = client({
      maxRetries: 2,
      onResponse: async (response) => {
        read.push(await response.json());
      },
    });
    await expect(APIClient.request(api, BEARER)).rejects.toMatchObject({
      name: "TypeError",
      message: "onResponse read the body; read a clone()",
    });
    expect([read, server.requests.length]).toEqual([[{ ok: true }], 1]);
  });

  it("see the final response of a redirect once, and may read a clone of its body", async () => {
    server.reset((req, res) => {
      if (req.url === "/start") res.writeHead(307, { location: "/end" }).end();
      else json(res, 200, { at: "end" });
    });
    const seen: unknown[] = [];
    const api = client({
      onRequest: (request) => {
        seen.push(new URL(request.url).pathname);
      },
      onResponse: async (response) => {
        seen.push(response.status, await response.clone().json());
      },
    });
    const data = await APIClient.request(api, {
      method: "GET",
      path: "/start",
      security: [],
    });
    expect(data).toEqual({ at: "end" });
    expect(seen).toEqual(["/start", 200, { at: "end" }]);
    expect(server.requests.map((req) => req.url)).toEqual(["/start", "/end"]);
  });

  it("may change the URL and headers; a header the hook adds never reaches another origin", async () => {
    server.reset((req, res) => {
      if (req.url === "/moved")
        res.writeHead(307, { location: `${other.url}/landing` }).end();
      else json(res, 200, {});
    });
    other.reset((_req, res) => json(res, 200, { at: "other" }));
    const api = client({
      onRequest: (request) => {
        request.url = `${server.url}/moved`;
        request.init.headers.set("x-signature", "signed");
      },
    });
    const data = await APIClient.request(api, BEARER);
    expect(data).toEqual({ at: "other" });
    expect(server.requests.map((req) => req.url)).toEqual(["/moved"]);
    expect(server.requests[0]?.headers["x-signature"]).toBe("signed");
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]?.headers["x-signature"]).toBeUndefined();
    expect(other.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("give each attempt its own copy of the headers", async () => {
    server.reset((_req, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const api = client({
      maxRetries: 2,
      onRequest: (request) => {
        request.init.headers.append("x-count", "1");
      },
    });
    await expect(APIClient.request(api, BEARER)).rejects.toMatchObject({
      status: 503,
    });
    expect(server.requests.map((req) => req.headers["x-count"])).toEqual([
      "1",
      "1",
      "1",
    ]);
  });
});
