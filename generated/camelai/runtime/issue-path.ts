import { hasOwn, isRecord } from "./schema-checks.js";

/**
 * The keys of a validation issue's JSON pointer, as Standard Schema's `path` wants them
 * (`/items/0/a~1b` -> `["items", 0, "a/b"]`). The pointer does not say whether `0` indexes an
 * array or names a key, so the keys are followed through the value the pointer was taken from,
 * as the interpreter stepped: an array's index is a number, any other token a string key.
 */
export function pointerKeys(pointer: string, value: unknown): (string | number)[] {
  const keys: (string | number)[] = [];
  if (pointer === "") return keys;
  let at = value;
  for (const token of pointer.slice(1).split("/")) {
    const key = token.replace(/~[01]/g, (escape) => (escape === "~1" ? "/" : "~"));
    if (Array.isArray(at)) {
      const index = Number(key);
      keys.push(index);
      at = (at as unknown[])[index];
    } else {
      keys.push(key);
      at = isRecord(at) && hasOwn(at, key) ? at[key] : undefined;
    }
  }
  return keys;
}
