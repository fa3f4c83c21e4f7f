/**
 * A streaming operation through the client: `OperationRequest.stream` turns the 2xx body into a
 * `Stream` once the headers arrive, after retries and error statuses were dealt with as for any call.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  APIConnectionTimeoutError,
  BadRequestError,
  ResponseValidationError,
  eventStream,
  jsonLinesStream,
  type ClientOptions,
  type OperationRequest,
  type ServerSentEvent,
  type Stream,
  type ValidationIssue,
  responseValidator,
} from "../../templates/index.js";
import { startServer, type TestServer } from "./server.js";
import { bytes, collect, serveChunks } from "./stream-helpers.js";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const CONFIG = { clientName: "T", defaultBaseURL: "", securitySchemes: {} };
const EVENTS: OperationRequest = { method: "POST", path: "/events", security: [], stream: eventStream };

function client(options: ClientOptions = {}): APIClient {
  return new APIClient({ baseURL: server.url, maxRetries: 0, ...options }, CONFIG);
}

function events(options: ClientOptions = {}, signal?: AbortSignal) {
  return APIClient.request<Stream<ServerSentEvent<{ n: number }>>>(client(options), EVENTS, signal ? { signal } : {});
}

const SSE = 'event: tick\ndata: {"n":1}\n\nid: 2\ndata: {"n":2}\n\n';

describe("a streaming call", () => {
  it("resolves to a Stream of the events, read as they arrive", async () => {
    serveChunks(server, [bytes(SSE)], "text/event-stream");
    const stream = await events();
    expect(await collect(stream)).toEqual([
      { event: "tick", data: { n: 1 }, id: "", retry: undefined },
      { event: "message", data: { n: 2 }, id: "2", retry: undefined },
    ]);
  });

  it("reads JSON lines with the lines reader", async () => {
    serveChunks(server, [bytes('{"n":1}\n{"n":2}\n')], "application/x-ndjson");
    const request: OperationRequest = { method: "GET", path: "/lines", security: [], stream: jsonLinesStream };
    expect(await collect(await APIClient.request<Stream<unknown>>(client(), request))).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("gives the stream and the response with withResponse()", async () => {
    serveChunks(server, [bytes(SSE)], "text/event-stream");
    const { data, response } = await events().withResponse();
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect((await collect(data)).map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("rejects with the typed error when the server answers 4xx before the stream starts", async () => {
    server.reset((_req, res) => res.writeHead(400, { "content-type": "application/json" }).end('{"detail":"no"}'));
    const error = await events().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).body).toEqual({ detail: "no" });
    const result = await events().result();
    expect(result.ok ? "ok" : result.status).toBe(400);
  });

  it("retries a 503 before the first byte, then streams", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls++;
      if (calls === 1) return res.writeHead(503, { "retry-after": "0" }).end();
      res.writeHead(200, { "content-type": "text/event-stream" }).end(SSE);
    });
    const stream = await events({ maxRetries: 1 });
    expect((await collect(stream)).length).toBe(2);
    expect(calls).toBe(2);
  });

  it("closes the connection when the loop breaks after the first event", async () => {
    const served = serveChunks(server, [bytes('data: {"n":1}\n\n')], "text/event-stream", "hang");
    for await (const event of await events()) {
      expect(event.data).toEqual({ n: 1 });
      break;
    }
    expect(await served.closed).toBe(true);
  });

  it("the caller's signal closes the connection mid-stream", async () => {
    const served = serveChunks(server, [bytes('data: {"n":1}\n\n')], "text/event-stream", "hang");
    const controller = new AbortController();
    const iterator = (await events({}, controller.signal))[Symbol.asyncIterator]();
    expect((await iterator.next()).value?.data).toEqual({ n: 1 });
    const pending = iterator.next();
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(await served.closed).toBe(true);
  });

  it("stops the attempt timer at the headers: the timeout then bounds each idle gap", async () => {
    // Headers at once, then events 30 ms apart for longer (360 ms) than the timeout (250 ms), then silence.
    server.reset((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.flushHeaders();
      let n = 0;
      const timer = setInterval(() => {
        if (++n > 12) return clearInterval(timer);
        res.write(`data: {"n":${n}}\n\n`);
      }, 30);
      res.on("close", () => clearInterval(timer));
    });
    const seen: number[] = [];
    const error = await (async () => {
      for await (const event of await events({ timeout: 250 })) seen.push(event.data.n);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('checks each item under validate "throw" with the validator and the item type', async () => {
    serveChunks(server, [bytes('data: {"n":1}\n\ndata: {"n":"x"}\n\n')], "text/event-stream");
    const names: string[] = [];
    const validator = (name: string, value: unknown): ValidationIssue[] => {
      names.push(name);
      return typeof (value as { n?: unknown }).n === "number" ? [] : [{ path: "/n", message: "expected number", keyword: "type" }];
    };
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of await events({ validate: "throw", validator: responseValidator(validator, {}, { "POST /events": "Tick" }) })) seen.push(event.data);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(names).toEqual(["Tick", "Tick"]);
  });
});
