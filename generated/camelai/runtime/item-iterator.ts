import type { Framing } from "./framing.js";
import type { ChunkReader } from "./stream-reader.js";

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The items of a body, one `next()` each: items already framed are handed out without reading
 * (one promise tick, where an async generator takes several), and a read happens only when none
 * is waiting. Any failure, and `return()`, close the reader, which cancels the body and aborts
 * the request unless the body was read to its end.
 */
export class ItemIterator<T> implements AsyncIterator<T, undefined> {
  readonly #reader: ChunkReader;
  readonly #framing: Framing<T>;
  readonly #decoder = new TextDecoder();
  #finished = false;

  constructor(reader: ChunkReader, framing: Framing<T>) {
    this.#reader = reader;
    this.#framing = framing;
  }

  next(): Promise<IteratorResult<T, undefined>> {
    if (this.#finished) return Promise.resolve(DONE);
    if (!this.#framing.ready()) return this.#fill();
    try {
      return Promise.resolve({ done: false, value: this.#framing.take() });
    } catch (error) {
      this.#finish();
      return Promise.reject(error);
    }
  }

  return(): Promise<IteratorResult<T, undefined>> {
    this.#finish();
    return Promise.resolve(DONE);
  }

  async #fill(): Promise<IteratorResult<T, undefined>> {
    try {
      while (!this.#framing.ready()) {
        const chunk = await this.#reader.read();
        if (this.#finished) return DONE;
        if (chunk !== undefined) {
          this.#framing.push(this.#decoder.decode(chunk, { stream: true }));
          continue;
        }
        this.#framing.push(this.#decoder.decode());
        this.#framing.end();
        if (!this.#framing.ready()) {
          this.#finish();
          return DONE;
        }
      }
      return { done: false, value: this.#framing.take() };
    } catch (error) {
      // A read that fails because `return()` closed the reader ends the iteration quietly.
      if (this.#finished) return DONE;
      this.#finish();
      throw error;
    }
  }

  #finish(): void {
    this.#finished = true;
    this.#reader.close();
  }
}
