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

/**
 * Reads a response body chunk by chunk. Each read may wait at most the idle timeout; the timeout,
 * the caller's signal and an abort of the request's controller cancel the body and abort the
 * request at once, and a read that fails otherwise is a lost connection.
 */
export class ChunkReader {
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly #stops: StreamStops;
  #stopped: "timeout" | "abort" | undefined;
  #closed = false;
  readonly #onAbort = (): void => this.#stop("abort");
  readonly #onTimeout = (): void => this.#stop("timeout");

  constructor(body: ReadableStream<Uint8Array>, stops: StreamStops) {
    this.#reader = body.getReader();
    this.#stops = stops;
    // Either signal stops the read at once, even for a body that ignores its request's abort.
    for (const signal of [stops.signal, stops.controller.signal]) {
      if (this.#stopped !== undefined) break;
      signal?.addEventListener("abort", this.#onAbort, { once: true });
      if (signal?.aborted === true) this.#stop("abort");
    }
  }

  /** The next chunk, `undefined` at the end of the body. */
  async read(): Promise<Uint8Array | undefined> {
    if (this.#stopped !== undefined) throw this.#stopError();
    const idle = this.#stops.idleTimeout;
    const timer =
      idle === undefined ? undefined : setTimeout(this.#onTimeout, idle);
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await this.#reader.read();
    } catch (cause) {
      if (this.#stopped !== undefined) throw this.#stopError();
      throw new APIConnectionError({
        message: "Connection lost while reading the response stream.",
        cause,
      });
    } finally {
      clearTimeout(timer);
    }
    if (this.#stopped !== undefined) throw this.#stopError();
    if (result.done) this.#finish();
    return result.value;
  }

  /** Stops reading: a body not read to its end is cancelled and its request aborted. */
  close(): void {
    if (this.#closed) return;
    this.#finish();
    this.#reader.cancel().catch(() => undefined);
    this.#stops.controller.abort();
  }

  #finish(): void {
    this.#closed = true;
    this.#stops.signal?.removeEventListener("abort", this.#onAbort);
    this.#stops.controller.signal.removeEventListener("abort", this.#onAbort);
  }

  #stop(reason: "timeout" | "abort"): void {
    if (this.#stopped !== undefined || this.#closed) return;
    this.#stopped = reason;
    this.close();
  }

  #stopError(): Error {
    return this.#stopped === "timeout"
      ? new APIConnectionTimeoutError({
          message: `No data from the response stream for ${this.#stops.idleTimeout} ms.`,
        })
      : new APIUserAbortError();
  }
}
