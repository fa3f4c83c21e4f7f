import type { SchemeCredential } from "./options.js";

/** An OpenAPI security scheme, reduced to what decides where a credential goes. */
export type SecurityScheme =
  | {
      type: "http";
      scheme: string;
      /** How a basic scheme writes its credential (`basicAuth`); without it, basic credentials are not sent. */
      encode?: (name: string, credential: SchemeCredential) => string;
    }
  | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string }
  | { type: "oauth2" }
  | { type: "openIdConnect" };

/** Emitted by the generator from the schema; fixed per generated client. */
export interface ClientConfig {
  /** Used in messages, e.g. `"CamelAI"`. */
  clientName: string;
  /** `servers[0].url`, or `""` when the schema has none. */
  defaultBaseURL: string;
  /** Environment variable holding the API key, e.g. `"CAMELAI_API_KEY"`. */
  apiKeyEnvVar?: string;
  /** Environment variable holding the base URL, e.g. `"CAMELAI_BASE_URL"`. */
  baseURLEnvVar?: string;
  securitySchemes: Record<string, SecurityScheme>;
  /** The generated validator's export, named in the error when `validate` is on without one. */
  validatorName?: string;
}
