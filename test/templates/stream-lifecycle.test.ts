import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  APIConnectionTimeoutError,
  APIUserAbortError,
  Stream,
  jsonItem,
  serverSentEvents,
  type ServerSentEvent,
} from "../../templates/index.js";
import { bytes, collect, serveChunks } from "./stream-helpers.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => vi.useRealTimers());

interface Opened {
  stream: Stream<ServerSentEvent<unknown>>;
  controller: AbortController;
}

async function open(options: { signal?: AbortSignal; idleTimeout?: number } = {}): Promise<Opened> {
  const controller = new AbortController();
  const response = await fetch(server.url, { signal: controller.signal });
  const stream = Stream.fromResponse(response, { ...options, controller, framing: serverSentEvents(jsonItem(response)) });
  return { stream, controller };
}

const events = (from: number, to: number): Uint8Array[] =>
  Array.from({ length: to - from + 1 }, (_v, i) => bytes(`data: {"n":${from + i}}\n\n`));

describe("closing a stream", () => {
  it("break after the first event closes the connection at once (the server sees the close)", async () => {
    const served = serveChunks(server, events(1, 2), "text/event-stream", "hang");
    const { stream, controller } = await open();
    for await (const event of stream) {
      expect(event.data).toEqual({ n: 1 });
      break;
    }
    expect(await served.closed).toBe(true);
    expect(controller.signal.aborted).toBe(true);
  });

  it("a throw inside the loop closes the connection too", async () => {
    const served = serveChunks(server, events(1, 1), "text/event-stream", "hang");
    const { stream } = await open();
    const reading = (async () => {
      for await (const _event of stream) throw new Error("consumer failed");
    })();
    await expect(reading).rejects.toThrow("consumer failed");
    expect(await served.closed).toBe(true);
  });

  it("the caller's signal rejects a waiting read with APIUserAbortError and closes the connection", async () => {
    const served = serveChunks(server, events(1, 1), "text/event-stream", "hang");
    const caller = new AbortController();
    const { stream } = await open({ signal: caller.signal });
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        seen.push(event.data);
        caller.abort();
      }
    })();
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await served.closed).toBe(true);
  });

  it("a server that stops sending rejects with APIConnectionTimeoutError after the idle timeout", async () => {
    const served = serveChunks(server, events(1, 1), "text/event-stream", "hang");
    const { stream } = await open({ idleTimeout: 100 });
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const event of stream) seen.push(event.data);
    })();
    await expect(reading).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await served.closed).toBe(true);
  });

  it("aborting the stream's controller stops a read even when the body ignores the abort", async () => {
    const body = new ReadableStream<Uint8Array>({ start: (source) => source.enqueue(bytes("data: 1\n\n")) });
    const response = new Response(body);
    const controller = new AbortController();
    const stream = Stream.fromResponse(response, { controller, framing: serverSentEvents(jsonItem(response)) });
    const seen: unknown[] = [];
    const reading = (async () => {
      for await (const event of stream) {
        seen.push(event.data);
        stream.controller.abort();
      }
    })();
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
    expect(seen).toEqual([1]);
  });

  it("reading a stream a second time is an error that says so", async () => {
    serveChunks(server, events(1, 1), "text/event-stream");
    const { stream } = await open();
    expect(await collect(stream)).toHaveLength(1);
    await expect(collect(stream)).rejects.toThrow(/already been iterated.*\.tee\(\)/);
  });
});

describe("the idle timeout (fake timers)", () => {
  function pushedResponse() {
    let push!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (controller) => void (push = controller) });
    return { response: new Response(body), push };
  }

  it("applies to each gap between chunks, not to the whole stream", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { response, push } = pushedResponse();
    const stream = Stream.fromResponse(response, {
      controller: new AbortController(),
      idleTimeout: 100,
      framing: serverSentEvents(jsonItem(response)),
    });
    const reading = collect(stream);
    for (let n = 1; n <= 5; n++) {
      await vi.advanceTimersByTimeAsync(90);
      push.enqueue(bytes(`data: ${n}\n\n`));
    }
    push.close();
    expect((await reading).map((event) => event.data)).toEqual([1, 2, 3, 4, 5]);
  });

  it("rejects once one gap is longer than the timeout", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { response, push } = pushedResponse();
    const controller = new AbortController();
    const stream = Stream.fromResponse(response, {
      controller,
      idleTimeout: 100,
      framing: serverSentEvents(jsonItem(response)),
    });
    const reading = collect(stream);
    reading.catch(() => undefined);
    push.enqueue(bytes("data: 1\n\n"));
    await vi.advanceTimersByTimeAsync(99);
    expect(controller.signal.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(reading).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(controller.signal.aborted).toBe(true);
  });
});

describe("10,000 events", () => {
  it("are read without the stream keeping the events already consumed", async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const batches = Array.from({ length: 100 }, (_v, batch) =>
      bytes(Array.from({ length: 100 }, (_w, i) => `data: {"n":${batch * 100 + i + 1},"pad":"${"x".repeat(64)}"}\n\n`).join("")),
    );
    serveChunks(server, batches, "text/event-stream");
    const { stream } = await open();
    const early: WeakRef<object>[] = [];
    let count = 0;
    let clearedAtHalf = -1;
    for await (const event of stream) {
      count++;
      if (count % 500 === 1 && count < 5_000) early.push(new WeakRef(event));
      if (count === 5_000) {
        await nextTurn();
        gc();
        clearedAtHalf = early.filter((ref) => ref.deref() === undefined).length;
      }
    }
    expect(count).toBe(10_000);
    expect(early).toHaveLength(10);
    expect(clearedAtHalf).toBe(early.length);
  });
});
