import { InvalidParameterError } from "./errors.js";
import { isRecord } from "./style.js";

const MAX_DEPTH = 32;

const isLeaf = (value: unknown): boolean =>
  !isRecord(value) && !Array.isArray(value);

/**
 * The unencoded `name[key]=value` pairs of a deepObject value, in a query or a form body. OpenAPI
 * defines deepObject for an object of scalars only; beyond that this follows the bracket
 * convention of the servers that declare it (PHP, Rack, Stripe, qs): nested objects recurse, an
 * array of scalars repeats `name[]`, and an array that holds an object or an array numbers its
 * items (`line_items[0][price]`), since only an index keeps one item's keys together. Null and
 * undefined members are left out; `leaf` writes everything else that is no object or array.
 */
export function deepPairs(
  param: string,
  path: string,
  value: unknown,
  leaf: (value: unknown) => string,
  depth = 0,
): [string, string][] {
  if (value === undefined || value === null) return [];
  if (depth > MAX_DEPTH)
    throw new InvalidParameterError(
      `Parameter "${param}" is nested more than ${MAX_DEPTH} levels deep`,
      param,
    );
  let members: [string, unknown][];
  if (Array.isArray(value)) {
    const indexed = !value.every(isLeaf);
    members = value.map((item: unknown, index) => [
      indexed ? String(index) : "",
      item,
    ]);
  } else if (isRecord(value)) members = Object.entries(value);
  else return [[path, leaf(value)]];
  return members.flatMap(([key, item]) =>
    deepPairs(param, `${path}[${key}]`, item, leaf, depth + 1),
  );
}
