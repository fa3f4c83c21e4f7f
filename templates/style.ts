import { InvalidParameterError } from "./errors.js";
import { isJSONMediaType } from "./media-type.js";
import type {
  ParameterLocation,
  ParameterSpec,
  ParameterStyle,
} from "./operation.js";
import { scalarToString } from "./scalar.js";

/**
 * A parameter value reduced to what RFC 6570 knows how to expand: one string, a list of
 * strings, or name/value pairs. Null and undefined items are already gone.
 */
export type Expansion =
  | { kind: "scalar"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "pairs"; pairs: [string, string][] };

const DEFAULT_STYLE: Readonly<Record<ParameterLocation, ParameterStyle>> = {
  path: "simple",
  query: "form",
  querystring: "form",
  header: "simple",
  cookie: "form",
};

const STYLES_BY_LOCATION: Readonly<
  Record<ParameterLocation, readonly ParameterStyle[]>
> = {
  path: ["simple", "label", "matrix"],
  query: ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
  querystring: [],
  header: ["simple"],
  cookie: ["form"],
};

/** The declared style when OpenAPI allows it in this location, else the location's default. */
export function styleOf(spec: ParameterSpec): ParameterStyle {
  const style = spec.style;
  return style !== undefined && STYLES_BY_LOCATION[spec.in].includes(style)
    ? style
    : DEFAULT_STYLE[spec.in];
}

export function explodeOf(spec: ParameterSpec, style: ParameterStyle): boolean {
  return spec.explode ?? style === "form";
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}

export function jsonText(name: string, value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    throw new InvalidParameterError(
      `Parameter "${name}" cannot be serialised as JSON`,
      name,
    );
  }
  return text;
}

/** A value nested deeper than the style can express is sent as JSON rather than `[object Object]`. */
export function leafText(name: string, value: unknown): string {
  return typeof value === "object" && value !== null && !(value instanceof Date)
    ? jsonText(name, value)
    : scalarToString(name, value);
}

function contentText(
  name: string,
  value: unknown,
  contentType: string,
): string {
  if (isJSONMediaType(contentType)) return jsonText(name, value);
  return scalarToString(name, value);
}

/**
 * `undefined` when the value is absent: undefined, null, or (as RFC 6570 says) a list or
 * object with no defined members.
 */
export function expand(spec: ParameterSpec): Expansion | undefined {
  const { name, value } = spec;
  if (value === undefined || value === null) return undefined;
  if (spec.contentType !== undefined)
    return { kind: "scalar", text: contentText(name, value, spec.contentType) };
  if (Array.isArray(value)) {
    const items = value
      .filter((item: unknown) => item !== undefined && item !== null)
      .map((item: unknown) => leafText(name, item));
    return items.length === 0 ? undefined : { kind: "list", items };
  }
  if (isRecord(value)) {
    const pairs: [string, string][] = [];
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== undefined && item !== null)
        pairs.push([key, leafText(name, item)]);
    }
    return pairs.length === 0 ? undefined : { kind: "pairs", pairs };
  }
  return { kind: "scalar", text: scalarToString(name, value) };
}

/**
 * Simple-style joining shared by path and header values: list items and exploded pairs
 * (`k=v`) are joined by `separator`; unexploded pairs flatten to `k,v,k,v`.
 */
export function joinExpansion(
  expansion: Expansion,
  encode: (text: string) => string,
  separator: string,
  explode: boolean,
): string {
  switch (expansion.kind) {
    case "scalar":
      return encode(expansion.text);
    case "list":
      return expansion.items.map(encode).join(separator);
    case "pairs":
      return explode
        ? expansion.pairs
            .map(([key, item]) => `${encode(key)}=${encode(item)}`)
            .join(separator)
        : expansion.pairs.flat().map(encode).join(separator);
    default:
      return expansion satisfies never;
  }
}

/**
 * Form-style `name=value` components (query and cookie): exploded lists repeat the name,
 * exploded objects use their keys as names, otherwise items are joined by `delimiter`.
 */
export function formComponents(
  name: string,
  expansion: Expansion,
  explode: boolean,
  encodeName: (text: string) => string,
  encodeValue: (text: string) => string,
  delimiter: string,
): string[] {
  const key = encodeName(name);
  switch (expansion.kind) {
    case "scalar":
      return [`${key}=${encodeValue(expansion.text)}`];
    case "list":
      return explode
        ? expansion.items.map((item) => `${key}=${encodeValue(item)}`)
        : [`${key}=${expansion.items.map(encodeValue).join(delimiter)}`];
    case "pairs":
      return explode
        ? expansion.pairs.map(
            ([property, item]) =>
              `${encodeName(property)}=${encodeValue(item)}`,
          )
        : [`${key}=${expansion.pairs.flat().map(encodeValue).join(delimiter)}`];
    default:
      return expansion satisfies never;
  }
}
