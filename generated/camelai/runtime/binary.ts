import { InvalidParameterError } from "./errors.js";
import type { EncodedBody, FetchBody } from "./operation.js";

/** Binary request data: bytes in memory or a stream of them. */
export type BinaryValue =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream
  | AsyncIterable<unknown>;

export const isBlob = (value: unknown): value is Blob =>
  typeof Blob !== "undefined" && value instanceof Blob;

export const isReadableStream = (value: unknown): value is ReadableStream =>
  typeof ReadableStream !== "undefined" && value instanceof ReadableStream;

/** Async iterables include Node `Readable` streams, which yield `Buffer` (a `Uint8Array`) chunks. */
export const isAsyncIterable = (
  value: unknown,
): value is AsyncIterable<unknown> =>
  typeof value === "object" && value !== null && Symbol.asyncIterator in value;

export const isBytes = (
  value: unknown,
): value is ArrayBuffer | ArrayBufferView =>
  value instanceof ArrayBuffer || ArrayBuffer.isView(value);

/** Streams are read once, so a request carrying one cannot be sent again. */
export const isStreaming = (
  value: unknown,
): value is ReadableStream | AsyncIterable<unknown> =>
  isReadableStream(value) || isAsyncIterable(value);

export const isBinary = (value: unknown): value is BinaryValue =>
  isBlob(value) || isBytes(value) || isStreaming(value);

function chunkBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === "string") return new TextEncoder().encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk))
    return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new InvalidParameterError(
    `A streamed body yielded a ${typeof chunk}; streams must yield Uint8Array or string chunks`,
  );
}

/** Pulls from the iterable only as fast as `fetch` sends, and stops it when the request is cancelled. */
export function iterableStream(
  iterable: AsyncIterable<unknown>,
): ReadableStream<Uint8Array> {
  const iterator = iterable[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) controller.close();
      else controller.enqueue(chunkBytes(next.value));
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/** The value as something `fetch` accepts for a body; async iterables become a `ReadableStream`. */
export function binaryBody(value: BinaryValue): FetchBody {
  if (isReadableStream(value) || !isAsyncIterable(value))
    return value as FetchBody;
  return iterableStream(value);
}

/** Binary data sent as it is; a stream cannot be sent twice. */
export function binaryEncoded(value: BinaryValue, type: string): EncodedBody {
  return {
    body: binaryBody(value),
    contentType: type,
    replayable: !isStreaming(value),
  };
}

/** In-memory bytes as a `Blob` part; shared memory cannot back a `Blob`, so the type says plain `ArrayBuffer`. */
export function bytesBlob(
  value: ArrayBuffer | ArrayBufferView,
  type: string,
): Blob {
  return new Blob([value as ArrayBuffer], { type });
}

/** Reads a whole stream into memory, as a `Blob` of the given type. */
export async function collectBlob(
  value: ReadableStream | AsyncIterable<unknown>,
  type: string,
): Promise<Blob> {
  const stream = isReadableStream(value) ? value : iterableStream(value);
  const blob = await new Response(stream).blob();
  return new Blob([blob], { type });
}

/** A file name for streamed data: Node's `fs.ReadStream` knows its `path`, otherwise `"blob"` as `FormData` uses. */
export function streamFileName(value: object): string {
  const path: unknown = (value as { path?: unknown }).path;
  if (typeof path !== "string") return "blob";
  return path.split(/[\\/]/).pop() || "blob";
}
