import { objectLiteralKey, stringLiteral } from "./escape.js";
import { lineByLine } from "./literal.js";

/**
 * Plain data as generated code writes it: strings, numbers, booleans, null, arrays, and records.
 * A Map is a record whose keys come from the schema (any key, `__proto__` included); a plain
 * object is a record whose keys camelgen chose (undefined entries are left out).
 */
export type Data = string | number | boolean | null | readonly Data[] | ReadonlyMap<string, Data> | DataFields;

export interface DataFields {
  readonly [key: string]: Data | undefined;
}

/**
 * `value` as TypeScript; every string and key is escaped for where it stands. The outer `broken`
 * levels of records and arrays put one entry per line (a large table stays readable in an
 * editor), everything deeper is one line.
 */
export function dataLiteral(value: Data, broken = 0): string {
  if (typeof value === "string") return stringLiteral(value);
  // String(n) is a literal or a global: `-1.5`, `1e+21`, `Infinity`.
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  const inner = (item: Data) => dataLiteral(item, broken - 1);
  const items = isArray(value)
    ? value.map(inner)
    : (value instanceof Map ? [...value] : Object.entries(value).filter((e): e is [string, Data] => e[1] !== undefined)).map(
        ([key, item]) => `${objectLiteralKey(key)}: ${inner(item)}`,
      );
  const [open, close] = isArray(value) ? ["[", "]"] : ["{", "}"];
  if (items.length === 0) return `${open}${close}`;
  if (broken > 0) return lineByLine(items, open, close);
  return isArray(value) ? `[${items.join(", ")}]` : `{ ${items.join(", ")} }`;
}

function isArray(value: Data): value is readonly Data[] {
  return Array.isArray(value);
}
