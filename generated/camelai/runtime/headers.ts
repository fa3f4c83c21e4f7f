import { InvalidParameterError } from "./errors.js";
import type { ParameterSerializer, ParameterSpec } from "./operation.js";
import type { HeaderValues } from "./options.js";
import { expand, explodeOf, joinExpansion, styleOf } from "./style.js";

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

/** What `Headers` refuses (CR, LF, NUL, anything above U+00FF), checked first so the error names the parameter. */
const UNSENDABLE = /[\0\r\n]|[^\0-\u00ff]/;

/**
 * Header parameters in simple style, never percent-encoded: lists and unexploded objects
 * join as `a,b` / `k,v`, exploded objects as `k=v,k=v`. `undefined` and `null` are left out.
 */
export function headerParamValues(
  parameters: readonly ParameterSpec[] | undefined,
): HeaderValues {
  const values: HeaderValues = {};
  for (const spec of parameters ?? []) {
    if (spec.in !== "header") continue;
    const expansion = expand(spec);
    if (expansion === undefined) continue;
    const explode = explodeOf(spec, styleOf(spec));
    const text = joinExpansion(expansion, (part) => part, ",", explode);
    if (UNSENDABLE.test(text)) {
      throw new InvalidParameterError(
        `Header parameter "${spec.name}" has characters HTTP forbids (CR, LF, NUL or above U+00FF)`,
        spec.name,
      );
    }
    values[spec.name] = text;
  }
  return values;
}

/** Header parameters, for a request's `serializers`. */
export const inHeader: ParameterSerializer = {
  in: "header",
  write: (parameters, into) => {
    Object.assign(into.headers, headerParamValues(parameters));
  },
};

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
        `Header "${name}" has characters HTTP forbids (CR, LF, NUL or above U+00FF)`,
        name,
      );
    }
  });
  return headers;
}
