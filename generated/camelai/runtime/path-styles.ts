import type { ParameterSerializer, ParameterSpec } from "./operation.js";
import {
  fillPath,
  missingPathValue,
  refuseDotValue,
  type PathValue,
} from "./path.js";
import { encodeComponent } from "./scalar.js";
import {
  expand,
  explodeOf,
  joinExpansion,
  styleOf,
  type Expansion,
} from "./style.js";

function matrixPair(name: string, text: string): string {
  return text === "" ? `;${name}` : `;${name}=${text}`;
}

function matrix(
  name: string,
  expansion: Expansion,
  explode: boolean,
  encode: (text: string) => string,
): string {
  const key = encode(name);
  if (!explode || expansion.kind === "scalar")
    return matrixPair(key, joinExpansion(expansion, encode, ",", false));
  if (expansion.kind === "list")
    return expansion.items
      .map((item) => matrixPair(key, encode(item)))
      .join("");
  return expansion.pairs
    .map(([property, item]) => matrixPair(encode(property), encode(item)))
    .join("");
}

/** A value of several segments (a file's path): no segment may be empty, `.` or `..`. */
function segments(name: string, text: string): string {
  return text
    .split("/")
    .map((segment) => {
      refuseDotValue(name, segment);
      return encodeComponent(name, segment);
    })
    .join("/");
}

/**
 * Every value is percent-encoded, including the style's own delimiters (`.` for label), so
 * `/`, `?` and `#` stay inside their segment.
 */
function expandPathParameter(
  name: string,
  spec: ParameterSpec | undefined,
): string {
  const expansion = spec === undefined ? undefined : expand(spec);
  if (spec === undefined || expansion === undefined)
    throw missingPathValue(name);
  if (expansion.kind === "scalar") refuseDotValue(name, expansion.text);
  if (spec.multiSegment === true && expansion.kind === "scalar")
    return segments(name, expansion.text);
  const style = styleOf(spec);
  const explode = explodeOf(spec, style);
  const encodeLabel = (text: string): string =>
    encodeComponent(name, text).replaceAll(".", "%2E");
  const encode = (text: string): string => encodeComponent(name, text);
  switch (style) {
    case "label":
      return `.${joinExpansion(expansion, encodeLabel, explode ? "." : ",", explode)}`;
    case "matrix":
      return matrix(name, expansion, explode, encode);
    default:
      return joinExpansion(expansion, encode, ",", explode);
  }
}

/** Path values in every style OpenAPI allows there (simple, label, matrix), lists and objects included. */
export function styledPathValue(
  parameters: readonly ParameterSpec[],
): PathValue {
  return (name) =>
    expandPathParameter(
      name,
      parameters.find((spec) => spec.in === "path" && spec.name === name),
    );
}

/** Fills a path template from the `in: "path"` parameters, in their declared styles. */
export function buildPath(
  template: string,
  parameters: readonly ParameterSpec[] | undefined,
): string {
  return fillPath(template, styledPathValue(parameters ?? []));
}

/** Path parameters in label or matrix style, with a media type or of several segments, for a request's `serializers`. */
export const inPath: ParameterSerializer = {
  in: "path",
  write: (parameters, into) => {
    into.path = styledPathValue(parameters);
  },
};
