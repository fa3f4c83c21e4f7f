/** Keywords whose value is one schema. */
const ONE = new Set(["not", "if", "then", "else", "contains", "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "items", "additionalItems", "contentSchema"]);
/** Keywords whose value is a list of schemas, or a map of names to schemas. */
const MANY = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);

/** Where a walk down a pointer stands: OpenAPI objects, a schema, a list or map of schemas, or inside some other value of a schema. */
type Place = "openapi" | "schema" | "schemas" | "other";

/**
 * For each object along `tokens` (a JSON pointer's tokens, from the document's root), whether it
 * stands where a schema does: a component schema, the `schema` (3.2 `itemSchema`) of a parameter,
 * header or media type, and from there on only through keywords whose values are schemas. A `$id`
 * counts only there: inside an unknown keyword's value it identifies nothing (JSON Schema 2020-12
 * §8.2.1). Element `i` answers for the object after `i + 1` tokens.
 */
export function schemaPositions(tokens: readonly string[]): boolean[] {
  let place: Place = "openapi";
  return tokens.map((token, i) => (place = next(place, token, i, tokens)) === "schema");
}

function next(place: Place, token: string, i: number, tokens: readonly string[]): Place {
  switch (place) {
    case "openapi":
      if (token === "schema" || token === "itemSchema") return "schema";
      return i === 2 && tokens[0] === "components" && tokens[1] === "schemas" ? "schema" : "openapi";
    case "schema":
      return ONE.has(token) ? "schema" : MANY.has(token) ? "schemas" : "other";
    case "schemas":
      return "schema";
    case "other":
      return "other";
  }
}
