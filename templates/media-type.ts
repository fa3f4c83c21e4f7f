/** The media type without parameters, lower-cased: `"Application/JSON; charset=utf-8"` gives `"application/json"`. */
export function mediaTypeEssence(
  contentType: string | null | undefined,
): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** `application/json` and every structured-syntax `+json` type, such as `application/problem+json`. */
export function isJSONMediaType(
  contentType: string | null | undefined,
): boolean {
  const essence = mediaTypeEssence(contentType);
  return essence === "application/json" || essence.endsWith("+json");
}
