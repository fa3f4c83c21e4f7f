import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIConnectionError,
  APIError,
  Stream,
  jsonItem,
  serverSentEvents,
  textItem,
  type ServerSentEvent,
} from "../../templates/index.js";
import {
  byteByByte,
  bytes,
  collect,
  memoryResponse,
  randomCuts,
  serveChunks,
  whole,
  type Ending,
} from "./stream-helpers.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const JSON_EVENTS =
  "\uFEFF: a comment, then an event split over field lines\n" +
  "event: greet\n" +
  'data: {"text":"héllo ✓ 😀"}\n' +
  "id: 1\n\n" +
  ":heartbeat\r\n" +
  'data: {"lines":\r' +
  "data:[1,\r\n" +
  "data:  2]}\r\n" +
  "retry: 3000\r\n" +
  "\r\n" +
  "id: bad\0id\n" +
  "retry: 12x\n" +
  "unknown: field\n" +
  "event: ping\n\n" +
  "event: update\r" +
  "data: null\r\r" +
  "id\n" +
  'data: "after the id was cleared"\n\n' +
  'data: "never finished"\n';

const JSON_WANT: ServerSentEvent<unknown>[] = [
  { event: "greet", data: { text: "héllo ✓ 😀" }, id: "1", retry: undefined },
  { event: "message", data: { lines: [1, 2] }, id: "1", retry: 3000 },
  { event: "update", data: null, id: "1", retry: 3000 },
  { event: "message", data: "after the id was cleared", id: "", retry: 3000 },
];

function readSSE(response: Response, controller = new AbortController()): Stream<ServerSentEvent<unknown>> {
  return Stream.fromResponse(response, { controller, framing: serverSentEvents(jsonItem(response)) });
}

async function overLoopback(chunks: Uint8Array[], ending: Ending = "end"): Promise<ServerSentEvent<unknown>[]> {
  serveChunks(server, chunks, "text/event-stream", ending);
  const controller = new AbortController();
  return collect(readSSE(await fetch(server.url, { signal: controller.signal }), controller));
}

describe("server-sent events over a loopback server", () => {
  const data = bytes(JSON_EVENTS);

  it("gives the same events delivered whole, a byte at a time and in random chunks", async () => {
    expect(await overLoopback(whole(data))).toEqual(JSON_WANT);
    expect(await overLoopback(byteByByte(data))).toEqual(JSON_WANT);
    for (let seed = 1; seed <= 10; seed++) expect(await overLoopback(randomCuts(data, seed))).toEqual(JSON_WANT);
  });

  it("a server that ends the body mid-event ends the stream cleanly, the partial event dropped", async () => {
    // The standard discards an event the stream ends before its blank line; the end itself is no error.
    const cut = bytes('data: {"n":1}\n\ndata: {"n":2}\nid: 9');
    const events = await overLoopback([cut]);
    expect(events.map((event) => event.data)).toEqual([{ n: 1 }]);
  });

  it("a connection lost mid-stream rejects the iterator with APIConnectionError after the events before it", async () => {
    serveChunks(server, [bytes('data: {"n":1}\n\ndata: {"n":')], "text/event-stream", "destroy");
    const controller = new AbortController();
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const event of readSSE(await fetch(server.url, { signal: controller.signal }), controller))
        seen.push(event.data);
    })();
    await expect(reading).rejects.toBeInstanceOf(APIConnectionError);
    expect(seen).toEqual([{ n: 1 }]);
  });

  it("invalid JSON in one event rejects with an error naming the event by index and id, and closes the connection", async () => {
    const text = 'data: {"n":1}\nid: a\n\ndata: {"n":2}\nid: b-7\n\ndata: {"n": oops this is not json at all}\n\n';
    const served = serveChunks(server, [bytes(text)], "text/event-stream", "hang");
    const controller = new AbortController();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of readSSE(await fetch(server.url, { signal: controller.signal }), controller))
        seen.push(event.data);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toContain('event 3 (id "b-7")');
    expect((error as Error).message).toContain('{\\"n\\": oops');
    expect(await served.closed).toBe(true);
  });
});

describe("server-sent events cut at every byte (in memory, exact chunk boundaries)", () => {
  const read = (chunks: Uint8Array[]) => collect(readSSE(memoryResponse(chunks)));

  it("gives the same events for 300 seeded random chunkings and for single bytes", async () => {
    const data = bytes(JSON_EVENTS);
    expect(await read(byteByByte(data))).toEqual(JSON_WANT);
    for (let seed = 1; seed <= 300; seed++) expect(await read(randomCuts(data, seed))).toEqual(JSON_WANT);
  });

  it("joins a CR at the end of one chunk and an LF at the start of the next into one line end", async () => {
    const chunks = [bytes("data: a\r"), bytes("\ndata: b\r"), bytes("\n\r"), bytes("\ndata: c\n\n")];
    const events = await collect(
      Stream.fromResponse(memoryResponse(chunks), { controller: new AbortController(), framing: serverSentEvents(textItem) }),
    );
    expect(events.map((event) => event.data)).toEqual(["a\nb", "c"]);
  });

  it("decodes a character whose bytes arrive in different chunks", async () => {
    const data = bytes('data: "😀é"\n\n');
    const emoji = data.indexOf(0xf0);
    const chunks = [data.subarray(0, emoji + 1), data.subarray(emoji + 1, emoji + 3), data.subarray(emoji + 3)];
    expect((await read(chunks))[0]?.data).toBe("😀é");
  });

  it("follows the standard's data examples: empty data, a lone LF, one optional space", async () => {
    const text = "data\n\ndata\ndata\n\ndata:\n\ndata:test\n\ndata: test\n\ndata:  two\n\ndata:";
    const response = memoryResponse(byteByByte(bytes(text)));
    const events = await collect(
      Stream.fromResponse(response, { controller: new AbortController(), framing: serverSentEvents(textItem) }),
    );
    expect(events.map((event) => event.data)).toEqual(["", "\n", "", "test", "test", " two"]);
  });

  it("gives no item for an event whose data is `skip` (OpenAI's closing [DONE]); without it, [DONE] is data like any", async () => {
    const text = 'data: {"n":1}\n\ndata: {"n":2}\n\ndata: [DONE]\n\ndata: {"n":3}\n\n';
    const read = (skip?: string) =>
      collect(Stream.fromResponse(memoryResponse(byteByByte(bytes(text))), { controller: new AbortController(), framing: serverSentEvents(textItem, skip) }));
    expect((await read("[DONE]")).map((event) => event.data)).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
    expect((await read()).map((event) => event.data)).toEqual(['{"n":1}', '{"n":2}', "[DONE]", '{"n":3}']);
  });

  it("removes one leading BOM only", async () => {
    const events = await read([bytes('\uFEFFdata: 1\n\n\uFEFFdata: 2\n\ndata: 3\n\n')]);
    expect(events.map((event) => event.data)).toEqual([1, 3]);
  });
});
