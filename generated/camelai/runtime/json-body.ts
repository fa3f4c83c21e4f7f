import { isBinary } from "./binary.js";
import { describeValue, isFormData, isSearchParams } from "./body-values.js";
import { InvalidParameterError } from "./errors.js";
import { toJSONText } from "./json-text.js";
import type { BodyEncoder } from "./operation.js";

/**
 * A JSON body: every value JSON-encoded, strings included (a `type: string` body must arrive
 * quoted). Forms and binary data are refused rather than sent as `{}`; an operation whose body
 * may be binary under a JSON type names `rawBody` instead.
 */
export const jsonBody: BodyEncoder = (value, mediaType) => {
  if (isFormData(value) || isSearchParams(value) || isBinary(value)) {
    const hint = isFormData(value)
      ? 'choose contentType "multipart/form-data"'
      : isSearchParams(value)
        ? 'choose contentType "application/x-www-form-urlencoded"'
        : "pass a JSON value";
    throw new InvalidParameterError(
      `Cannot send ${describeValue(value)} as ${mediaType}; ${hint}`,
      "contentType",
    );
  }
  return {
    body: toJSONText(value, "Request body"),
    contentType: mediaType,
    replayable: true,
  };
};
