/**
 * camelAI's ask with `stream: true` against a loopback server sending server-sent events: the
 * generated client yields typed events as they arrive, and without `stream` returns the answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIError, BadRequestError, ResponseValidationError, type AskCamelCreateEvent } from "../../generated/camelai/index.js";
import { camel, onlyRequest } from "../helpers/camelai.js";
import { json, startServer, type TestServer } from "../templates/server.js";
import { bytes, randomCuts, serveChunks } from "../templates/stream-helpers.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const EVENTS: AskCamelCreateEvent[] = [
  { type: "delta", content: "Forty" },
  { type: "delta", content: "-two ✓" },
  { type: "done", thread_id: 7 },
];
const SSE = `: keep-alive\n\n${EVENTS.map((e, i) => `id: ${i + 1}\nevent: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`).join("")}`;

describe("askCamel.create", () => {
  it("with stream: true yields the typed events as they arrive, however the bytes are cut", async () => {
    serveChunks(server, randomCuts(bytes(SSE), 16), "text/event-stream");
    const seen: string[] = [];
    for await (const event of await camel(server).askCamel.create({ message: "hi", stream: true })) {
      seen.push(`${event.id} ${event.event} ${event.data.type} ${event.data.content ?? event.data.thread_id}`);
    }
    expect(seen).toEqual(["1 delta delta Forty", "2 delta delta -two ✓", "3 done done 7"]);
    const request = onlyRequest(server);
    expect([request.method, request.url, JSON.parse(request.body)]).toEqual(["POST", "/api/v1/ask_camel", { message: "hi", stream: true }]);
  });

  it("without stream resolves to the AskCamelResponse", async () => {
    server.reset((_req, res) => json(res, 200, { message: "42" }));
    expect(await camel(server).askCamel.create({ message: "hi" })).toEqual({ message: "42" });
    expect(await camel(server).askCamel.create({ message: "hi", stream: false })).toEqual({ message: "42" });
  });

  it("a 400 before the stream starts rejects with BadRequestError, its body typed by result()", async () => {
    server.reset((_req, res) => json(res, 400, { error: "message is empty" }));
    await expect(camel(server).askCamel.create({ message: "", stream: true })).rejects.toBeInstanceOf(BadRequestError);
    const result = await camel(server).askCamel.create({ message: "", stream: true }).result();
    expect(result.ok === false && result.status === 400 ? result.error.error : undefined).toBe("message is empty");
  });

  it("retries a 503 before the first byte", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      if (++calls === 1) return res.writeHead(503, { "retry-after": "0" }).end();
      res.writeHead(200, { "content-type": "text/event-stream" }).end(SSE);
    });
    const stream = await camel(server, { maxRetries: 1 }).askCamel.create({ message: "hi", stream: true });
    const types: string[] = [];
    for await (const event of stream) types.push(event.data.type);
    expect([calls, types]).toEqual([2, ["delta", "delta", "done"]]);
  });

  it("asks for text/event-stream with stream: true and for JSON without, so a server that negotiates sends the right one", async () => {
    server.reset((req, res) => {
      if (req.headers.accept === "text/event-stream, application/json;q=0.9") return res.writeHead(200, { "content-type": "text/event-stream" }).end(SSE);
      if (req.headers.accept === "application/json") return json(res, 200, { message: "42" });
      res.writeHead(406).end();
    });
    const types: string[] = [];
    for await (const event of await camel(server).askCamel.create({ message: "hi", stream: true })) types.push(event.data.type);
    expect(types).toEqual(["delta", "delta", "done"]);
    expect(await camel(server).askCamel.create({ message: "hi" })).toEqual({ message: "42" });
  });

  it("a 2xx JSON body where events were asked for rejects the first read with an APIError holding it", async () => {
    server.reset((_req, res) => json(res, 200, { error: "streaming is off for this account" }));
    const stream = await camel(server).askCamel.create({ message: "hi", stream: true });
    const failure = await (async () => {
      for await (const event of stream) return event;
    })().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(APIError);
    const error = failure as APIError;
    expect([error.status, error.body, error.message]).toEqual([
      200,
      { error: "streaming is off for this account" },
      "Expected an event stream (text/event-stream), got application/json",
    ]);
  });

  it("break after the first event closes the connection", async () => {
    const served = serveChunks(server, [bytes(SSE.slice(0, SSE.indexOf("id: 2")))], "text/event-stream", "hang");
    for await (const event of await camel(server).askCamel.create({ message: "hi", stream: true })) {
      expect(event.data).toEqual(EVENTS[0]);
      break;
    }
    expect(await served.closed).toBe(true);
  });

  it('validate "throw" checks each event with the generated validator', async () => {
    serveChunks(server, [bytes('data: {"type":"delta","content":"a"}\n\ndata: {"content":"b"}\n\n')], "text/event-stream");
    const seen: unknown[] = [];
    const failure = await (async () => {
      for await (const event of await camel(server, { validate: "throw" }).askCamel.create({ message: "hi", stream: true })) seen.push(event.data);
    })().catch((error: unknown) => error);
    expect(seen).toEqual([{ type: "delta", content: "a" }]);
    expect(failure).toBeInstanceOf(ResponseValidationError);
    expect((failure as ResponseValidationError).message).toBe("Event 2 of the response stream does not match AskCamelCreateEvent: /type: is required");
  });
});
