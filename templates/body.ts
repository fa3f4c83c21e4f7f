import { InvalidParameterError } from "./errors.js";
import { isJSONMediaType, mediaTypeEssence } from "./media-type.js";
import { formatQuery, queryPairs } from "./query.js";

export interface EncodedBody {
  body: BodyInit;
  /** `undefined` when `fetch` must choose it (the multipart boundary of a `FormData`). */
  contentType: string | undefined;
  /** A stream can be read once, so a request carrying one cannot be retried or redirected. */
  replayable: boolean;
}

const isFormData = (value: unknown): value is FormData =>
  typeof FormData !== "undefined" && value instanceof FormData;
const isStream = (value: unknown): value is ReadableStream =>
  typeof ReadableStream !== "undefined" && value instanceof ReadableStream;

/** Values `fetch` sends as they are. */
function isRawBody(value: unknown): boolean {
  return (
    (typeof Blob !== "undefined" && value instanceof Blob) ||
    (typeof URLSearchParams !== "undefined" &&
      value instanceof URLSearchParams) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    isStream(value)
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function appendFormField(form: FormData, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof Blob !== "undefined" && value instanceof Blob)
    form.append(name, value);
  else if (Array.isArray(value))
    for (const item of value) appendFormField(form, name, item);
  else if (value instanceof Date) form.append(name, value.toISOString());
  else if (typeof value === "object") form.append(name, JSON.stringify(value));
  else form.append(name, String(value));
}

function toFormData(value: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const name of Object.keys(value))
    appendFormField(form, name, value[name]);
  return form;
}

function toJSON(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (error) {
    throw new InvalidParameterError(
      `Request body cannot be serialised as JSON: ${(error as Error).message}`,
    );
  }
  if (text === undefined)
    throw new InvalidParameterError(
      `Request body of type ${typeof value} cannot be serialised as JSON`,
    );
  return text;
}

/**
 * Encodes a request body for its media type. For JSON types every value, strings included, is
 * JSON-encoded (a `type: string` body must arrive quoted); binary and form values go as they are.
 */
export function encodeBody(value: unknown, mediaType: string): EncodedBody {
  if (isFormData(value))
    return { body: value, contentType: undefined, replayable: true };
  if (isRawBody(value))
    return {
      body: value as BodyInit,
      contentType: mediaType,
      replayable: !isStream(value),
    };
  if (isJSONMediaType(mediaType))
    return { body: toJSON(value), contentType: mediaType, replayable: true };
  const essence = mediaTypeEssence(mediaType);
  if (essence === "multipart/form-data" && isRecord(value)) {
    return {
      body: toFormData(value),
      contentType: undefined,
      replayable: true,
    };
  }
  if (essence === "application/x-www-form-urlencoded" && isRecord(value)) {
    return {
      body: formatQuery(queryPairs(value)),
      contentType: mediaType,
      replayable: true,
    };
  }
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  ) {
    return { body: String(value), contentType: mediaType, replayable: true };
  }
  throw new InvalidParameterError(
    `Cannot encode a request body of type ${typeof value} as ${mediaType}`,
  );
}
