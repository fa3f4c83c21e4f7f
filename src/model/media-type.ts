/** A media type without its parameters, lower-cased: `Application/JSON; charset=utf-8` is `application/json`. */
export function mediaTypeEssence(mediaType: string): string {
  return mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
}
