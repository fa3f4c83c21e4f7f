import { InvalidParameterError } from "./errors.js";
import type { ClientOptions } from "./options.js";

const CREDENTIAL_OPTIONS = ["apiKey", "apiKeyPrefix", "credentials"] as const;

/**
 * The options of a client whose schema declares no security scheme (GitHub's): no operation
 * would send a credential given in them, so one is refused rather than dropped. The generator
 * names this in such a client's constructor only, so other clients bundle none of it.
 */
export function withoutCredentials(
  options: ClientOptions,
  clientName: string,
): ClientOptions {
  const given = CREDENTIAL_OPTIONS.find((name) => options[name] != null);
  if (given !== undefined)
    throw new InvalidParameterError(
      `${clientName}: its schema declares no security scheme, so \`${given}\` would never be sent; send the credential in \`defaultHeaders\` (such as { Authorization: \`Bearer \${token}\` }), or add the scheme to the schema with an overlay`,
      given,
    );
  return options;
}
