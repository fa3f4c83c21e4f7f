import { statusLine } from "./status-text.js";
import { formatIssues, type ValidationIssue } from "./validation-error.js";

const MAX_BODY_IN_MESSAGE = 500;

/**
 * Names live on the prototype, as on the built-in errors: an own `name` field would be
 * enumerable and add noise to `JSON.stringify(error)` and every logged error.
 */
function nameClass(errorClass: { prototype: Error }, name: string): void {
  Object.defineProperty(errorClass.prototype, "name", {
    value: name,
    writable: true,
    configurable: true,
  });
}

function bodyText(body: unknown): string {
  if (typeof body === "string") return body;
  try {
    return JSON.stringify(body) ?? String(body);
  } catch {
    return String(body);
  }
}

function describe(status: number | undefined, body: unknown): string {
  const head = status === undefined ? "API error" : statusLine(status);
  if (body === undefined || body === "") return head;
  const text = bodyText(body).replace(/\s+/g, " ").trim();
  const trimmed =
    text.length > MAX_BODY_IN_MESSAGE
      ? `${text.slice(0, MAX_BODY_IN_MESSAGE)}…`
      : text;
  return `${head}: ${trimmed}`;
}

/**
 * Base class of every failure of an API call. Never holds the request (its headers carry the
 * credentials); only what the server sent back. `TBody` is the error body's type where the
 * schema declares one; `matchesErrorResponse` narrows it.
 */
export class APIError<TBody = unknown> extends Error {
  readonly status: number | undefined;
  readonly headers: Headers | undefined;
  /** Parsed JSON when the body is JSON, else its text, else `undefined`. */
  readonly body: TBody;
  readonly requestId: string | undefined;

  constructor(
    status: number | undefined,
    body: TBody,
    message: string | undefined,
    headers: Headers | undefined,
    options?: ErrorOptions,
  ) {
    super(message ?? describe(status, body), options);
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId =
      headers?.get("x-request-id") ?? headers?.get("request-id") ?? undefined;
  }

  /** The subclass matching `status` (plain `APIError` for statuses without one). */
  static from(
    status: number,
    body: unknown,
    headers: Headers | undefined,
  ): APIError {
    const ErrorClass = errorClassFor(status);
    return new ErrorClass(status, body, undefined, headers);
  }
}
nameClass(APIError, "APIError");

export class BadRequestError<TBody = unknown> extends APIError<TBody> {}
nameClass(BadRequestError, "BadRequestError");
export class AuthenticationError<TBody = unknown> extends APIError<TBody> {}
nameClass(AuthenticationError, "AuthenticationError");
export class PermissionDeniedError<TBody = unknown> extends APIError<TBody> {}
nameClass(PermissionDeniedError, "PermissionDeniedError");
export class NotFoundError<TBody = unknown> extends APIError<TBody> {}
nameClass(NotFoundError, "NotFoundError");
export class ConflictError<TBody = unknown> extends APIError<TBody> {}
nameClass(ConflictError, "ConflictError");
export class UnprocessableEntityError<
  TBody = unknown,
> extends APIError<TBody> {}
nameClass(UnprocessableEntityError, "UnprocessableEntityError");
export class RateLimitError<TBody = unknown> extends APIError<TBody> {}
nameClass(RateLimitError, "RateLimitError");
export class InternalServerError<TBody = unknown> extends APIError<TBody> {}
nameClass(InternalServerError, "InternalServerError");

function errorClassFor(status: number): typeof APIError {
  switch (status) {
    case 400:
      return BadRequestError;
    case 401:
      return AuthenticationError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 422:
      return UnprocessableEntityError;
    case 429:
      return RateLimitError;
    default:
      return status >= 500 ? InternalServerError : APIError;
  }
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
): error is APIError<B> {
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
export class APIConnectionError extends APIError<undefined> {
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
nameClass(APIConnectionError, "APIConnectionError");

/** An attempt outlived the `timeout` option. */
export class APIConnectionTimeoutError extends APIConnectionError {
  constructor({ message, cause }: ConnectionErrorInit = {}) {
    super({ message: message ?? "Request timed out.", cause });
  }
}
nameClass(APIConnectionTimeoutError, "APIConnectionTimeoutError");

/** The caller's `signal` aborted the request; never retried. */
export class APIUserAbortError extends APIError<undefined> {
  constructor({ message }: { message?: string | undefined } = {}) {
    super(undefined, undefined, message ?? "Request was aborted.", undefined);
  }
}
nameClass(APIUserAbortError, "APIUserAbortError");

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
}
nameClass(ResponseValidationError, "ResponseValidationError");

/** A caller-supplied argument the client refuses to send, e.g. a path value of `".."`. */
export class InvalidParameterError extends Error {
  /** The parameter's wire name, when the problem belongs to one. */
  readonly parameter: string | undefined;

  constructor(message: string, parameter?: string) {
    super(message);
    this.parameter = parameter;
  }
}
nameClass(InvalidParameterError, "InvalidParameterError");
