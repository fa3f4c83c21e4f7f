import type { APIError } from "./errors.js";
import type { ValidationIssue } from "./validation-error.js";

/** What to do when a 2xx body does not match its named type. */
export type ValidateMode = "off" | "warn" | "throw";

/** Lists why `value` does not match the named type (`"Connection"`); none when it does. */
export type IssueLister = (typeName: string, value: unknown) => ValidationIssue[];

/**
 * Checks, under the client's `validate` mode, a 2xx body (no `place`) or a streamed item (`place`:
 * `event 3`) of `operation` (`"PATCH /things/{id}"`, its method and path template).
 */
export type ResponseCheck = (
  value: unknown,
  response: Response,
  operation: string,
  place?: string,
) => void;

/**
 * Makes the check a client runs under a mode (the runtime's `responseChecker`); throws
 * `InvalidParameterError` for a mode the client cannot honour.
 */
export type ResponseChecker = (
  validator: Validator,
  mode: "warn" | "throw",
  log: ClientLog | undefined,
  clientName: string,
) => ResponseCheck;

/**
 * The `validator` option (`camelAIValidator`, or `responseValidator(issues, bodies, items)`): the
 * issues of a named type, the type of each operation's 2xx body and streamed items (an operation
 * without one is not checked), and the checker that applies them. All of it comes with the
 * validator, so that a client without one bundles none of it.
 */
export interface Validator {
  readonly issues: IssueLister;
  /** The named type of each operation's 2xx body, by `"METHOD /path"`. */
  readonly bodies: Readonly<Record<string, string>>;
  /** The named type of each streaming operation's items, by `"METHOD /path"`. */
  readonly items: Readonly<Record<string, string>>;
  readonly checker: ResponseChecker;
}

/** Header values by name; `null` removes a header set by an earlier layer. */
export type HeaderValues = Record<string, string | null | undefined>;

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Anything console-like; the client logs one line per request, response, retry and failure. */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/** What the logging machinery is given by the client it logs for. */
export interface LogSettings {
  clientName: string;
  logger: Logger | undefined;
  logLevel: LogLevel | undefined;
  /** Header names whose values are secret: the schemes' apiKey headers and `redactHeaders`. */
  headers: readonly string[];
  /** Query parameter names whose values are secret. */
  query: readonly string[];
  /** Secret values (and their percent-encoded forms), longest first. */
  secrets: readonly string[];
}

/** What `new Headers()` takes (`HeadersInit`, which Node's types do not name outside the DOM lib). */
export type HeadersInput = ConstructorParameters<typeof Headers>[0];

/** The log lines of one call. */
export interface CallLogger {
  request(headers: HeadersInput, retryIndex: number): void;
  response(response: Response, startedAt: number): void;
  retry(
    delayMs: number,
    retryIndex: number,
    maxRetries: number,
    status: number | undefined,
    headers: Headers | undefined,
  ): void;
  failure(error: APIError, transient: boolean): void;
}

/** Why a page walk does not request the next page it was given (a link, or `?name=value`). */
export type PageRefusal = "invalid" | "origin" | "visited" | "requested" | "repeats";

/** A client's log: every line filtered by level and redacted. */
export interface ClientLog {
  warn(message: string): void;
  /** A next page not requested, and why; the reasons' text comes with the log, not the walk. */
  refused(next: string, reason: PageRefusal): void;
  /** The URL as a log line may show it (credentials redacted). */
  url(url: string): string;
  call(method: string, url: string): CallLogger;
}

/** Makes a client's log (`clientLogging`); passed as an option so that a bundle without it logs nothing. */
export type Logging = (settings: LogSettings) => ClientLog;

/**
 * Extra fields for every `fetch` call (`keepalive`, `cache`, `credentials`, `mode`, `priority`,
 * undici's `dispatcher`, ...). The client owns `method`, `headers`, `body`, `signal`, `redirect`
 * and `duplex`: headers come through `defaultHeaders`/`headers`, and those fields are never taken
 * from here.
 */
