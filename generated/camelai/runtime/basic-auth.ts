import { InvalidParameterError } from "./errors.js";
import type { SchemeCredential } from "./options.js";

/** RFC 7617 says user-id and password are UTF-8; `btoa` alone only takes Latin-1. */
function base64UTF8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text))
    binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The `authorization` value of an HTTP basic scheme: the generator names it as the scheme's
 * `encode`, so only clients whose schema has a basic scheme bundle it. A string credential is
 * taken as `user:password` already joined; one without a colon is a user-id with an empty
 * password (`sk_test_...:`, as Stripe's secret keys go), since RFC 7617 requires the colon.
 */
export function basicAuth(name: string, credential: SchemeCredential): string {
  if (typeof credential === "string")
    return `Basic ${base64UTF8(credential.includes(":") ? credential : `${credential}:`)}`;
  if (credential.username.includes(":")) {
    throw new InvalidParameterError(
      `The username for security scheme "${name}" must not contain ":" (RFC 7617)`,
      name,
    );
  }
  return `Basic ${base64UTF8(`${credential.username}:${credential.password}`)}`;
}
