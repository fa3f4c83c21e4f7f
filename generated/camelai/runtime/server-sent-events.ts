import type { Framing } from "./framing.js";
import { lineSplitter } from "./line-splitter.js";
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

/**
 * The standard's interpretation of an event stream's lines: the buffers and dispatch. Returns
 * the function that takes each line; dispatched events are added to `events`.
 */
function eventStreamLines(
  events: RawEvent[],
  skip: string | undefined,
): (line: string) => void {
  let event = "";
  let data = "";
  let hasData = false;
  let id = "";
  let retry: number | undefined;
  let count = 0;
  const field = (name: string, value: string): void => {
    if (name === "data") {
      data = hasData ? `${data}\n${value}` : value;
      hasData = true;
    } else if (name === "event") event = value;
    else if (name === "id") {
      if (!value.includes("\0")) id = value;
    } else if (name === "retry" && DIGITS.test(value)) retry = Number(value);
  };
  const dispatch = (): void => {
    if (hasData && data !== skip) {
      count++;
      events.push({ event: event || "message", data, id, retry, index: count });
    }
    event = "";
    data = "";
    hasData = false;
  };
  return (line) => {
    if (line === "") return dispatch();
    const colon = line.indexOf(":");
    if (colon === 0) return;
    if (colon < 0) return field(line, "");
    const skip = line.charCodeAt(colon + 1) === 32 ? 2 : 1;
    field(line.slice(0, colon), line.slice(colon + skip));
  };
}

/**
 * Interprets an event stream (`text/event-stream`): fields `event`, `data` (several lines joined
 * by LF), `id` (ignored when it contains NULL) and `retry` (digits only); comment lines and unknown
 * fields are ignored, an event without data is not dispatched, and an event the stream ends
 * before its blank line is discarded. The body's BOM is removed by its decoder. An event whose
 * data is `skip` is no item: OpenAI and the APIs that follow it close their streams with
 * `data: [DONE]`, which no JSON parser reads.
 */
export function serverSentEvents<D>(
  parseData: ItemParser<D>,
  skip?: string,
): Framing<ServerSentEvent<D>> {
  // Dispatched events not yet taken; taken ones leave the array.
  const events: RawEvent[] = [];
  return {
    push: lineSplitter(eventStreamLines(events, skip)),
    end: () => undefined,
    ready: () => events.length > 0,
    take: () => {
      const raw = events.shift() as RawEvent;
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
