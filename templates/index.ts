export { APIClient } from "./client.js";
export { APIPromise, type WithResponse } from "./api-promise.js";
export type { ClientConfig, SecurityScheme } from "./config.js";
export type {
  HttpMethod,
  OperationRequest,
  ResponseCheck,
} from "./operation.js";
export type {
  ClientOptions,
  HeaderValues,
  RequestOptions,
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
  type ConnectionErrorInit,
  type ResponseValidationErrorInit,
} from "./errors.js";
export {
  ValidationError,
  formatIssues,
  type ValidationIssue,
} from "./validation-error.js";
export {
  MAX_SERVER_RETRY_DELAY_MS,
  retryDelayMs,
  shouldRetry,
} from "./retry.js";
export { buildPath, joinURL } from "./path.js";
export { formatQuery, queryPairs, type QueryPair } from "./query.js";
export { isJSONMediaType } from "./media-type.js";
export { readEnv } from "./env.js";
