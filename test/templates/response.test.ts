import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  APIError,
  type OperationRequest,
} from "../../templates/index.js";
import { config } from "./config.js";
import { startServer, type Handler, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const api = () =>
  new APIClient({ baseURL: server.url, apiKey: null, maxRetries: 0 }, config);

function answer(handler: Handler, method: OperationRequest["method"] = "GET") {
  server.reset(handler);
  return api().request<unknown>({ method, path: "/r", security: [] });
}

describe("successful responses", () => {
  it.each([204, 205])("gives undefined for %i", async (status) => {
    expect(
      await answer((_req, res) => res.writeHead(status).end()),
    ).toBeUndefined();
  });

  it("gives undefined for content-length: 0", async () => {
    const data = await answer((_req, res) =>
      res
        .writeHead(200, {
          "content-type": "application/json",
          "content-length": "0",
        })
        .end(),
    );
    expect(data).toBeUndefined();
  });

  it("gives undefined for an empty chunked body", async () => {
    const data = await answer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("");
      res.end();
    });
    expect(data).toBeUndefined();
  });

  it("gives undefined for HEAD", async () => {
    const data = await answer(
      (_req, res) =>
        res
          .writeHead(200, {
            "content-type": "application/json",
            "content-length": "10",
          })
          .end(),
      "HEAD",
    );
    expect(data).toBeUndefined();
  });

  it("parses JSON with charset parameters and +json types", async () => {
    expect(
      await answer((_req, res) =>
        res
          .writeHead(200, { "content-type": "Application/JSON; charset=utf-8" })
          .end('{"a":1}'),
      ),
    ).toEqual({ a: 1 });
    expect(
      await answer((_req, res) =>
        res
          .writeHead(200, { "content-type": "application/vnd.api+json" })
          .end("[1,2]"),
      ),
    ).toEqual([1, 2]);
  });

  it("gives text for other media types", async () => {
    const data = await answer((_req, res) =>
      res.writeHead(200, { "content-type": "text/csv" }).end("a,b\n1,2"),
    );
    expect(data).toBe("a,b\n1,2");
  });

  it("rejects invalid JSON with an APIError that keeps the status and text", async () => {
    const error = await answer((_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end("{not json"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, body: "{not json" });
    expect((error as Error).message).toMatch(
      /^Invalid JSON in 200 response body \(content-type "application\/json"\)/,
    );
  });

  it("keeps an own __proto__ key as data without touching prototypes", async () => {
    const data = await answer((_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end('{"__proto__":{"polluted":true}}'),
    );
    expect(Object.hasOwn(data as object, "__proto__")).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
