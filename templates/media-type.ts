import { InvalidParameterError } from "./errors.js";

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

/** Whether `type` falls in `range`, where the range may be `*\/*` or `image/*`; parameters are ignored. */
export function mediaTypeMatches(range: string, type: string): boolean {
  const wanted = mediaTypeEssence(range);
  const actual = mediaTypeEssence(type);
  if (wanted === "*/*" || wanted === actual) return true;
  return wanted.endsWith("/*") && actual.startsWith(wanted.slice(0, -1));
}

/**
 * The media type a call's body is sent as: the caller's choice when the operation accepts it,
 * else the operation's first (JSON when it offers JSON). Operations that declare none take JSON.
 */
export function requestMediaType(
  offered: readonly string[] | undefined,
  requested: string | undefined,
): string {
  const allowed =
    offered === undefined || offered.length === 0
      ? ["application/json"]
      : offered;
  if (requested === undefined) return allowed[0] ?? "application/json";
  if (allowed.some((range) => mediaTypeMatches(range, requested)))
    return requested;
  throw new InvalidParameterError(
    `contentType "${requested}" is not accepted by this operation; use one of: ${allowed.join(", ")}`,
    "contentType",
  );
}
