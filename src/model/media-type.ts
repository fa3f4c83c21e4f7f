/** A media type without its parameters, lower-cased: `Application/JSON; charset=utf-8` is `application/json`. */
export function mediaTypeEssence(mediaType: string): string {
  return mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
}

/** `application/json`, any `+json`, and `text/json`, which Swashbuckle lists beside them. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaTypeEssence(mediaType);
  return essence === "application/json" || essence.endsWith("+json") || essence === "text/json";
}

/** Media types outside `text/` whose bodies are text all the same. */
const TEXT_APPLICATION_TYPES = new Set([
  "application/xml", "application/javascript", "application/ecmascript", "application/yaml",
  "application/x-yaml", "application/x-www-form-urlencoded", "application/sql", "application/graphql",
]);

/** JSON, text (`text/*`, XML and `+xml`, YAML, scripts, any type with a `charset`), else bytes. */
export function mediaTypeKind(mediaType: string): "json" | "text" | "bytes" {
  if (isJsonMediaType(mediaType)) return "json";
  const [essence = "", ...parameters] = mediaType.toLowerCase().split(";").map((part) => part.trim());
  const text = essence.startsWith("text/") || essence.endsWith("+xml") || TEXT_APPLICATION_TYPES.has(essence) || parameters.some((p) => p.startsWith("charset="));
  return text ? "text" : "bytes";
}
