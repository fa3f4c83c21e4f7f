import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  APIConnectionError,
  APIError,
  APIUserAbortError,
  NotFoundError,
  ResponseValidationError,
  inQuery,
  paginate,
  type ClientOptions,
  responseValidator,
} from "../../templates/index.js";
import { failedResult } from "../../templates/result.js";
import { config } from "./config.js";
import { closedPort, json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset((_req, res) => json(res, 200, { id: 1 })));

const api = (options: ClientOptions = {}) =>
  new APIClient(
    { baseURL: server.url, apiKey: null, maxRetries: 0, ...options },
    config,
  );
const get = (options: ClientOptions = {}) =>
  APIClient.request<{ id: number }>(api(options), {
    method: "GET",
    path: "/thing",
    security: [],
  });

describe("failedResult", () => {
  it("turns an error response into a failed result with its status, body and response", () => {
    const response = new Response("{}", { status: 404 });
    const error = APIError.from(
      404,
      { detail: "gone" },
      response.headers,
      response,
    );
    expect(failedResult(error)).toEqual({
      ok: false,
      status: 404,
      error: { detail: "gone" },
      response,
    });
  });

  it.each([
    ["a connection error", new APIConnectionError()],
    ["an abort", new APIUserAbortError()],
    ["an APIError without a response", APIError.from(500, "x", undefined)],
    [
      "a 2xx that failed validation",
      new ResponseValidationError({
        status: 200,
        headers: new Headers(),
        body: {},
        typeName: "T",
        issues: [],
      }),
    ],
    ["a plain error", new Error("boom")],
  ])("rethrows %s", (_label, error) => {
    expect(() => failedResult(error)).toThrow(error);
  });
});

describe("APIPromise.result()", () => {
  it("resolves a 2xx to { ok: true, data, response }", async () => {
    const result = await get().result();
    expect(result).toMatchObject({ ok: true, data: { id: 1 } });
    expect(result.response.status).toBe(200);
  });

  it("resolves an error status to { ok: false, status, error, response }", async () => {
    server.reset((_req, res) =>
      json(res, 404, { detail: "gone" }, { "x-request-id": "r9" }),
    );
    const result = await get().result();
    expect(result).toMatchObject({
      ok: false,
      status: 404,
      error: { detail: "gone" },
    });
    expect(result.response.headers.get("x-request-id")).toBe("r9");
  });

  it("settles a 304 to a conditional request as an error status, not as a body", async () => {
    server.reset((_req, res) => res.writeHead(304, { etag: '"v1"' }).end());
    const call = () =>
      APIClient.request<{ id: number }, { 304: unknown }>(
        api(),
        { method: "GET", path: "/thing", security: [] },
        { headers: { "if-none-match": '"v1"' } },
      );
    const error = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 304, message: "304 Not Modified" });
    const result = await call().result();
    expect(result).toMatchObject({ ok: false, status: 304, error: undefined });
    expect(result.response.headers.get("etag")).toBe('"v1"');
  });

  it("reads one response for the awaited value, withResponse() and result()", async () => {
    server.reset((_req, res) => json(res, 404, { detail: "gone" }));
    const promise = get();
    const [awaited, result] = await Promise.all([
      promise.catch((e: unknown) => e),
      promise.result(),
    ]);
    expect(awaited).toBeInstanceOf(NotFoundError);
    expect(result).toMatchObject({ ok: false, status: 404 });
    expect(server.requests).toHaveLength(1);
  });

  it("rejects when there is no response", async () => {
    const port = await closedPort();
    await expect(
      get({ baseURL: `http://127.0.0.1:${port}` }).result(),
    ).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("rejects for a 2xx body that fails validation in throw mode", async () => {
    const strict = APIClient.request(api({
      validate: "throw",
      validator: responseValidator(
        () => [{ path: "", keyword: "type", message: "wrong" }],
        { "GET /thing": "Thing" },
      ),
    }), {
      method: "GET",
      path: "/thing",
      security: [],
    });
    await expect(strict.result()).rejects.toBeInstanceOf(
      ResponseValidationError,
    );
  });

  it("settles after the retries", async () => {
    server.reset((_req, res) =>
      json(res, 500, { n: server.requests.length }, { "retry-after-ms": "0" }),
    );
    const result = await get({ maxRetries: 2 }).result();
    expect(result).toMatchObject({ ok: false, status: 500, error: { n: 3 } });
    expect(server.requests).toHaveLength(3);
  });

  it("gives the first page of a list", async () => {
    server.reset((_req, res) => json(res, 429, { slow: true }));
    const first = APIClient.requestPage<{ results: number[] }, number>(
      api(),
      {
        method: "GET",
        path: "/items",
        parameters: [{ name: "size", in: "query", value: 2 }],
        serializers: [inQuery],
        security: [],
        paginate,
      },
      undefined,
      { items: "results", next: "next" },
    );
    expect(await first.result()).toMatchObject({
      ok: false,
      status: 429,
      error: { slow: true },
    });
  });
});
