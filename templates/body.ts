import { binaryBody, isBinary, isBlob, isStreaming } from "./binary.js";
import { describeValue, isFormData, isSearchParams } from "./body-values.js";
import { InvalidParameterError } from "./errors.js";
import { formBody } from "./form-body.js";
import { toJSONText } from "./json-text.js";
import {
  isJSONMediaType,
  mediaTypeEssence,
  mediaTypeMatches,
} from "./media-type.js";
import { multipartBody } from "./multipart.js";
import type { PropertyEncoding } from "./operation.js";

export interface EncodedBody {
  body: BodyInit;
  /** `undefined` when `fetch` must choose it (the multipart boundary of a `FormData`). */
  contentType: string | undefined;
  /** A stream can be read once, so a request carrying one cannot be retried or redirected. */
  replayable: boolean;
}

type Encoding = Readonly<Record<string, PropertyEncoding>> | undefined;

/**
 * A `content-type` header cannot hold a range such as `image/*` or `*\/*`: a Blob's own type
 * stands in when it fits, else what the value looks like.
 */
function concreteType(range: string, value: unknown): string {
  if (!range.includes("*")) return range;
  if (isBlob(value) && value.type !== "" && mediaTypeMatches(range, value.type))
    return value.type;
  if (!isBinary(value)) {
    const guess = typeof value === "string" ? "text/plain" : "application/json";
    if (mediaTypeMatches(range, guess)) return guess;
  }
  return "application/octet-stream";
}

function textBody(value: unknown, mediaType: string): string {
  if (isJSONMediaType(mediaType)) return toJSONText(value, "Request body");
  if (
    typeof value === "string" ||
    typeof value === "number" ||
    typeof value === "boolean"
  )
    return String(value);
  throw new InvalidParameterError(
    `Cannot send ${describeValue(value)} as ${mediaType}; pass a string or binary data`,
  );
}

/**
 * Encodes a request body as the media type chosen for the call. JSON types JSON-encode every
 * value, strings included (a `type: string` body must arrive quoted); binary data and streams
 * go as they are under any type but the two form types, which build their own bodies.
 */
export async function encodeBody(
  value: unknown,
  mediaType: string,
  encoding: Encoding,
): Promise<EncodedBody> {
  const essence = mediaTypeEssence(mediaType);
  if (essence === "multipart/form-data") {
    const form = await multipartBody(value, encoding);
    return { body: form, contentType: undefined, replayable: true };
  }
  const type = concreteType(mediaType, value);
  if (isBinary(value))
    return {
      body: binaryBody(value),
      contentType: type,
      replayable: !isStreaming(value),
    };
  if (essence === "application/x-www-form-urlencoded") {
    const form = formBody(value, encoding);
    return { body: String(form), contentType: type, replayable: true };
  }
  if (isFormData(value) || isSearchParams(value)) {
    const fits = isFormData(value)
      ? "multipart/form-data"
      : "application/x-www-form-urlencoded";
    throw new InvalidParameterError(
      `Cannot send ${describeValue(value)} as ${mediaType}; choose contentType "${fits}"`,
      "contentType",
    );
  }
  return { body: textBody(value, type), contentType: type, replayable: true };
}
