import { binaryEncoded, isBinary } from "./binary.js";
import { deepPairs } from "./deep-object.js";
import {
  describeValue,
  isFieldObject,
  isSearchParams,
  scalarText,
} from "./body-values.js";
import { InvalidParameterError } from "./errors.js";
import { toJSONText } from "./json-text.js";
import { isJSONMediaType } from "./media-type.js";
import type {
  BodyEncoder,
  ParameterStyle,
  PropertyEncoding,
} from "./operation.js";

const DELIMITERS: Partial<Record<ParameterStyle, string>> = {
  spaceDelimited: " ",
  pipeDelimited: "|",
};

/** Array items and object values are scalars on the wire; anything deeper is written as JSON. */
function itemText(value: unknown, name: string): string {
  return typeof value === "object" && value !== null && !(value instanceof Date)
    ? toJSONText(value, `Form field "${name}"`)
    : scalarText(value);
}

const present = ([, value]: [string, unknown]): boolean =>
  value !== undefined && value !== null;

/** `a[b][c]=d`, as `deepPairs` writes a query's. */
function appendDeep(
  params: URLSearchParams,
  key: string,
  value: unknown,
): void {
  for (const [name, text] of deepPairs(key, key, value, scalarText))
    params.append(name, text);
}

function appendObject(
  params: URLSearchParams,
  name: string,
  value: Record<string, unknown>,
  style: ParameterStyle,
  explode: boolean,
): void {
  if (style === "deepObject") return appendDeep(params, name, value);
  const entries = Object.entries(value).filter(present);
  if (explode)
    for (const [key, item] of entries) params.append(key, itemText(item, key));
  else
    params.append(
      name,
      entries.flatMap(([key, item]) => [key, itemText(item, name)]).join(","),
    );
}

/**
 * One property, styled as OpenAPI's Encoding Object says (form and exploded by default); with a
 * `contentType` and neither `style` nor `explode`, the value is written as that type's text (JSON
 * for a JSON type), under its own name.
 */
function appendProperty(
  params: URLSearchParams,
  name: string,
  value: unknown,
  encoding: PropertyEncoding | undefined,
): void {
  if (value === undefined || value === null) return;
  if ([value].flat().some(isBinary))
    throw new InvalidParameterError(
      `Form field "${name}" holds binary data, which an application/x-www-form-urlencoded body carries only as text: send the body as multipart/form-data, or the field's text`,
      name,
    );
  const type = encoding?.contentType;
  if (
    type !== undefined &&
    encoding?.style === undefined &&
    encoding?.explode === undefined
  )
    return params.append(
      name,
      isJSONMediaType(type)
        ? toJSONText(value, `Form field "${name}"`)
        : itemText(value, name),
    );
  const style = encoding?.style ?? "form";
  const explode = encoding?.explode ?? style === "form";
  if (Array.isArray(value)) {
    const items = value
      .filter((item) => item !== undefined && item !== null)
      .map((item) => itemText(item, name));
    if (style === "deepObject") appendDeep(params, name, value);
    else if (explode) for (const item of items) params.append(name, item);
    else params.append(name, items.join(DELIMITERS[style] ?? ","));
  } else if (isFieldObject(value))
    appendObject(params, name, value, style, explode);
  else params.append(name, itemText(value, name));
}

/** `URLSearchParams` and strings go as they are; an object's properties become fields. */
export function toSearchParams(
  value: unknown,
  encoding: Readonly<Record<string, PropertyEncoding>> | undefined,
): URLSearchParams | string {
  if (isSearchParams(value) || typeof value === "string") return value;
  if (!isFieldObject(value))
    throw new InvalidParameterError(
      `An application/x-www-form-urlencoded body must be an object, a URLSearchParams or a string, not ${describeValue(value)}`,
    );
  const params = new URLSearchParams();
  for (const name of Object.keys(value))
    appendProperty(params, name, value[name], encoding?.[name]);
  return params;
}

/** An `application/x-www-form-urlencoded` body; binary data is sent as it is. */
export const formBody: BodyEncoder = (value, mediaType, encoding) =>
  isBinary(value)
    ? binaryEncoded(value, mediaType)
    : {
        body: String(toSearchParams(value, encoding)),
        contentType: mediaType,
        replayable: true,
      };
