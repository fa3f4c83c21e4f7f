import { encodeComponent, scalarToString } from "./scalar.js";

export type QueryPair = readonly [name: string, value: string];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date)
  );
}

/** A value nested deeper than form style can express is sent as JSON rather than `[object Object]`. */
function leafText(name: string, value: unknown): string {
  return typeof value === "object" && value !== null && !(value instanceof Date)
    ? JSON.stringify(value)
    : scalarToString(name, value);
}

function pushRepeated(
  pairs: QueryPair[],
  name: string,
  values: readonly unknown[],
): void {
  for (const item of values) {
    if (item !== undefined && item !== null)
      pairs.push([name, leafText(name, item)]);
  }
}

/**
 * OpenAPI's default query style (form, explode): arrays repeat the name (`a=1&a=2`), objects
 * contribute one pair per property, `undefined` and `null` are left out.
 */
export function queryPairs(
  query: Readonly<Record<string, unknown>> | undefined,
): QueryPair[] {
  const pairs: QueryPair[] = [];
  if (query === undefined) return pairs;
  for (const name of Object.keys(query)) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      pushRepeated(pairs, name, value);
    } else if (isPlainObject(value)) {
      for (const key of Object.keys(value)) {
        const nested = value[key];
        if (Array.isArray(nested)) pushRepeated(pairs, key, nested);
        else if (nested !== undefined && nested !== null)
          pairs.push([key, leafText(key, nested)]);
      }
    } else {
      pairs.push([name, scalarToString(name, value)]);
    }
  }
  return pairs;
}

/** Percent-encodes every name and value (spaces as `%20`), so no value can add a parameter. */
export function formatQuery(pairs: readonly QueryPair[]): string {
  return pairs
    .map(
      ([name, value]) =>
        `${encodeComponent(name, name)}=${encodeComponent(name, value)}`,
    )
    .join("&");
}
