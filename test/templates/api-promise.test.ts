import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import {
  APIClient,
  APIPromise,
  NotFoundError,
  responseValidator,
} from "../../templates/index.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";
import type { ServerResponse } from "node:http";

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
    {
      baseURL: server.url,
      apiKey: null,
      maxRetries: 0,
      validate: "throw",
      validator: responseValidator(
        () => {
          checks += 1;
          return [];
        },
        { "GET /thing": "Thing", "GET /missing": "Thing" },
      ),
    },
    config,
  );
const get = (path = "/thing") =>
  APIClient.request<{ id: number }>(api(), {
    method: "GET",
    path,
    security: [],
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

describe("APIPromise.asResponse()", () => {
  it("gives the response once its headers arrive, the body unread, for streaming", async () => {
    let open: ServerResponse | undefined;
    server.reset((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: first\n\n");
      open = res;
    });
    const response = await get().asResponse();
    expect(response.status).toBe(200);
    expect(response.bodyUsed).toBe(false);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe("data: first\n\n");
    open?.end("data: last\n\n");
    let rest = "";
    for (
      let chunk = await reader.read();
      !chunk.done;
      chunk = await reader.read()
    )
      rest += decoder.decode(chunk.value, { stream: true });
    expect(rest).toBe("data: last\n\n");
  }, 2000);

  it("neither parses nor validates the body", async () => {
    checks = 0;
    server.reset((_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end("{not json"),
    );
    const response = await get().asResponse();
    expect(await response.text()).toBe("{not json");
    expect(checks).toBe(0);
  });

  it("still rejects non-2xx statuses with their APIError", async () => {
    server.reset((_req, res) => json(res, 404, { detail: "Not found." }));
    await expect(get().asResponse()).rejects.toMatchObject({
      status: 404,
      body: { detail: "Not found." },
    });
  });

  it("refuses once the body has been read, and the other way round", async () => {
    const awaited = get();
    await awaited;
    await expect(awaited.asResponse()).rejects.toThrow(
      "asResponse() must be called before the promise is awaited",
    );
    const streamed = get();
    await (await streamed.asResponse()).text();
    await expect(streamed).rejects.toThrow(
      "asResponse() handed over the body unread",
    );
    expect(server.requests).toHaveLength(2);
  });

  it("sends the request even when nobody awaits it", async () => {
    void get("/fire-and-forget");
    await vi.waitFor(() => expect(server.requests).toHaveLength(1), {
      timeout: 1000,
      interval: 5,
    });
    expect(server.requests[0]?.url).toBe("/fire-and-forget");
  });
});
