import { InvalidParameterError } from "./errors.js";
import type { HeaderValues } from "./options.js";
import { scalarToString } from "./scalar.js";

/** Lower-cased header name to value; layers are applied in order, later ones win. */
export type HeaderMap = Map<string, string>;

/** Applies one layer: a string sets, `null` removes, `undefined` leaves the earlier value. */
export function applyHeaders(
  target: HeaderMap,
  layer: HeaderValues | undefined,
): void {
  if (layer === undefined) return;
  for (const name of Object.keys(layer)) {
    const value = layer[name];
    if (value === null) target.delete(name.toLowerCase());
    else if (value !== undefined) target.set(name.toLowerCase(), value);
  }
}

function simpleStyle(name: string, value: unknown): string {
  if (Array.isArray(value))
    return value.map((item) => scalarToString(name, item)).join(",");
  if (typeof value === "object" && value !== null && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, item]) => item !== undefined,
    );
    return entries
      .map(([key, item]) => `${key},${scalarToString(name, item)}`)
      .join(",");
  }
  return scalarToString(name, value);
}

/** Header parameters in OpenAPI's default style (simple, no explode); `undefined` and `null` are left out. */
export function headerParamValues(
  params: Readonly<Record<string, unknown>> | undefined,
): HeaderValues {
  const values: HeaderValues = {};
  if (params === undefined) return values;
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (value !== undefined && value !== null)
      values[name] = simpleStyle(name, value);
  }
  return values;
}

/**
 * Builds the `Headers` here rather than inside `fetch`, one header at a time, because the
 * platform's `TypeError` quotes the offending value, which may be the API key.
 */
export function toHeaders(map: HeaderMap): Headers {
  const headers = new Headers();
  map.forEach((value, name) => {
    try {
      headers.set(name, value);
    } catch {
      throw new InvalidParameterError(
        `Header "${name}" cannot be sent: it contains characters HTTP does not allow (CR, LF, NUL or above U+00FF)`,
        name,
      );
    }
  });
  return headers;
}
