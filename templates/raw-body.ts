import { binaryEncoded, isBinary, isBlob } from "./binary.js";
import { describeValue, isFormData, isSearchParams } from "./body-values.js";
import { InvalidParameterError } from "./errors.js";
import { toJSONText } from "./json-text.js";
import { isJSONMediaType, mediaTypeMatches } from "./media-type.js";
import type { BodyEncoder } from "./operation.js";

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
 * A body of any media type but the two form types: binary data and streams go as they are,
 * other values as text (JSON-encoded for a JSON type).
 */
export const rawBody: BodyEncoder = (value, mediaType) => {
  const type = concreteType(mediaType, value);
  if (isBinary(value)) return binaryEncoded(value, type);
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
};