export type FetchOptions = Omit<RequestInit, OwnFetchField> & {
  [field: string]: unknown;
} & { [Field in OwnFetchField]?: never };

/** The `fetch` init fields the client sets itself. */
export type OwnFetchField =
  "method" | "headers" | "body" | "signal" | "redirect" | "duplex";

/**
 * One attempt of a request as `onRequest` sees it, and may change before it is sent: `url`, and
 * `init` (what `fetch` is given; `init.headers` is this attempt's own copy). It carries the
 * credentials. Headers a hook adds are kept from other origins on a redirect, like credentials.
 */
export interface OutgoingRequest {
  url: string;
  init: Omit<RequestInit, "headers"> & { headers: Headers };
  /** 0 on the first attempt, then 1, 2, ... on each retry. */
  retryIndex: number;
}

/** Runs before each attempt is sent; awaited. A throw rejects the call with that error (no retry). */
export type RequestHook = (request: OutgoingRequest) => void | Promise<void>;

/**
 * Runs when each attempt's final response (after redirects) arrives, before its body is read;
 * awaited, within the attempt's timeout. Read the body from `response.clone()`. A throw rejects
 * the call with that error (no retry).
 */
export type ResponseHook = (
  response: Response,
  request: OutgoingRequest,
) => void | Promise<void>;

/** A credential for one security scheme: a token/key string, or a username and password for http basic. */
export type SchemeCredential = string | { username: string; password: string };

export interface ClientOptions {
  /** Defaults to the client's API-key environment variable, where the schema has one; `null` sends no key. */
  apiKey?: string | null | undefined;
  /** Prepended to the key for apiKey schemes, e.g. DRF's `"Token "`. */
  apiKeyPrefix?: string | undefined;
  /** Credentials by security scheme name; they win over `apiKey` for that scheme. */
  credentials?: Readonly<Record<string, SchemeCredential>> | undefined;
  /** Defaults to the client's base-URL environment variable, then the schema's first server URL. */
  baseURL?: string | undefined;
  /** Milliseconds per attempt (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
  defaultHeaders?: HeaderValues | undefined;
  /** Extra `fetch` init fields for every request; a call's own `fetchOptions` win field by field. */
  fetchOptions?: FetchOptions | undefined;
  onRequest?: RequestHook | undefined;
  onResponse?: ResponseHook | undefined;
  /** Defaults to `"off"`; `"warn"` and `"throw"` need a `validator` (`"warn"` also `logging`). */
  validate?: ValidateMode | undefined;
  /** Checks response bodies for `validate`; the full client brings its own, a Core only this one. */
  validator?: Validator | undefined;
  /**
   * Logging (`clientLogging`); the full client brings it. A Core without it logs nothing and
   * refuses `logger`, `logLevel` and `redactHeaders`.
   */
  logging?: Logging | undefined;
  /**
   * Header that carries an idempotency key on non-idempotent requests (POST, PATCH), e.g.
   * `"Idempotency-Key"`; one key per call, the same on every retry. Unset: none is sent.
   */
  idempotencyHeader?: string | undefined;
  /** Defaults to `globalThis.console`. */
  logger?: Logger | undefined;
  /** Defaults to `"warn"`. */
  logLevel?: LogLevel | undefined;
  /** Headers whose values are redacted in logs, besides authorization, cookie, set-cookie and x-api-key. */
  redactHeaders?: readonly string[] | undefined;
}

/** Per-call overrides, the last argument of every generated function and method. */
export interface RequestOptions<ContentType extends string = never> {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  headers?: HeaderValues | undefined;
  /** Extra `fetch` init fields for this call, over the client's `fetchOptions`. */
  fetchOptions?: FetchOptions | undefined;
  validate?: ValidateMode | undefined;
  /** One of the media types the operation accepts; the first listed (JSON when offered) otherwise. */
  contentType?: ContentType | undefined;
  /**
   * The idempotency key of this call, in place of the generated one; sent as `Idempotency-Key`
   * where the client names no `idempotencyHeader`.
   */
  idempotencyKey?: string | undefined;
}
