import { isJsonObject } from "../model/json.js";

/** Keywords whose value is data (a JSON value the document quotes), never a schema or a reference. */
const DATA_KEYWORDS = new Set(["example", "default", "const", "enum"]);

/**
 * Keywords whose value is a map from names the author chose (property names, status codes, media
 * types, component keys) to objects: a key in it is never a keyword, so a property called `default`
 * or the response `default` stays a schema or a response.
 */
const NAMED_MAPS = new Set([
  "properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies",
  "paths", "webhooks", "responses", "headers", "content", "encoding", "callbacks", "links",
  "securitySchemes", "securityDefinitions", "parameters", "variables", "schemas", "requestBodies",
  "pathItems", "mapping", "scopes",
]);

/** What an object in the document is, to the walk: keywords (a schema, an operation) or a named map. */
type Place = "keywords" | "map";

/**
 * Calls `visit` with every data value of an OpenAPI document (or of a file it refers to) and its
 * pointer: `example`, `default`, `const`, `enum`, `x-` extensions, a schema's `examples` array, an
 * Example Object's `value` and Swagger 2.0's response `examples`. A `$ref` key inside one is data.
 * `visit` returns the replacement of the value (itself to keep it). Returns the node, copied only
 * where a value was replaced.
 */
export function mapDataValues(node: unknown, visit: (value: unknown) => unknown, swagger2 = false): unknown {
  return walk(node, "keywords", visit, swagger2);
}

function walk(node: unknown, place: Place, visit: (value: unknown) => unknown, swagger2: boolean): unknown {
  if (Array.isArray(node)) return replaced(node, node.map((item) => walk(item, "keywords", visit, swagger2)));
  if (!isJsonObject(node)) return node;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    const value = node[key];
    const next = place === "keywords" ? keyword(key, value, visit, swagger2) : walk(value, "keywords", visit, swagger2);
    if (next !== value) (copy ??= { ...node })[key] = next;
  }
  return copy ?? node;
}

function keyword(key: string, value: unknown, visit: (value: unknown) => unknown, swagger2: boolean): unknown {
  if (DATA_KEYWORDS.has(key) || key.startsWith("x-") || key === "value") return visit(value);
  if (key === "examples") {
    // A schema's examples (JSON Schema) and Swagger 2.0's response examples by media type are data;
    // OpenAPI 3's are a map of Example Objects (or references to components/examples).
    if (Array.isArray(value) || swagger2) return visit(value);
    return walk(value, "map", visit, swagger2);
  }
  if (key === "components") return walkComponents(value, visit, swagger2);
  return walk(value, NAMED_MAPS.has(key) && isJsonObject(value) ? "map" : "keywords", visit, swagger2);
}

/** `components` holds one named map per kind (`schemas`, `examples`, ...), each of named objects. */
function walkComponents(node: unknown, visit: (value: unknown) => unknown, swagger2: boolean): unknown {
  if (!isJsonObject(node)) return node;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(node)) {
    const value = node[key];
    const next = key.startsWith("x-") ? visit(value) : walk(value, "map", visit, swagger2);
    if (next !== value) (copy ??= { ...node })[key] = next;
  }
  return copy ?? node;
}

function replaced<T>(before: readonly T[], after: T[]): readonly T[] {
  return after.every((item, i) => item === before[i]) ? before : after;
}

/** True when `$ref` is a key anywhere in the value. */
export function holdsRefKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsRefKey);
  if (!isJsonObject(value)) return false;
  return "$ref" in value || Object.values(value).some(holdsRefKey);
}
