import type { AuthConfig } from "./auth.js";
import type { ClientConfig } from "./config.js";
import { readEnv } from "./env.js";
import { InvalidParameterError } from "./errors.js";
import type {
  ClientLog,
  ClientOptions,
  ResponseCheck,
  ValidateMode,
} from "./options.js";
import type { FetchFunction } from "./redirect.js";

/** `setTimeout`'s largest delay; anything above fires immediately instead. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** `null` means "no key" on purpose, so only `undefined` falls back to the environment. */
export function resolveApiKey(
  option: string | null | undefined,
  envVar: string | undefined,
): string | undefined {
  if (option === null) return undefined;
  const key = option ?? (envVar === undefined ? undefined : readEnv(envVar));
  return key === undefined || key.trim() === "" ? undefined : key;
}

/** The option, then the client's base-URL environment variable (when set and not blank), then the schema's server. */
export function resolveBaseURL(
  option: string | undefined,
  config: ClientConfig,
): string {
  if (option !== undefined) return option;
  const fromEnv =
    config.baseURLEnvVar === undefined
      ? undefined
      : readEnv(config.baseURLEnvVar);
  return fromEnv === undefined || fromEnv.trim() === ""
    ? config.defaultBaseURL
    : fromEnv;
}

function mergeRecords<T extends object>(
  parent: T | undefined,
  child: T | undefined,
): T | undefined {
  return parent === undefined && child === undefined
    ? undefined
    : ({ ...parent, ...child } as T);
}

/** The options merged key by key rather than replaced. */
const RECORD_OPTIONS = ["defaultHeaders", "credentials", "fetchOptions"] as const;

/**
 * `child` over `parent`: each option given replaces the parent's, except `defaultHeaders`,
 * `credentials` and `fetchOptions`, merged key by key (a `null` header removes the parent's).
 * The records are copied, so later changes to the caller's objects reach neither client.
 */
export function mergeOptions(
  parent: ClientOptions,
  child: ClientOptions,
): ClientOptions {
  const merged: Record<string, unknown> = { ...parent, ...child };
  for (const name of RECORD_OPTIONS) {
    const record = mergeRecords<object>(parent[name], child[name]);
    if (record !== undefined) merged[name] = record;
  }
  return merged as ClientOptions;
}

/** The credentials are copied, so later changes to the caller's objects do not reach the client. */
export function resolveAuth(
  options: ClientOptions,
  config: ClientConfig,
): AuthConfig {
  return {
    schemes: config.securitySchemes,
    apiKey: resolveApiKey(options.apiKey, config.apiKeyEnvVar),
    apiKeyPrefix: options.apiKeyPrefix,
    credentials:
      options.credentials === undefined
        ? undefined
        : { ...options.credentials },
    apiKeyEnvVar: config.apiKeyEnvVar,
  };
}

/**
 * Wraps the function so it is never called as a method of the client: browsers throw
 * "Illegal invocation" when `fetch` runs with a `this` other than the global object.
 */
export function resolveFetch(
  option: typeof fetch | undefined,
  clientName: string,
): FetchFunction {
  if (option !== undefined) return (input, init) => option(input, init);
  if (typeof globalThis.fetch !== "function") {
    throw new Error(
      `${clientName}: no global fetch; pass the \`fetch\` option`,
    );
  }
  return (input, init) => globalThis.fetch(input, init);
}

export function checkTimeout(value: number): number {
  if (!(Number.isFinite(value) && value > 0 && value <= MAX_TIMEOUT_MS)) {
    throw new InvalidParameterError(
      `timeout must be a positive number of ms up to ${MAX_TIMEOUT_MS}, got ${value}`,
      "timeout",
    );
  }
  return value;
}

export function checkMaxRetries(value: number): number {
  if (!(Number.isInteger(value) && value >= 0)) {
    throw new InvalidParameterError(
      `maxRetries must be a non-negative integer, got ${value}`,
      "maxRetries",
    );
  }
  return value;
}

/** Options that only the logging machinery reads. */
const LOG_OPTIONS = ["logger", "logLevel", "redactHeaders"] as const;

/**
 * The client's log, made by the `logging` option; without it the client logs nothing and refuses
 * the options that would configure a log (`logLevel: "off"` asks for nothing and passes).
 */
export function openLog(
  options: ClientOptions,
  clientName: string,
  credentialNames: { headers: readonly string[]; query: readonly string[] },
  secrets: readonly string[],
): ClientLog | undefined {
  if (options.logging !== undefined)
    return options.logging({
      clientName,
      logger: options.logger,
      logLevel: options.logLevel,
      headers: [...credentialNames.headers, ...(options.redactHeaders ?? [])],
      query: credentialNames.query,
      secrets,
    });
  const unused = LOG_OPTIONS.find(
    (name) => options[name] !== undefined && options[name] !== "off",
  );
  if (unused !== undefined)
    throw new InvalidParameterError(
      `${clientName}: \`${unused}\` needs the \`logging\` option (clientLogging)`,
      unused,
    );
  return undefined;
}

/**
 * The check of `mode` with the `validator` option, `undefined` when it is `"off"`. Without a
 * validator the mode is refused, naming the generated one to pass; the validator's own checker
 * refuses what else it cannot honour.
 */
export function checkerFor(
  mode: ValidateMode | undefined,
  { validator }: ClientOptions,
  log: ClientLog | undefined,
  { clientName, validatorName }: ClientConfig,
): ResponseCheck | undefined {
  if (mode === undefined || mode === "off") return undefined;
  if (validator !== undefined)
    return validator.checker(validator, mode, log, clientName);
  const pass =
    validatorName === undefined
      ? ""
      : ` (pass { validator: ${validatorName} })`;
  throw new InvalidParameterError(
    `${clientName}: validate "${mode}" needs a \`validator\`${pass}`,
    "validate",
  );
}
