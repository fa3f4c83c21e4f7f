import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { APIClient, APIPromise, NotFoundError } from "../../templates/index.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() =>
  server.reset((_req, res) =>
    json(res, 200, { id: 1 }, { "x-request-id": "r1" }),
  ),
);

let checks = 0;
const api = () =>
  new APIClient(
    { baseURL: server.url, apiKey: null, maxRetries: 0, validate: "throw" },
    config,
  );
const get = (path = "/thing") =>
  api().request<{ id: number }>({
    method: "GET",
    path,
    security: [],
    success: { typeName: "Thing", check: () => ++checks > 0 },
  });

describe("APIPromise", () => {
  it("resolves to the parsed body", async () => {
    const promise = get();
    expect(promise).toBeInstanceOf(APIPromise);
    expect(await promise).toEqual({ id: 1 });
  });

  it("gives the data with the consumed raw response", async () => {
    const { data, response } = await get().withResponse();
    expect(data).toEqual({ id: 1 });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r1");
    expect(response.bodyUsed).toBe(true);
  });

  it("sends and parses once when both awaited and withResponse() are used", async () => {
    checks = 0;
    const promise = get();
    const [awaited, { data }] = await Promise.all([
      promise,
      promise.withResponse(),
    ]);
    expect(awaited).toBe(data);
    expect(checks).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it("derives plain promises from then, catch and finally", async () => {
    const promise = get();
    const chained = promise.then((value) => value.id);
    expect(chained).not.toBeInstanceOf(APIPromise);
    expect(chained.constructor).toBe(Promise);
    expect(APIPromise[Symbol.species]).toBe(Promise);
    expect(await chained).toBe(1);
    let finished = false;
    expect(
      await promise.finally(() => {
        finished = true;
      }),
    ).toEqual({ id: 1 });
    expect(finished).toBe(true);
    expect(await promise.catch(() => "unreachable")).toEqual({ id: 1 });
  });

  it("rejects through await, catch and withResponse alike", async () => {
    server.reset((_req, res) => json(res, 404, { detail: "Not found." }));
    const promise = get("/missing");
    await expect(promise).rejects.toBeInstanceOf(NotFoundError);
    await expect(promise.withResponse()).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await promise.catch((error: unknown) => (error as NotFoundError).status),
    ).toBe(404);
  });
});
