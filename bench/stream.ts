/**
 * npm run bench:stream — events per second through the runtime's `Stream<T>` (server-sent events,
 * data parsed as JSON) against a hand-written `ReadableStream` reader of the same events, both
 * reading the same loopback server in one run. The issue's target is a ratio of at least 0.8.
 *
 *   npm run bench:stream -- --events 100000 --samples 7
 *
 * The server (node:http on 127.0.0.1) writes the stream prebuilt in 64 KiB writes, so the bench
 * measures reading, not producing. Samples alternate between the two readers; each reports its
 * median. Every sample checks the count and the sum of the events' `n`, so neither reader can skip
 * work.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { Stream, jsonItem, serverSentEvents } from "../templates/index.js";

const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: "100000" },
    samples: { type: "string", default: "7" },
  },
});
const EVENTS = Number(args.events);
const SAMPLES = Number(args.samples);
const WRITE_SIZE = 64 * 1024;

interface Tick {
  n: number;
  text: string;
}

function streamText(count: number): Buffer {
  const parts: string[] = [];
  for (let n = 1; n <= count; n++)
    parts.push(`event: tick\nid: ${n}\ndata: {"n":${n},"text":"event number ${n} of the bench stream"}\n\n`);
  return Buffer.from(parts.join(""));
}

async function serve(body: Buffer): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    let offset = 0;
    const pump = (): void => {
      while (offset < body.length) {
        const chunk = body.subarray(offset, offset + WRITE_SIZE);
        offset += chunk.length;
        if (!res.write(chunk)) return void res.once("drain", pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a user would write by hand: split at blank lines, join the data lines, parse them. */
async function handWritten(url: string): Promise<number[]> {
  const response = await fetch(url);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let count = 0;
  let sum = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(line.startsWith("data: ") ? 6 : 5))
        .join("\n");
      if (data !== "") {
        sum += (JSON.parse(data) as Tick).n;
        count++;
      }
      end = buffer.indexOf("\n\n");
    }
  }
  return [count, sum];
}

async function throughStream(url: string): Promise<number[]> {
  const controller = new AbortController();
  const response = await fetch(url, { signal: controller.signal });
  const stream = Stream.fromResponse(response, {
    controller,
    idleTimeout: 60_000,
    framing: serverSentEvents(jsonItem<Tick>(response)),
  });
  let count = 0;
  let sum = 0;
  for await (const event of stream) {
    sum += event.data.n;
    count++;
  }
  return [count, sum];
}

async function eventsPerSecond(read: (url: string) => Promise<number[]>, url: string): Promise<number> {
  const started = process.hrtime.bigint();
  const [count, sum] = await read(url);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (count !== EVENTS || sum !== (EVENTS * (EVENTS + 1)) / 2)
    throw new Error(`${read.name} read ${count} events summing to ${sum}`);
  return EVENTS / seconds;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const body = streamText(EVENTS);
const server = await serve(body);
try {
  await eventsPerSecond(handWritten, server.url);
  await eventsPerSecond(throughStream, server.url);
  const hand: number[] = [];
  const stream: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    hand.push(await eventsPerSecond(handWritten, server.url));
    stream.push(await eventsPerSecond(throughStream, server.url));
  }
  const format = (value: number): string => `${Math.round(value).toLocaleString("en-US")}/s`;
  console.log(`Server-sent events over loopback: ${EVENTS.toLocaleString("en-US")} events, ${(body.length / 1e6).toFixed(1)} MB, ${SAMPLES} samples each (median)`);
  console.log(`  hand-written ReadableStream reader  ${format(median(hand))}`);
  console.log(`  Stream<T> (serverSentEvents, JSON)   ${format(median(stream))}`);
  console.log(`  ratio Stream<T> / hand-written      ${(median(stream) / median(hand)).toFixed(2)} (target >= 0.80)`);
} finally {
  await server.close();
}
