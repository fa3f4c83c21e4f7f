import { jsonLines, jsonSeq } from "./json-sequences.js";
import { serverSentEvents } from "./server-sent-events.js";
import type { ResponseCheck } from "./options.js";
import { jsonItem, textItem, type ItemCheck } from "./stream-item.js";
import type { StreamStops } from "./stream-reader.js";
import { Stream } from "./stream.js";

/** How the client checks a streaming call's items: the check of its `validate` mode, and the operation. */
export interface StreamValidation {
  /** `undefined` when `validate` is `"off"`. */
  readonly check: ResponseCheck | undefined;
  /** `"METHOD /path"`, by which the validator knows the item type. */
  readonly operation: string;
}

/**
 * How a streaming operation reads its 2xx body (`OperationRequest.stream`): the response, what
 * stops the reading, and how each item is checked under `validate: "warn" | "throw"`.
 */
export type StreamBody = (
  response: Response,
  stops: StreamStops,
  validation: StreamValidation,
) => Stream<unknown>;

function itemCheck({
  check,
  operation,
}: StreamValidation): ItemCheck | undefined {
  return check === undefined ? undefined : { check, operation };
}

/** `text/event-stream` whose events carry JSON data: `ServerSentEvent<T>` items. */
export const eventStream: StreamBody = (response, stops, validation) =>
  Stream.fromResponse(response, {
    ...stops,
    framing: serverSentEvents(jsonItem(response, itemCheck(validation))),
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
    framing: jsonLines(jsonItem(response, itemCheck(validation))),
  });

/** JSON text sequences (`application/json-seq`): one item a record. */
export const jsonSeqStream: StreamBody = (response, stops, validation) =>
  Stream.fromResponse(response, {
    ...stops,
    framing: jsonSeq(jsonItem(response, itemCheck(validation))),
  });
