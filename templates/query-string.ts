import { InvalidParameterError } from "./errors.js";
import { describeValue, isFieldObject, isSearchParams } from "./body-values.js";
import { toSearchParams } from "./form-body.js";
import { isJSONMediaType, mediaTypeEssence } from "./media-type.js";
import type { ParameterSerializer, ParameterSpec } from "./operation.js";
import { encodeComponent, scalarToString } from "./scalar.js";
import { jsonText } from "./style.js";

/**
 * The whole query string (no `?`) an OpenAPI 3.2 `in: querystring` parameter stands for, as its
 * media type says: `application/x-www-form-urlencoded` writes an object's properties (or a
 * `URLSearchParams`) as a form body is written, spaces as `+`; JSON types send the value's JSON
 * text, percent-encoded; any other type sends the value's text (a string, number, boolean or
 * Date), percent-encoded. Every character that could end the query or start a fragment is encoded.
 */
export function wholeQueryString(spec: ParameterSpec): string {
  const { name, value } = spec;
  if (value === undefined || value === null) return "";
  const type = spec.contentType ?? "application/x-www-form-urlencoded";
  if (mediaTypeEssence(type) === "application/x-www-form-urlencoded") {
    if (typeof value === "string") return String(new URLSearchParams(value));
    if (!isFieldObject(value) && !isSearchParams(value))
      throw new InvalidParameterError(
        `Parameter "${name}" (${type}) must be an object or a URLSearchParams, not ${describeValue(value)}`,
        name,
      );
    return String(toSearchParams(value, undefined));
  }
  const text = isJSONMediaType(type)
    ? jsonText(name, value)
    : scalarToString(name, value);
  return encodeComponent(name, text);
}

/** The `in: "querystring"` parameter, for a request's `serializers`. */
export const inQueryString: ParameterSerializer = {
  in: "querystring",
  write: (parameters, into) => {
    for (const spec of parameters) {
      const query = wholeQueryString(spec);
      if (query !== "") into.query.push(query);
    }
  },
};
