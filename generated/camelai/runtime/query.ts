import { deepPairs } from "./deep-object.js";
import type {
  ParameterSerializer,
  ParameterSpec,
  ParameterStyle,
} from "./operation.js";
import { encodeComponent, scalarToString } from "./scalar.js";
import {
  expand,
  explodeOf,
  formComponents,
  isRecord,
  styleOf,
} from "./style.js";

/** A raw (unencoded) name and value, as credentials are placed. */
export type QueryPair = readonly [name: string, value: string];

/** Percent-encoded per OAS 3.0.4's style examples: RFC 3986 allows neither `|` nor `[ ]` in a query. */
const DELIMITERS: Partial<Record<ParameterStyle, string>> = {
  form: ",",
  spaceDelimited: "%20",
  pipeDelimited: "%7C",
};

/**
 * `allowReserved`: RFC 3986 reserved characters and existing `%XX` triples pass through. `#`,
 * `&`, `=`, `+`, `[` and `]` stay encoded: they would end the query, add a parameter or
 * change the value for a form decoder, so no value can do that even here.
 */
const KEPT = /%25([0-9A-Fa-f]{2})|%(3A|2F|3F|40|24|2C|3B)/g;

function encodeReserved(name: string, text: string): string {
  return encodeComponent(name, text).replace(
    KEPT,
    (match: string, triple: string | undefined) =>
      triple !== undefined ? `%${triple}` : decodeURIComponent(match),
  );
}

/**
 * Encoded `name=value` components of one query parameter in its OpenAPI style. Styles the
 * specification leaves undefined: a primitive in spaceDelimited/pipeDelimited is a plain
 * `name=value`; those two with `explode: true` repeat the name as form does; deepObject
 * ignores `explode`, writes objects and arrays as `deepPairs` says, and falls back to exploded
 * form for a scalar.
 */
export function queryComponents(spec: ParameterSpec): string[] {
  const { name } = spec;
  const encodeName = (text: string): string => encodeComponent(name, text);
  const encodeValue = (text: string): string =>
    spec.allowReserved === true
      ? encodeReserved(name, text)
      : encodeComponent(name, text);
  const style = styleOf({ ...spec, in: "query" });
  if (
    style === "deepObject" &&
    spec.contentType === undefined &&
    (isRecord(spec.value) || Array.isArray(spec.value))
  )
    return deepPairs(name, name, spec.value, (leaf) =>
      scalarToString(name, leaf),
    ).map(([key, text]) => `${encodeName(key)}=${encodeValue(text)}`);
  const expansion = expand(spec);
  if (expansion === undefined) return [];
  const explode = style === "deepObject" || explodeOf(spec, style);
  return formComponents(
    name,
    expansion,
    explode,
    encodeName,
    encodeValue,
    DELIMITERS[style] ?? ",",
  );
}

/** The encoded query string (no `?`) of the `in: "query"` parameters, in declaration order. */
export function queryString(
  parameters: readonly ParameterSpec[] | undefined,
): string {
  return (parameters ?? [])
    .filter((spec) => spec.in === "query")
    .flatMap(queryComponents)
    .join("&");
}

/** Query parameters, for a request's `serializers`. */
export const inQuery: ParameterSerializer = {
  in: "query",
  write: (parameters, into) => {
    const query = queryString(parameters);
    if (query !== "") into.query.push(query);
  },
};

/** Percent-encodes every name and value (spaces as `%20`), so no value can add a parameter. */
export function formatQuery(pairs: readonly QueryPair[]): string {
  return pairs
    .map(
      ([name, value]) =>
        `${encodeComponent(name, name)}=${encodeComponent(name, value)}`,
    )
    .join("&");
}

/**
 * Query parameters that are all in form style (the default) without `allowReserved`, for a
 * request's `serializers`: the same components as `inQuery` without the other styles' code.
 */
export const inFormQuery: ParameterSerializer = {
  in: "query",
  write: (parameters, into) => {
    const query = parameters
      .flatMap((spec) => {
        const expansion = expand(spec);
        const encode = (text: string): string =>
          encodeComponent(spec.name, text);
        return expansion === undefined
          ? []
          : formComponents(
              spec.name,
              expansion,
              spec.explode ?? true,
              encode,
              encode,
              ",",
            );
      })
      .join("&");
    if (query !== "") into.query.push(query);
  },
};

/**
 * Query parameters whose values are all scalars (strings, numbers, booleans, dates), without
 * `allowReserved` or `content`, for a request's `serializers`: every style writes a scalar as
 * `name=value`, so this needs none of the styles' code.
 */
export const inScalarQuery: ParameterSerializer = {
  in: "query",
  write: (parameters, into) => {
    const query = formatQuery(
      parameters
        .filter((spec) => spec.value !== undefined && spec.value !== null)
        .map((spec) => [spec.name, scalarToString(spec.name, spec.value)]),
    );
    if (query !== "") into.query.push(query);
  },
};
