// The public surface of the runtime: what a generated client re-exports to its users.
// Internal helpers are imported from their own modules and stay out of it.
export { APIClient } from "./client.js";
export { APIPromise, type WithResponse } from "./api-promise.js";
export { PagePromise } from "./pagination.js";
export type { ClientConfig, SecurityScheme } from "./config.js";
export type {
  HttpMethod,
  OperationRequest,
  PageShape,
  ParameterLocation,
  ParameterSpec,
  ParameterStyle,
  PropertyEncoding,
  ResponseCheck,
  ResponseKind,
} from "./operation.js";
export type {
  ClientOptions,
  HeaderValues,
  LogLevel,
  Logger,
  RequestOptions,
  SchemeCredential,
  ValidateMode,
} from "./options.js";
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidParameterError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
  matchesErrorResponse,
} from "./errors.js";
export { ValidationError, type ValidationIssue } from "./validation-error.js";
export type { Uploadable } from "./uploadable.js";
