import { hideName } from "./error-name.js";
import { statusLine } from "./status-text.js";
import { formatIssues, type ValidationIssue } from "./validation-error.js";

const MAX_BODY_IN_MESSAGE = 500;

function bodyText(body: unknown): string {
  if (typeof body === "string") return body;
  try {
    return JSON.stringify(body) ?? String(body);
  } catch {
    return String(body);
  }
}

function describe(
  status: number | undefined,
  body: unknown,
  response: Response | undefined,
): string {
  const head =
    status === undefined
      ? "API error"
      : statusLine(status, response?.statusText);
  if (body === undefined || body === "") return head;
  const text = bodyText(body).replace(/\s+/g, " ").trim();
  const trimmed =
    text.length > MAX_BODY_IN_MESSAGE
      ? `${text.slice(0, MAX_BODY_IN_MESSAGE)}…`
      : text;
  return `${head}: ${trimmed}`;
}

/**
 * The server's id for a response, which its support can look up: `x-request-id`, `request-id`
 * or a vendor's own (`x-github-request-id`, `twilio-request-id`), the first by name.
 */
export function requestIdOf(headers: Headers | undefined): string | undefined {
  let id: string | undefined;
  // forEach, not for-of: iterating Headers needs the DOM.Iterable lib, which users may not have.
  headers?.forEach((value, name) => {
    id ??= name.endsWith("request-id") ? value : undefined;
  });
  return id;
}

/**
 * Base class of every failure of an API call. Never holds the request (its headers carry the
 * credentials); only what the server sent back. `body` is `unknown`: the schema's error body types
 * are claims about the server, reached through `.result()` or checked by `matchesErrorResponse`.
 */
export class APIError extends Error {
  // Declared, not defined: the constructor assigns each, so field definitions would only add bytes.
  protected static readonly errorName: string = "APIError";
  declare readonly status: number | undefined;
  declare readonly headers: Headers | undefined;
  /** Parsed JSON when the body is JSON, else its text, else `undefined`. */
  declare readonly body: unknown;
  declare readonly requestId: string | undefined;
  // Private, so `util.inspect` and enumeration never show the URL (which may carry a query credential).
  readonly #response: Response | undefined;

  constructor(
    status: number | undefined,
    body: unknown,
    message: string | undefined,
    headers: Headers | undefined,
    options?: ErrorOptions,
    response?: Response,
  ) {
    super(message ?? describe(status, body, response), options);
    hideName(this, (new.target as typeof APIError).errorName);
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId = requestIdOf(headers);
    this.#response = response;
  }

  /** The response this error was read from (its body consumed), when there was one. */
  get response(): Response | undefined {
    return this.#response;
  }

  /** What `JSON.stringify` writes: never the headers (or anything else that may hold a credential). */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      status: this.status,
      message: this.message,
      body: this.body,
      requestId: this.requestId,
    };
  }

  /** The subclass matching `status` (plain `APIError` for statuses without one). */
  static from(
    status: number,
    body: unknown,
    headers: Headers | undefined,
    response?: Response,
  ): APIError {
    const ErrorClass = errorClassFor(status);
    return new ErrorClass(
      status,
      body,
      undefined,
      headers,
      undefined,
      response,
    );
  }
}

export class BadRequestError extends APIError {
  protected static override readonly errorName: string = "BadRequestError";
  declare readonly status: 400;
}
export class AuthenticationError extends APIError {
  protected static override readonly errorName: string = "AuthenticationError";
  declare readonly status: 401;
}
export class PermissionDeniedError extends APIError {
  protected static override readonly errorName: string =
    "PermissionDeniedError";
  declare readonly status: 403;
}
export class NotFoundError extends APIError {
  protected static override readonly errorName: string = "NotFoundError";
  declare readonly status: 404;
}
export class ConflictError extends APIError {
  protected static override readonly errorName: string = "ConflictError";
  declare readonly status: 409;
}
export class UnprocessableEntityError extends APIError {
  protected static override readonly errorName: string =
    "UnprocessableEntityError";
  declare readonly status: 422;
}
export class RateLimitError extends APIError {
  protected static override readonly errorName: string = "RateLimitError";
  declare readonly status: 429;
}
export class InternalServerError extends APIError {
  protected static override readonly errorName: string = "InternalServerError";
  declare readonly status: number;
}

