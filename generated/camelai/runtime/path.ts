import { InvalidParameterError } from "./errors.js";
import type { ParameterSpec } from "./operation.js";
import { encodeComponent, scalarToString } from "./scalar.js";

const PLACEHOLDER = /\{([^{}/]+)\}/g;
const DOT_SEGMENT = /^(?:\.|%2e){0,2}$/i;
const REFUSED_VALUES: readonly string[] = ["", ".", ".."];

/** The text of one path placeholder, encoded; throws for a value it will not send. */
export type PathValue = (name: string) => string;

export function missingPathValue(name: string): InvalidParameterError {
  return new InvalidParameterError(
    `Missing value for path parameter "${name}"`,
    name,
  );
}

/**
 * A primitive `""`, `"."` or `".."` is refused because URL parsers collapse dot segments (even
 * encoded ones) and move the request to another route.
 */
export function refuseDotValue(name: string, text: string): void {
  if (REFUSED_VALUES.includes(text))
    throw new InvalidParameterError(
      `Path parameter "${name}" must not be empty, "." or ".."`,
      name,
    );
}

/** Whether a path parameter needs `inPath`: a label or matrix style, or a `content` media type. */
export function isStyledPath(spec: ParameterSpec): boolean {
  return (
    spec.style === "label" ||
    spec.style === "matrix" ||
    spec.contentType !== undefined
  );
}

/**
 * Path values in simple style, the default: one scalar each, percent-encoded so that `/`, `?`
 * and `#` stay inside their segment. Styled parameters need the request's `inPath`.
 */
export function simplePathValue(
  parameters: readonly ParameterSpec[] | undefined,
): PathValue {
  return (name) => {
    const spec = (parameters ?? []).find(
      (candidate) => candidate.in === "path" && candidate.name === name,
    );
    if (spec === undefined || spec.value === undefined || spec.value === null)
      throw missingPathValue(name);
    if (isStyledPath(spec))
      throw new InvalidParameterError(
        `The request names no serializer for path parameters such as "${name}"`,
        name,
      );
    const text = scalarToString(name, spec.value);
    refuseDotValue(name, text);
    return encodeComponent(name, text);
  };
}

/** Checked per segment: a list such as `["."]` or two values side by side can also make a dot segment. */
function fillSegment(segment: string, value: PathValue): string {
  let first: string | undefined;
  const filled = segment.replace(
    PLACEHOLDER,
    (_match: string, name: string) => {
      first ??= name;
      return value(name);
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

/** Fills a path template, each placeholder with `value(name)`. */
export function fillPath(template: string, value: PathValue): string {
  return template
    .split("/")
    .map((segment) => fillSegment(segment, value))
    .join("/");
}

/**
 * Joins by string rules, never `new URL(path, base)`: a path such as `//evil.example/x` would
 * otherwise replace the host. The path goes after the base's path; the base's query (Azure's
 * `?api-version=`) stays after it, and a fragment, which is never sent, is dropped.
 */
export function joinURL(baseURL: string, path: string): string {
  const [, head = "", query = ""] = /^([^?#]*)(\?[^#]*)?/.exec(baseURL) ?? [];
  const base = head.replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? "" : "/"}${path}${query}`;
}
