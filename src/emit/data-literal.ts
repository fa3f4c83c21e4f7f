import { objectLiteralKey, stringLiteral } from "./escape.js";
import { literalText, type LiteralTree } from "./literal.js";

/**
 * Plain data as generated code writes it: strings, numbers, booleans, null, arrays, and records.
 * A Map is a record whose keys come from the schema (any key, `__proto__` included); a plain
 * object is a record whose keys camelgen chose (undefined entries are left out).
 */
export type Data = string | number | boolean | null | readonly Data[] | ReadonlyMap<string, Data> | DataFields;

export interface DataFields {
  readonly [key: string]: Data | undefined;
}

/** `value` as TypeScript, laid out as literalText lays it out; every string and key is escaped for where it stands. */
export function dataLiteral(value: Data, broken = 0): string {
  return literalText(dataTree(value), broken);
}

function dataTree(value: Data): LiteralTree {
  if (typeof value === "string") return stringLiteral(value);
  // String(n) is a literal or a global: `-1.5`, `1e+21`, `Infinity`.
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (isArray(value)) return { items: value.map(dataTree) };
  const entries = value instanceof Map ? [...value] : Object.entries(value).filter((e): e is [string, Data] => e[1] !== undefined);
  return { entries: entries.map(([key, item]) => [objectLiteralKey(key), dataTree(item)]) };
}

function isArray(value: Data): value is readonly Data[] {
  return Array.isArray(value);
}
