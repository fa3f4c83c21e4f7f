import type { SecurityScheme } from "./config.js";
import type { HeaderMap } from "./headers.js";
import type { SchemeCredential } from "./options.js";
import type { QueryPair } from "./query.js";

/** Everything the client was given to authenticate with. */
export interface AuthConfig {
  schemes: Readonly<Record<string, SecurityScheme>>;
  apiKey: string | undefined;
  /** Prepended to the key of every apiKey scheme, e.g. DRF's `"Token "`. */
  apiKeyPrefix: string | undefined;
  /** By scheme name; wins over `apiKey`. */
  credentials: Readonly<Record<string, SchemeCredential>> | undefined;
  /** The environment variable `apiKey` defaults to, named when a credential is missing. */
  apiKeyEnvVar?: string | undefined;
}

/** Where the credentials go for one request. */
export interface Credentials {
  /** Lower-cased header names. */
  headers: HeaderMap;
  query: QueryPair[];
  cookies: QueryPair[];
}

const own = <T>(
  record: Readonly<Record<string, T>> | undefined,
  name: string,
): T | undefined =>
  record !== undefined && Object.hasOwn(record, name)
    ? record[name]
    : undefined;

/** The value sent for one scheme, or `undefined` when the credential does not fit it. */
function wireValue(
  name: string,
  scheme: SecurityScheme,
  credential: SchemeCredential,
  prefix: string,
): string | undefined {
  switch (scheme.type) {
    case "http": {
      const kind = scheme.scheme.toLowerCase();
      if (kind === "basic") return scheme.encode?.(name, credential);
      return kind === "bearer" && typeof credential === "string"
        ? `Bearer ${credential}`
        : undefined;
    }
    case "apiKey":
      return typeof credential === "string"
        ? `${prefix}${credential}`
        : undefined;
    case "oauth2":
    case "openIdConnect":
      // Flows are out of scope: the only thing to send for these is a ready-made access token.
      return typeof credential === "string"
        ? `Bearer ${credential}`
        : undefined;
    default:
      return scheme satisfies never;
  }
}

/** The header a scheme's credential travels in (lower-cased); `undefined` for a query or cookie key. */
export function credentialHeader(scheme: SecurityScheme): string | undefined {
  if (scheme.type !== "apiKey") return "authorization";
  return scheme.in === "header" ? scheme.name.toLowerCase() : undefined;
}

/** The client's scheme of that name, if it knows one. */
export function schemeNamed(
  config: AuthConfig,
  name: string,
): SecurityScheme | undefined {
  return own(config.schemes, name);
}

function place(scheme: SecurityScheme, value: string, into: Credentials): void {
  const header = credentialHeader(scheme);
  if (header !== undefined) into.headers.set(header, value);
  else if (scheme.type === "apiKey" && scheme.in === "query")
    into.query.push([scheme.name, value]);
  else if (scheme.type === "apiKey") into.cookies.push([scheme.name, value]);
}

/** All schemes of one requirement placed, or `undefined` if any of them cannot be satisfied. */
function satisfy(
  requirement: readonly string[],
  config: AuthConfig,
): Credentials | undefined {
  const credentials: Credentials = {
    headers: new Map(),
    query: [],
    cookies: [],
  };
  // `apiKey` stands in for one scheme of a requirement at most: one secret sent under two names
  // (an app id and a key) is neither.
  const lacking = requirement.filter(
    (name) => own(config.credentials, name) === undefined,
  );
  for (const name of requirement) {
    const scheme = schemeNamed(config, name);
    const credential =
      own(config.credentials, name) ??
      (lacking.length < 2 ? config.apiKey : undefined);
    if (scheme === undefined || !credential) return undefined;
    const value = wireValue(
      name,
      scheme,
      credential,
      config.apiKeyPrefix ?? "",
    );
    if (value === undefined) return undefined;
    place(scheme, value, credentials);
  }
  return credentials;
}

/**
 * Uses the first requirement, in the schema's order, whose schemes all have a credential. An
 * empty requirement (auth optional) is only the fallback, so an operation with optional auth
 * still authenticates when it can. `undefined` when the operation needs a credential (it has
 * requirements, none of them empty) and none of its requirements can be satisfied.
 */
export function resolveCredentials(
  security: readonly (readonly string[])[],
  config: AuthConfig,
): Credentials | undefined {
  for (const requirement of security) {
    if (requirement.length === 0) continue;
    const credentials = satisfy(requirement, config);
    if (credentials !== undefined) return credentials;
  }
  const optional =
    security.length === 0 ||
    security.some((requirement) => requirement.length === 0);
  return optional ? { headers: new Map(), query: [], cookies: [] } : undefined;
}

/** Credential cookies as `name=value`; values are encoded so they cannot add cookies. */
export function credentialCookies(cookies: readonly QueryPair[]): string[] {
  return cookies.map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
}

/** Every secret string the client may send, for scrubbing logs and foreign errors. */
export function secretsOf(config: AuthConfig): string[] {
  const secrets: string[] = [];
  if (config.apiKey !== undefined) secrets.push(config.apiKey);
  const given = config.credentials ?? {};
  for (const name of Object.keys(given)) {
    const credential = given[name];
    if (typeof credential === "string") secrets.push(credential);
    else if (credential !== undefined) secrets.push(credential.password);
  }
  return secrets;
}

/**
 * What a request's credential headers carry (`guarded`: the names `credentialGuard` lists), from
 * whichever source set them, with the token after a scheme word (`Basic <base64>`) on its own:
 * the values a server may echo back.
 */
export function headerSecrets(
  headers: Headers,
  guarded: readonly string[],
): string[] {
  const secrets: string[] = [];
  for (const name of ["authorization", "proxy-authorization", ...guarded]) {
    const value = name === "cookie" ? null : headers.get(name);
    if (value !== null)
      secrets.push(value, value.slice(value.indexOf(" ") + 1));
  }
  return secrets;
}

/** Header and query names that carry a credential under any of the client's schemes. */
export function credentialNames(
  schemes: Readonly<Record<string, SecurityScheme>>,
): { headers: string[]; query: string[] } {
  const names = { headers: [] as string[], query: [] as string[] };
  for (const name of Object.keys(schemes)) {
    const scheme = schemes[name];
    if (scheme?.type !== "apiKey") continue;
    if (scheme.in === "header") names.headers.push(scheme.name.toLowerCase());
    if (scheme.in === "query") names.query.push(scheme.name);
  }
  return names;
}
