import { credentialHeader, schemeNamed, type AuthConfig } from "./auth.js";
import { hideName } from "./error-name.js";
import { applyHeaders, type HeaderMap } from "./headers.js";
import type { HeaderValues } from "./options.js";

/**
 * An operation that needs a credential was called on a client that has none for it; nothing was
 * sent. Not an `APIError`: there is no response and no status.
 */
export class MissingCredentialError extends Error {
  /** The security requirements the operation accepts, each a list of scheme names, none satisfied. */
  declare readonly requirements: readonly (readonly string[])[];

  constructor(message: string, requirements: readonly (readonly string[])[]) {
    super(message);
    hideName(this, "MissingCredentialError");
    this.requirements = requirements;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      requirements: this.requirements,
    };
  }
}

/** The requirements in words: `a` and `b` or `c`, each scheme name as `format` writes it. */
function alternatives(
  security: readonly (readonly string[])[],
  format: (name: string) => string,
): string {
  return security
    .map((requirement) => requirement.map(format).join(" and "))
    .join(" or ");
}

function message(
  operation: string,
  security: readonly (readonly string[])[],
  auth: AuthConfig,
): string {
  const env =
    auth.apiKeyEnvVar === undefined
      ? ""
      : ` or set the ${auth.apiKeyEnvVar} environment variable`;
  return (
    `${operation} needs a credential for scheme ${alternatives(security, (name) => `"${name}"`)} ` +
    `(nothing was sent): pass the \`apiKey\` option${env}, or ${alternatives(security, (name) => `\`credentials.${name}\``)}`
  );
}

/**
 * For a call none of whose security requirements the client's credentials satisfy: passes when the
 * caller sets a credential header itself (`defaultHeaders`, a header parameter, per-call
 * `headers`), or when a requirement names a scheme the client does not know (one the generator
 * left out: only the server can tell what it accepts); else throws `MissingCredentialError`
 * naming the schemes and where to supply them.
 */
export function checkCallerCredential(
  operation: string,
  security: readonly (readonly string[])[],
  auth: AuthConfig,
  headerLayers: readonly (HeaderValues | undefined)[],
): void {
  const schemes = security.flat().map((name) => schemeNamed(auth, name));
  if (schemes.includes(undefined)) return;
  const given: HeaderMap = new Map();
  for (const layer of headerLayers) applyHeaders(given, layer);
  const names = schemes.map((scheme) => scheme && credentialHeader(scheme));
  if (names.some((name) => name !== undefined && given.has(name))) return;
  throw new MissingCredentialError(
    message(operation, security, auth),
    security,
  );
}
