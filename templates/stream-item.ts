import { APIError } from "./errors.js";
import type { ResponseCheck } from "./options.js";

/** Where an item sits in its stream, for messages: the 3rd event, the 12th line. */
export interface ItemPlace {
  readonly kind: "event" | "line" | "record";
  /** Counted from 1. */
  readonly index: number;
  /** A server-sent event's id, when the stream has set one. */
  readonly id?: string | undefined;
}

/** Turns the text of one item (an event's data, a line, a record) into its value. */
export type ItemParser<T> = (text: string, place: ItemPlace) => T;

/**
 * How the items of a streaming call are checked: `check` is the client's check of its `validate`
 * mode (`"warn"` logs a failing item, `"throw"` rejects the iteration with it), `undefined` when
 * it is `"off"`; `operation` (`"METHOD /path"`) tells the validator the item type.
 */
export interface StreamValidation {
  readonly check: ResponseCheck | undefined;
  readonly operation: string;
}

const DATA_PREFIX_LENGTH = 80;

/** `event 3 (id "7")`, `line 12`. */
export function describePlace(place: ItemPlace): string {
  const id = place.id ? ` (id ${JSON.stringify(place.id)})` : "";
  return `${place.kind} ${place.index}${id}`;
}

function invalidJSON(
  response: Response,
  text: string,
  place: ItemPlace,
  error: unknown,
): APIError {
  const prefix =
    text.length > DATA_PREFIX_LENGTH
      ? `${text.slice(0, DATA_PREFIX_LENGTH)}…`
      : text;
  const message = `Invalid JSON in ${describePlace(place)} of the ${response.status} response stream: ${(error as Error).message}; it starts ${JSON.stringify(prefix)}`;
  return new APIError(response.status, prefix, message, response.headers, {
    cause: error,
  });
}

/**
 * Parses each item as JSON: invalid JSON rejects with an `APIError` that names the item and shows
 * the start of its text; `validation` checks each parsed item.
 */
export function jsonItem<T = unknown>(
  response: Response,
  validation?: StreamValidation,
): ItemParser<T> {
  return (text, place) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw invalidJSON(response, text, place, error);
    }
    validation?.check?.(
      value,
      response,
      validation.operation,
      describePlace(place),
    );
    return value as T;
  };
}

/** Keeps each item's text as it is: for events whose data is not JSON. */
export function textItem(text: string): string {
  return text;
}
