import { InvalidParameterError } from "./errors.js";
import type { ParameterSpec } from "./operation.js";
import { encodeComponent } from "./scalar.js";
import {
  expand,
  explodeOf,
  joinExpansion,
  styleOf,
  type Expansion,
} from "./style.js";

const PLACEHOLDER = /\{([^{}/]+)\}/g;
const DOT_SEGMENT = /^(?:\.|%2e){0,2}$/i;
const REFUSED_VALUES: readonly string[] = ["", ".", ".."];

function missing(name: string): InvalidParameterError {
  return new InvalidParameterError(
    `Missing value for path parameter "${name}"`,
    name,
  );
}

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

/**
 * Every value is percent-encoded, including the style's own delimiters (`.` for label), so
 * `/`, `?` and `#` stay inside their segment. A primitive `""`, `"."` or `".."` is refused
 * because URL parsers collapse dot segments (even encoded ones) and move the request to
 * another route.
 */
function expandPathParameter(
  name: string,
  spec: ParameterSpec | undefined,
): string {
  const expansion = spec === undefined ? undefined : expand(spec);
  if (spec === undefined || expansion === undefined) throw missing(name);
  if (expansion.kind === "scalar" && REFUSED_VALUES.includes(expansion.text)) {
    throw new InvalidParameterError(
      `Path parameter "${name}" must not be empty, "." or ".."`,
      name,
    );
  }
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

/** Checked per segment: a list such as `["."]` or two values side by side can also make a dot segment. */
function fillSegment(
  segment: string,
  parameters: readonly ParameterSpec[],
): string {
  let first: string | undefined;
  const filled = segment.replace(
    PLACEHOLDER,
    (_match: string, name: string) => {
      first ??= name;
      return expandPathParameter(
        name,
        parameters.find((spec) => spec.in === "path" && spec.name === name),
      );
    },
  );
  if (first !== undefined && DOT_SEGMENT.test(filled)) {
    throw new InvalidParameterError(
      `Path parameter "${first}" would make an empty, "." or ".." path segment`,
      first,
    );
  }
  return filled;
}

/** Fills a path template from the `in: "path"` parameters. */
export function buildPath(
  template: string,
  parameters: readonly ParameterSpec[] | undefined,
): string {
  return template
    .split("/")
    .map((segment) => fillSegment(segment, parameters ?? []))
    .join("/");
}

/**
 * Joins by string rules, never `new URL(path, base)`: a path such as `//evil.example/x` would
 * otherwise replace the host.
 */
export function joinURL(baseURL: string, path: string): string {
  const base = baseURL.replace(/\/+$/, "");
  return path.startsWith("/") ? `${base}${path}` : `${base}/${path}`;
}
