import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
} from "./errors.js";

/** What stops a stream's reading besides its end. */
export interface StreamStops {
  /** Aborts the request the body belongs to; aborting it is what closes the connection. */
  readonly controller: AbortController;
  /** The caller's signal. */
  readonly signal?: AbortSignal | undefined;
  /** Longest wait in ms for the next chunk (an idle gap), not for the whole stream. */
  readonly idleTimeout?: number | undefined;
}

/** A response body read chunk by chunk (`chunkReader`). */
export interface ChunkReader {
  /** The next chunk, `undefined` at the end of the body. */
  read(): Promise<Uint8Array | undefined>;
  /** Stops reading: a body not read to its end is cancelled and its request aborted. */
  close(): void;
}

type StopReason = "timeout" | "abort";

/**
 * Reads a response body chunk by chunk. Each read may wait at most the idle timeout; the timeout,
 * the caller's signal and an abort of the request's controller cancel the body and abort the
 * request at once, and a read that fails otherwise is a lost connection. State lives in the
 * closure: its names minify, where an instance's `this.#field` would not shrink below 7 bytes.
 */
export function chunkReader(
  body: ReadableStream<Uint8Array>,
  stops: StreamStops,
): ChunkReader {
  const reader = body.getReader();
  const signals = [stops.signal, stops.controller.signal];
  let stopped: StopReason | undefined;
  let closed = false;
  const finish = (): void => {
    closed = true;
    for (const signal of signals) signal?.removeEventListener("abort", onAbort);
  };
  const close = (): void => {
    if (closed) return;
    finish();
    reader.cancel().catch((): undefined => undefined);
    stops.controller.abort();
  };
  const stop = (reason: StopReason): void => {
    if (stopped !== undefined || closed) return;
    stopped = reason;
    close();
  };
  const onAbort = (): void => stop("abort");
  const stopError = (): Error =>
    stopped === "timeout"
      ? new APIConnectionTimeoutError({
          message: `No data from the response stream for ${stops.idleTimeout} ms.`,
        })
      : new APIUserAbortError();
  for (const signal of signals) {
    if (stopped !== undefined) break;
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted === true) stop("abort");
  }
  const read = async (): Promise<Uint8Array | undefined> => {
    if (stopped !== undefined) throw stopError();
    const idle = stops.idleTimeout;
    const timer =
      idle === undefined ? undefined : setTimeout(() => stop("timeout"), idle);
    let result: Awaited<ReturnType<typeof reader.read>>;
    try {
      result = await reader.read();
    } catch (cause) {
      if (stopped !== undefined) throw stopError();
      throw new APIConnectionError({
        message: "Connection lost while reading the response stream.",
        cause,
      });
    } finally {
      clearTimeout(timer);
    }
    if (stopped !== undefined) throw stopError();
    if (result.done) finish();
    return result.value;
  };
  return { read, close };
}
