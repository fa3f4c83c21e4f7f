/** What to do when a 2xx body fails its generated guard. */
export type ValidateMode = "off" | "warn" | "throw";

/** Header values by name; `null` removes a header set by an earlier layer. */
export type HeaderValues = Record<string, string | null | undefined>;

export interface ClientOptions {
  /** Defaults to the client's API-key environment variable, where the schema has one; `null` sends no key. */
  apiKey?: string | null | undefined;
  /** Defaults to the schema's first server URL. */
  baseURL?: string | undefined;
  /** Milliseconds per attempt (default 60 000). */
  timeout?: number | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Defaults to `globalThis.fetch`. */
  fetch?: typeof fetch | undefined;
  defaultHeaders?: HeaderValues | undefined;
  /** Defaults to `"off"`. */
  validate?: ValidateMode | undefined;
}

/** Per-call overrides, the last argument of every generated function and method. */
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  maxRetries?: number | undefined;
  headers?: HeaderValues | undefined;
  validate?: ValidateMode | undefined;
}
