import type { ServerResponse } from "node:http";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { TestServer } from "./server.js";

const encoder = new TextEncoder();

export function bytes(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A seeded pseudo-random number generator (mulberry32): the same seed gives the same cuts. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function whole(data: Uint8Array): Uint8Array[] {
  return [data];
}

export function byteByByte(data: Uint8Array): Uint8Array[] {
  return Array.from(data, (_byte, i) => data.subarray(i, i + 1));
}

/** Cuts `data` at random places, chunks of 1 to 16 bytes. */
export function randomCuts(data: Uint8Array, seed: number): Uint8Array[] {
  const random = seeded(seed);
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < data.length; ) {
    const end = Math.min(data.length, start + 1 + Math.floor(random() * 16));
    chunks.push(data.subarray(start, end));
    start = end;
  }
  return chunks;
}

/** A response whose body delivers exactly these chunks, one per read. */
export function memoryResponse(chunks: readonly Uint8Array[]): Response {
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk.slice());
    },
  });
  return new Response(body, { status: 200 });
}

export interface Served {
  /** Resolves when the connection closes: `true` when it closed before the response was finished. */
  closed: Promise<boolean>;
}

export type Ending = "end" | "destroy" | "hang";

/**
 * Makes the server answer with these chunks, each written in a turn of its own, and then end the
 * response, destroy the socket mid-response, or keep it open without sending anything.
 */
export function serveChunks(
  server: TestServer,
  chunks: readonly Uint8Array[],
  contentType: string,
  ending: Ending = "end",
): Served {
  let closed!: (early: boolean) => void;
  const served: Served = { closed: new Promise((resolve) => (closed = resolve)) };
  server.reset((_req, res: ServerResponse) => {
    res.on("close", () => closed(!res.writableFinished));
    res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
    res.flushHeaders();
    void (async () => {
      for (const chunk of chunks) {
        if (res.destroyed) return;
        if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
        await nextTurn();
      }
      if (ending === "end") res.end();
      else if (ending === "destroy") res.socket?.destroy();
    })();
  });
  return served;
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
