import type { Framing } from "./framing.js";
import { LineSplitter } from "./line-splitter.js";
import type { ItemParser } from "./stream-item.js";

/** One server-sent event, as the WHATWG HTML standard's event stream interpretation gives it. */
export interface ServerSentEvent<D = string> {
  /** The `event` field, `"message"` when the event has none. */
  event: string;
  /** The `data` lines joined by LF, parsed as the item type says. */
  data: D;
  /** The last event ID the stream has set (it carries over to later events), `""` before any. */
  id: string;
  /** The reconnection time in ms the stream last set with `retry`, if any. */
  retry: number | undefined;
}

interface RawEvent {
  event: string;
  data: string;
  id: string;
  retry: number | undefined;
  index: number;
}

const DIGITS = /^[0-9]+$/;

/** The standard's interpretation of an event stream's lines: the buffers and dispatch. */
class EventStreamInterpreter {
  /** Dispatched events not yet taken; taken ones leave the array. */
  readonly events: RawEvent[] = [];
  #event = "";
  #data = "";
  #hasData = false;
  #id = "";
  #retry: number | undefined;
  #count = 0;

  readonly line = (line: string): void => {
    if (line === "") return this.#dispatch();
    const colon = line.indexOf(":");
    if (colon === 0) return;
    if (colon < 0) return this.#field(line, "");
    const skip = line.charCodeAt(colon + 1) === 32 ? 2 : 1;
    this.#field(line.slice(0, colon), line.slice(colon + skip));
  };

  #field(name: string, value: string): void {
    if (name === "data") {
      this.#data = this.#hasData ? `${this.#data}\n${value}` : value;
      this.#hasData = true;
    } else if (name === "event") this.#event = value;
    else if (name === "id") {
      if (!value.includes("\0")) this.#id = value;
    } else if (name === "retry" && DIGITS.test(value))
      this.#retry = Number(value);
  }

  #dispatch(): void {
    if (this.#hasData) {
      this.#count++;
      this.events.push({
        event: this.#event || "message",
        data: this.#data,
        id: this.#id,
        retry: this.#retry,
        index: this.#count,
      });
    }
    this.#event = "";
    this.#data = "";
    this.#hasData = false;
  }
}

/**
 * Interprets an event stream (`text/event-stream`): fields `event`, `data` (several lines joined
 * by LF), `id` (ignored when it contains NULL) and `retry` (digits only); comment lines and unknown
 * fields are ignored, an event without data is not dispatched, and an event the stream ends
 * before its blank line is discarded. The body's BOM is removed by its decoder.
 */
export function serverSentEvents<D>(
  parseData: ItemParser<D>,
): Framing<ServerSentEvent<D>> {
  const lines = new LineSplitter();
  const interpreter = new EventStreamInterpreter();
  return {
    push: (text) => lines.push(text, interpreter.line),
    end: () => undefined,
    ready: () => interpreter.events.length > 0,
    take: () => {
      const raw = interpreter.events.shift() as RawEvent;
      const place = { kind: "event", index: raw.index, id: raw.id } as const;
      return {
        event: raw.event,
        data: parseData(raw.data, place),
        id: raw.id,
        retry: raw.retry,
      };
    },
  };
}
