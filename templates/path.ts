import { InvalidParameterError } from "./errors.js";
import { encodeComponent, scalarToString } from "./scalar.js";

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Fills a path template. Every value is percent-encoded, so `/`, `?` and `#` stay inside their
 * segment; `""`, `"."` and `".."` are refused because URL parsers collapse dot segments (even
 * encoded ones), which would move the request to another route.
 */
export function buildPath(
  template: string,
  params: Readonly<Record<string, unknown>> | undefined,
): string {
  return template.replace(PLACEHOLDER, (_match: string, name: string) => {
    const value =
      params !== undefined && Object.hasOwn(params, name)
        ? params[name]
        : undefined;
    if (value === undefined || value === null) {
      throw new InvalidParameterError(
        `Missing value for path parameter "${name}"`,
        name,
      );
    }
    const text = scalarToString(name, value);
    if (text === "" || text === "." || text === "..") {
      throw new InvalidParameterError(
        `Path parameter "${name}" must not be empty, "." or ".."`,
        name,
      );
    }
    return encodeComponent(name, text);
  });
}

/**
 * Joins by string rules, never `new URL(path, base)`: a path such as `//evil.example/x` would
 * otherwise replace the host.
 */
export function joinURL(baseURL: string, path: string): string {
  const base = baseURL.replace(/\/+$/, "");
  return path.startsWith("/") ? `${base}${path}` : `${base}/${path}`;
}
