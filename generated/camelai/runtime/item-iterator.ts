import type { Framing } from "./framing.js";
import type { ChunkReader } from "./stream-reader.js";

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * The items of a body, one `next()` each: items already framed are handed out without reading
 * (one promise tick, where an async generator takes several), and a read happens only when none
 * is waiting. Any failure, and `return()`, close the reader, which cancels the body and aborts
 * the request unless the body was read to its end.
 */
export function itemIterator<T>(
  reader: ChunkReader,
  framing: Framing<T>,
): AsyncIterator<T, undefined> {
  const decoder = new TextDecoder();
  let finished = false;
  const finish = (): void => {
    finished = true;
    reader.close();
  };
  const fill = async (): Promise<IteratorResult<T, undefined>> => {
    try {
      while (!framing.ready()) {
        const chunk = await reader.read();
        if (finished) return DONE;
        if (chunk !== undefined) {
          framing.push(decoder.decode(chunk, { stream: true }));
          continue;
        }
        framing.push(decoder.decode());
        framing.end();
        if (!framing.ready()) {
          finish();
          return DONE;
        }
      }
      return { done: false, value: framing.take() };
    } catch (error) {
      if (finished) return DONE;
      finish();
      throw error;
    }
  };
  return {
    next() {
      if (finished) return Promise.resolve(DONE);
      if (!framing.ready()) return fill();
      try {
        return Promise.resolve({ done: false, value: framing.take() });
      } catch (error) {
        finish();
        return Promise.reject(error);
      }
    },
    return() {
      finish();
      return Promise.resolve(DONE);
    },
  };
}
