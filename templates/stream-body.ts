import { jsonLines, jsonSeq } from "./json-sequences.js";
import { serverSentEvents } from "./server-sent-events.js";
import { jsonItem, textItem, type StreamValidation } from "./stream-item.js";
import type { StreamStops } from "./stream-reader.js";
import { Stream } from "./stream.js";

/**
 * How a streaming operation reads its 2xx body (`OperationRequest.stream`): the response, what
 * stops the reading, and how each item is checked under `validate: "warn" | "throw"`.
 */
export type StreamBody = (
  response: Response,
  stops: StreamStops,
  validation: StreamValidation,
) => Stream<unknown>;

/** `text/event-stream` whose events carry JSON data: `ServerSentEvent<T>` items. */
export const eventStream: StreamBody = (response, stops, validation) =>
  Stream.fromResponse(response, {
    ...stops,
    framing: serverSentEvents(jsonItem(response, validation)),
  });

/** `text/event-stream` whose data is kept as text: `ServerSentEvent<string>` items. */
export const textEventStream: StreamBody = (response, stops) =>
  Stream.fromResponse(response, {
    ...stops,
    framing: serverSentEvents(textItem),
  });

/** JSON Lines / NDJSON (`application/jsonl`, `application/x-ndjson`): one item a line. */
export const jsonLinesStream: StreamBody = (response, stops, validation) =>
  Stream.fromResponse(response, {
    ...stops,
    framing: jsonLines(jsonItem(response, validation)),
  });

/** JSON text sequences (`application/json-seq`): one item a record. */
export const jsonSeqStream: StreamBody = (response, stops, validation) =>
  Stream.fromResponse(response, {
    ...stops,
    framing: jsonSeq(jsonItem(response, validation)),
  });
