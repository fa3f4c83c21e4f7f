import { defineValue, REDACTED, scrubText } from "./redact.js";

/** Header values never logged, whatever the schema says. */
export const ALWAYS_REDACTED_HEADERS = [
  "authorization",
  "cookie",
  "set-cookie",
  "x-api-key",
  "proxy-authorization",
];

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    return raw;
  }
}

/** A URL as logs show it: values of credential query parameters, user-info and secrets become `***`. */
export function redactURL(
  url: string,
  query: ReadonlySet<string>,
  secrets: readonly string[],
): string {
  const withoutUserInfo = url.replace(
    /^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i,
    `$1${REDACTED}@`,
  );
  const start = withoutUserInfo.indexOf("?");
  if (start < 0) return scrubText(withoutUserInfo, secrets);
  const hash = withoutUserInfo.indexOf("#", start);
  const end = hash < 0 ? withoutUserInfo.length : hash;
  const pairs = withoutUserInfo
    .slice(start + 1, end)
    .split("&")
    .map((part) => {
      const equals = part.indexOf("=");
      const name = equals < 0 ? part : part.slice(0, equals);
      return query.has(decodeName(name)) ? `${name}=${REDACTED}` : part;
    })
    .join("&");
  return scrubText(
    `${withoutUserInfo.slice(0, start + 1)}${pairs}${withoutUserInfo.slice(end)}`,
    secrets,
  );
}

/** Headers as logs show them: the named ones (lower-cased) as `***`, secrets in the others replaced. */
export function redactHeaders(
  headers: Headers,
  names: ReadonlySet<string>,
  secrets: readonly string[],
): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, name) => {
    defineValue(
      record,
      name,
      names.has(name) ? REDACTED : scrubText(value, secrets),
    );
  });
  return record;
}
