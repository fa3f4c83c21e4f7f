/** A parsed JSON/YAML object node. */
export type JsonObject = { readonly [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function stringField(node: JsonObject, key: string): string | undefined {
  const value = node[key];
  return typeof value === "string" ? value : undefined;
}

export function numberField(node: JsonObject, key: string): number | undefined {
  const value = node[key];
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function objectField(node: JsonObject, key: string): JsonObject | undefined {
  const value = node[key];
  return isJsonObject(value) ? value : undefined;
}

export function arrayField(node: JsonObject, key: string): readonly unknown[] | undefined {
  const value = node[key];
  return Array.isArray(value) ? value : undefined;
}

/** Own enumerable entries in document order, skipping prototype-polluting keys. */
export function entries(node: JsonObject): [string, unknown][] {
  return Object.keys(node)
    .filter((key) => Object.prototype.hasOwnProperty.call(node, key))
    .map((key) => [key, node[key]]);
}
