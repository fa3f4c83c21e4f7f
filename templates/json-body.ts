import { isBinary } from "./binary.js";
import { describeValue, isFormData, isSearchParams } from "./body-values.js";
import { InvalidParameterError } from "./errors.js";
import { toJSONText } from "./json-text.js";
import type { BodyEncoder } from "./operation.js";

/**
 * A JSON body: every value JSON-encoded, strings included (a `type: string` body must arrive
 * quoted). Forms, binary data and a file in a property of an object body (drf-spectacular's
 * bodies offer JSON first, multipart beside it) are refused rather than sent as `{}`; an operation
 * whose body may be binary under a JSON type names `rawBody` instead.
 */
export const jsonBody: BodyEncoder = (value, mediaType) => {
  const hint = isFormData(value)
    ? 'choose contentType "multipart/form-data"'
    : isSearchParams(value)
      ? 'choose contentType "application/x-www-form-urlencoded"'
      : isBinary(value)
        ? "pass a JSON value"
        : typeof value === "object" &&
            value !== null &&
            Object.values(value).some(isBinary)
          ? 'its file needs contentType "multipart/form-data"'
          : undefined;
  if (hint !== undefined)
    throw new InvalidParameterError(
      `Cannot send ${describeValue(value)} as ${mediaType}; ${hint}`,
      "contentType",
    );
  return {
    body: toJSONText(value, "Request body"),
    contentType: mediaType,
    replayable: true,
  };
};
