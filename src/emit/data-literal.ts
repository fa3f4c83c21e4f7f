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
  const entries: [string, LiteralTree][] = [];
  if (value instanceof Map) {
    for (const [key, item] of value) entries.push([objectLiteralKey(key), dataTree(item)]);
    return { entries };
  }
  // for-in: no array of entries per record (the schema table has hundreds of thousands).
  const fields = value as DataFields;
  for (const key in fields) {
    const item = fields[key];
    if (item !== undefined) entries.push([objectLiteralKey(key), dataTree(item)]);
  }
  return { entries };
}

function isArray(value: Data): value is readonly Data[] {
  return Array.isArray(value);
}
