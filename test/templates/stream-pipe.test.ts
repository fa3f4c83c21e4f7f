import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Stream, jsonItem, serverSentEvents, type ServerSentEvent } from "../../templates/index.js";
import { bytes, collect, memoryResponse, serveChunks } from "./stream-helpers.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const TEXT = 'event: a\ndata: {"n":1}\nid: 1\n\ndata: {"n":2}\nretry: 50\n\nevent: b\ndata: "ü"\n\n';
const WANT: ServerSentEvent<unknown>[] = [
  { event: "a", data: { n: 1 }, id: "1", retry: undefined },
  { event: "message", data: { n: 2 }, id: "1", retry: 50 },
  { event: "b", data: "ü", id: "1", retry: 50 },
];

async function openSSE(): Promise<Stream<ServerSentEvent<unknown>>> {
  const controller = new AbortController();
  const response = await fetch(server.url, { signal: controller.signal });
  return Stream.fromResponse(response, { controller, framing: serverSentEvents(jsonItem(response)) });
}

describe("toReadableStream()", () => {
  it("writes the items as JSON lines that fromReadableStream reads back", async () => {
    serveChunks(server, [bytes(TEXT)], "text/event-stream");
    const piped = (await openSSE()).toReadableStream();
    expect(await collect(Stream.fromReadableStream<ServerSentEvent<unknown>>(piped))).toEqual(WANT);
  });

  it("cancelling the readable stream closes the connection", async () => {
    const served = serveChunks(server, [bytes('event: a\ndata: {"n":1}\nid: 1\n\n')], "text/event-stream", "hang");
    const reader = (await openSSE()).toReadableStream().getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe(`${JSON.stringify(WANT[0])}\n`);
    await reader.cancel();
    expect(await served.closed).toBe(true);
  });

  it("cancelling it returns while a read still waits for data", async () => {
    // With no high-water mark the body is pulled only for a waiting read: a second pull is the
    // stream's second read, started by the readable stream's own pull for its next item.
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(source) {
          pulls++;
          if (pulls === 1) source.enqueue(bytes("data: 1\n\n"));
          else return new Promise<void>(() => undefined);
        },
      },
      { highWaterMark: 0 },
    );
    const response = new Response(body);
    const stream = Stream.fromResponse(response, { controller: new AbortController(), framing: serverSentEvents(jsonItem(response)) });
    const reader = stream.toReadableStream().getReader();
    expect((await reader.read()).done).toBe(false);
    await vi.waitFor(() => expect(pulls).toBe(2));
    await reader.cancel();
    expect(stream.controller.signal.aborted).toBe(true);
  });
});

describe("tee()", () => {
  it("gives two iterators that each see every item, read at their own pace", async () => {
    serveChunks(server, [bytes(TEXT)], "text/event-stream");
    const [left, right] = (await openSSE()).tee();
    const leftIterator = left[Symbol.asyncIterator]();
    const firstLeft = await leftIterator.next();
    const rightAll = await collect(right);
    const restLeft: unknown[] = [];
    for (let next = await leftIterator.next(); next.done !== true; next = await leftIterator.next()) restLeft.push(next.value);
    expect([firstLeft.value, ...restLeft]).toEqual(WANT);
    expect(rightAll).toEqual(WANT);
  });

  it("leaving one side early keeps the other reading; the connection closes when both have left", async () => {
    const served = serveChunks(server, [bytes(TEXT)], "text/event-stream", "hang");
    const [left, right] = (await openSSE()).tee();
    for await (const _event of left) break;
    const rightIterator = right[Symbol.asyncIterator]();
    const seen = [];
    for (let i = 0; i < WANT.length; i++) seen.push((await rightIterator.next()).value);
    expect(seen).toEqual(WANT);
    expect(right.controller.signal.aborted).toBe(false);
    await rightIterator.return?.();
    expect(right.controller.signal.aborted).toBe(true);
    expect(await served.closed).toBe(true);
  });

  it("uses up the stream it splits", async () => {
    const stream = Stream.fromResponse(memoryResponse([]), {
      controller: new AbortController(),
      framing: serverSentEvents(jsonItem(new Response())),
    });
    stream.tee();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/already been iterated/);
  });
});
