/**
 * Sets an error's `name` as a hidden property, as the built-in errors have it: an ordinary field
 * would be enumerable and add noise to `JSON.stringify(error)` and every logged error. Each class
 * spells its name out because a minifier renames classes.
 */
export function hideName(error: Error, name: string): void {
  Object.defineProperty(error, "name", {
    value: name,
    writable: true,
    configurable: true,
  });
}
