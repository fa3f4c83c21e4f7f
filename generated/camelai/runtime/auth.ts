import type { SecurityScheme } from "./config.js";
import type { HeaderMap } from "./headers.js";
import type { QueryPair } from "./query.js";

/** Where the API key goes for one request. */
export interface Credentials {
  /** Lower-cased header names. */
  headers: HeaderMap;
  query: QueryPair[];
  cookies: QueryPair[];
}

function canPlace(scheme: SecurityScheme | undefined): boolean {
  if (scheme === undefined) return false;
  switch (scheme.type) {
    case "http": {
      const name = scheme.scheme.toLowerCase();
      return name === "bearer" || name === "basic";
    }
    case "apiKey":
    case "oauth2":
    case "openIdConnect":
      return true;
    default:
      return scheme satisfies never;
  }
}

/** RFC 7617 says user-id and password are UTF-8; `btoa` alone only takes Latin-1. */
function base64UTF8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text))
    binary += String.fromCharCode(byte);
  return btoa(binary);
}

function place(
  scheme: SecurityScheme,
  apiKey: string,
  into: Credentials,
): void {
  switch (scheme.type) {
    case "http":
      into.headers.set(
        "authorization",
        scheme.scheme.toLowerCase() === "basic"
          ? `Basic ${base64UTF8(apiKey)}`
          : `Bearer ${apiKey}`,
      );
      return;
    case "apiKey":
      if (scheme.in === "header")
        into.headers.set(scheme.name.toLowerCase(), apiKey);
      else if (scheme.in === "query") into.query.push([scheme.name, apiKey]);
      else into.cookies.push([scheme.name, apiKey]);
      return;
    case "oauth2":
    case "openIdConnect":
      // With a single configured secret, the only thing to send for these is a ready-made access token.
      into.headers.set("authorization", `Bearer ${apiKey}`);
      return;
    default:
      scheme satisfies never;
  }
}

/**
 * Picks the first alternative whose schemes the key can all satisfy. Alternatives that need no
 * credentials are only the fallback, so an operation with optional auth still sends a configured
 * key. Without a key nothing is sent and the server decides.
 */
export function resolveCredentials(
  security: readonly (readonly string[])[],
  schemes: Readonly<Record<string, SecurityScheme>>,
  apiKey: string | undefined,
): Credentials {
  const credentials: Credentials = {
    headers: new Map(),
    query: [],
    cookies: [],
  };
  if (apiKey === undefined) return credentials;
  const lookup = (name: string): SecurityScheme | undefined =>
    Object.hasOwn(schemes, name) ? schemes[name] : undefined;
  const chosen = security.find(
    (alternative) =>
      alternative.length > 0 &&
      alternative.every((name) => canPlace(lookup(name))),
  );
  for (const name of chosen ?? []) {
    const scheme = lookup(name);
    if (scheme !== undefined) place(scheme, apiKey, credentials);
  }
  return credentials;
}

/** Appends credential cookies to whatever `cookie` header the caller set; values are encoded so they cannot add cookies. */
export function cookieHeader(
  existing: string | undefined,
  cookies: readonly QueryPair[],
): string | undefined {
  if (cookies.length === 0) return existing;
  const added = cookies
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("; ");
  return existing === undefined || existing === ""
    ? added
    : `${existing}; ${added}`;
}
