import type { Framing } from "./framing.js";
import { jsonLines } from "./json-sequences.js";
import { jsonItem } from "./stream-item.js";
import { itemIterator } from "./item-iterator.js";
import { chunkReader, type StreamStops } from "./stream-reader.js";
import { teeIterator } from "./stream-tee.js";

/** How `Stream.fromResponse` reads a body: its framing, and what stops it. */
export interface StreamOptions<T> extends StreamStops {
  /** Cuts the body into items: `serverSentEvents(...)`, `jsonLines(...)` or `jsonSeq(...)`. */
  readonly framing: Framing<T>;
}

function readItems<T>(
  response: Response,
  options: StreamOptions<T>,
): AsyncIterator<T> {
  const body =
    response.body ??
    new ReadableStream<Uint8Array>({ start: (empty) => empty.close() });
  return itemIterator(chunkReader(body, options), options.framing);
}

/**
 * The items of a streamed response, read as they arrive: `for await (const event of stream)`.
 * Leaving the loop (`break`, `return`, a throw), the caller's signal or an idle gap longer than
 * the timeout closes the connection at once. A stream is read once; `tee()` splits it in two.
 */
export class Stream<T> implements AsyncIterable<T> {
  /** Aborting it closes the connection. */
  declare readonly controller: AbortController;
  #iterate: (() => AsyncIterator<T>) | undefined;

  constructor(iterate: () => AsyncIterator<T>, controller: AbortController) {
    this.#iterate = iterate;
    this.controller = controller;
  }

  /** Reads `response`'s body with `options.framing`. */
  static fromResponse<T>(
    response: Response,
    options: StreamOptions<T>,
  ): Stream<T> {
    return new Stream(() => readItems(response, options), options.controller);
  }

  /** The stream `toReadableStream()` wrote (JSON lines), read back into items. */
  static fromReadableStream<T>(
    body: ReadableStream<Uint8Array>,
    controller: AbortController = new AbortController(),
  ): Stream<T> {
    const response = new Response(body);
    const framing = jsonLines(jsonItem<T>(response));
    return Stream.fromResponse(response, { framing, controller });
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    const iterate = this.#iterate;
    if (iterate === undefined)
      throw new Error(
        "This stream has already been iterated; call .tee() first to read it twice",
      );
    this.#iterate = undefined;
    return iterate();
  }

  /** Two streams of the same items that can be read independently; this one is used up. */
  tee(): [Stream<T>, Stream<T>] {
    const [left, right] = teeIterator(this[Symbol.asyncIterator]());
    return [
      new Stream(() => left, this.controller),
      new Stream(() => right, this.controller),
    ];
  }

  /** The items as JSON lines (UTF-8 bytes), e.g. to pass on from a server route. */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await iterator.next();
          if (next.done === true) return controller.close();
          const line = `${JSON.stringify(next.value) ?? "null"}\n`;
          controller.enqueue(encoder.encode(line));
        } catch (error) {
          controller.error(error);
        }
      },
      cancel: async () => {
        // Aborting first ends a read still waiting for data, which would hold up `return()`.
        this.controller.abort();
        await iterator.return?.();
      },
    });
  }
}
