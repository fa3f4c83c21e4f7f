import { APIError } from "./errors.js";
import type { Framing } from "./framing.js";
import { jsonLines, jsonSeq } from "./json-sequences.js";
import { isJSONMediaType } from "./media-type.js";
import { readErrorBody } from "./response.js";
import {
  serverSentEvents,
  type ServerSentEvent,
} from "./server-sent-events.js";
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

/**
 * Events, unless the response is JSON: a server that ignored the request for a stream, or sent
 * its error as a 2xx JSON body. Read as events, that would end the stream empty and lose the
 * body, so the first read rejects with an `APIError` holding it.
 */
function events<T>(
  response: Response,
  stops: StreamStops,
  framing: Framing<ServerSentEvent<T>>,
): Stream<unknown> {
  const type = response.headers.get("content-type");
  if (!isJSONMediaType(type))
    return Stream.fromResponse(response, { ...stops, framing });
  return new Stream(async function* () {
    throw new APIError(
      response.status,
      await readErrorBody(response),
      `Expected an event stream (text/event-stream), got ${type}`,
      response.headers,
      undefined,
      response,
    );
  }, stops.controller);
}

/** `text/event-stream` whose events carry JSON data: `ServerSentEvent<T>` items, up to a `[DONE]`. */
export const eventStream: StreamBody = (response, stops, validation) =>
  events(
    response,
    stops,
    serverSentEvents(jsonItem(response, validation), "[DONE]"),
  );

/** `text/event-stream` whose data is kept as text: `ServerSentEvent<string>` items. */
export const textEventStream: StreamBody = (response, stops) =>
  events(response, stops, serverSentEvents(textItem));

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
