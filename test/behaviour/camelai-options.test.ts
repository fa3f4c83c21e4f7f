import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import CamelAI, {
  camelAIValidator,
  ResponseValidationError,
} from "../../generated/camelai/index.js";
import { API_KEY, connection } from "../helpers/camelai.js";
import { json, startServer, type TestServer } from "../templates/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllEnvs());

describe("CamelAI's options", () => {
  it("take the base URL from CAMELAI_BASE_URL, after the baseURL option and before the schema's server", async () => {
    server.reset((_req, res) => json(res, 200, connection()));
    vi.stubEnv("CAMELAI_BASE_URL", `${server.url}/env`);
    await new CamelAI({ apiKey: API_KEY, maxRetries: 0 }).sources.retrieve("1");
    await new CamelAI({ apiKey: API_KEY, maxRetries: 0, baseURL: `${server.url}/option` }).sources.retrieve("1");
    expect(server.requests.map((req) => req.url)).toEqual(["/env/api/v1/sources/1/", "/option/api/v1/sources/1/"]);
    vi.stubEnv("CAMELAI_BASE_URL", "");
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json(connection()));
    await new CamelAI({ apiKey: API_KEY, fetch }).sources.retrieve("1");
    expect(String(fetch.mock.calls[0]?.[0])).toMatch(/^https:\/\/api\.camelai\.com\//);
  });

  it("withOptions keeps the parent's validator and key on a derived CamelAI with every resource", async () => {
    server.reset((_req, res) => json(res, 200, { id: "not a number" }));
    const parent = new CamelAI({ apiKey: API_KEY, baseURL: server.url, maxRetries: 0, validator: camelAIValidator });
    const derived = parent.withOptions({ validate: "throw" });
    expect(derived).toBeInstanceOf(CamelAI);
    expect(Object.keys(derived).sort()).toEqual(Object.keys(parent).sort());
    await expect(derived.sources.retrieve("1")).rejects.toBeInstanceOf(ResponseValidationError);
    await expect(parent.sources.retrieve("1")).resolves.toEqual({ id: "not a number" });
    expect(server.requests.map((req) => req.headers.authorization)).toEqual([`Bearer ${API_KEY}`, `Bearer ${API_KEY}`]);
  });

  it("run the hooks on every attempt of a generated call", async () => {
    server.reset((_req, res) => (server.requests.length === 1 ? json(res, 503, {}, { "retry-after-ms": "1" }) : json(res, 200, connection())));
    const events: string[] = [];
    const camel = new CamelAI({
      apiKey: API_KEY,
      baseURL: server.url,
      maxRetries: 1,
      onRequest: async (request) => {
        await Promise.resolve();
        events.push(`request ${request.retryIndex} ${request.init.method ?? ""}`);
      },
      onResponse: (response, request) => {
        events.push(`response ${request.retryIndex} ${response.status}`);
      },
    });
    await expect(camel.sources.retrieve("42")).resolves.toEqual(connection());
    expect(events).toEqual(["request 0 GET", "response 0 503", "request 1 GET", "response 1 200"]);
  });
});