function errorClassFor(status: number): typeof APIError {
  const byStatus: Readonly<Record<number, typeof APIError>> = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
  };
  return byStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/**
 * `404` or `"404"` exactly, `"4XX"` by first digit, `"default"` any status. A 2xx never matches:
 * a `ResponseValidationError` carries a success body, not an error response.
 */
function statusMatches(
  actual: number | undefined,
  wanted: number | string,
): boolean {
  if (actual === undefined || (actual >= 200 && actual < 300)) return false;
  if (typeof wanted === "number") return actual === wanted;
  const pattern = wanted.trim().toUpperCase();
  if (pattern === "DEFAULT") return true;
  if (/^[1-5]XX$/.test(pattern))
    return Math.floor(actual / 100) === Number(pattern[0]);
  return /^\d{3}$/.test(pattern) && Number(pattern) === actual;
}

/**
 * Whether `error` is an API error response with the given status (a number, a `"4XX"` range or
 * `"default"`) whose body passes `check`, typically a generated guard:
 * `if (matchesErrorResponse(e, 400, isValidationErrorBody)) e.body.field`.
 */
export function matchesErrorResponse<B>(
  error: unknown,
  status: number | string,
  check: (body: unknown) => body is B,
): error is APIError & { readonly body: B } {
  return (
    error instanceof APIError &&
    statusMatches(error.status, status) &&
    check(error.body)
  );
}

export interface ConnectionErrorInit {
  message?: string | undefined;
  cause?: unknown;
}

/** No response at all: DNS, refused or reset connections, TLS failures. */
export class APIConnectionError extends APIError {
  protected static override readonly errorName: string = "APIConnectionError";
  declare readonly status: undefined;
  declare readonly body: undefined;
  constructor({ message, cause }: ConnectionErrorInit = {}) {
    super(
      undefined,
      undefined,
      message ?? "Connection error.",
      undefined,
      cause === undefined ? undefined : { cause },
    );
  }
}

/** An attempt outlived the `timeout` option. */
export class APIConnectionTimeoutError extends APIConnectionError {
  protected static override readonly errorName: string =
    "APIConnectionTimeoutError";
  constructor({ message, cause }: ConnectionErrorInit = {}) {
    super({ message: message ?? "Request timed out.", cause });
  }
}

/** The caller's `signal` aborted the request; never retried. */
export class APIUserAbortError extends APIError {
  protected static override readonly errorName: string = "APIUserAbortError";
  declare readonly status: undefined;
  declare readonly body: undefined;
  constructor({ message }: { message?: string | undefined } = {}) {
    super(undefined, undefined, message ?? "Request was aborted.", undefined);
  }
}

export interface ResponseValidationErrorInit {
  status: number;
  headers: Headers;
  body: unknown;
  typeName: string;
  issues: ValidationIssue[];
  message?: string | undefined;
}

/** A 2xx body that failed its generated guard while `validate` was `"throw"`. */
export class ResponseValidationError extends APIError {
  protected static override readonly errorName: string =
    "ResponseValidationError";
  declare readonly status: number;
  readonly typeName: string;
  readonly issues: ValidationIssue[];

  constructor(init: ResponseValidationErrorInit) {
    const message =
      init.message ??
      `Response body does not match ${init.typeName}: ${formatIssues(init.issues)}`;
    super(init.status, init.body, message, init.headers);
    this.typeName = init.typeName;
    this.issues = init.issues;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), typeName: this.typeName, issues: this.issues };
  }
}

/** A caller-supplied argument the client refuses to send, e.g. a path value of `".."`. */
export class InvalidParameterError extends Error {
  /** The parameter's wire name, when the problem belongs to one. */
  declare readonly parameter: string | undefined;

  constructor(message: string, parameter?: string) {
    super(message);
    hideName(this, "InvalidParameterError");
    this.parameter = parameter;
  }
}
