// The public surface of the runtime: what a generated client re-exports to its users, and what
// its operations import. Internal helpers are imported from their own modules and stay out of it.
export { APIClient } from "./client.js";
export { APIPromise, type WithResponse } from "./api-promise.js";
export type { APIResult } from "./result.js";
export { MissingCredentialError } from "./missing-credential.js";
export { PagePromise } from "./page-promise.js";
export { paginate } from "./pagination.js";
export { paginateLinkHeader } from "./link-pagination.js";
export { paginateOffset } from "./offset-pagination.js";
export { paginateAfter } from "./after-pagination.js";
export { paginateCursor } from "./cursor-pagination.js";
export { clientLogging } from "./logging.js";
export { Stream, type StreamOptions } from "./stream.js";
export type { Framing } from "./framing.js";
export {
  serverSentEvents,
  type ServerSentEvent,
} from "./server-sent-events.js";
export { jsonLines, jsonSeq } from "./json-sequences.js";
export {
  eventStream,
  jsonLinesStream,
  jsonSeqStream,
  textEventStream,
  type StreamBody,
} from "./stream-body.js";
export {
  jsonItem,
  textItem,
  type StreamValidation,
  type ItemParser,
  type ItemPlace,
} from "./stream-item.js";
export { jsonBody } from "./json-body.js";
export { rawBody } from "./raw-body.js";
export { textBody } from "./text-body.js";
export { multipartBody } from "./multipart.js";
export { formBody } from "./form-body.js";
export { inPath } from "./path-styles.js";
export { inFormQuery, inQuery, inScalarQuery } from "./query.js";
export { inQueryString } from "./query-string.js";
export { inHeader } from "./headers.js";
export { inCookie } from "./cookie.js";
export { basicAuth } from "./basic-auth.js";
export { withoutCredentials } from "./without-credentials.js";
export type { ClientConfig, SecurityScheme } from "./config.js";
export type {
  BodyEncoder,
  BodyReader,
  EncodedBody,
  HttpMethod,
  OperationRequest,
  PageShape,
  ParameterLocation,
  ParameterSerializer,
  ParameterSpec,
  ParameterStyle,
  PropertyEncoding,
  ResponseKind,
} from "./operation.js";
export type {
  ClientOptions,
  FetchOptions,
  HeaderValues,
  LogLevel,
  Logger,
  Logging,
  OutgoingRequest,
  RequestHook,
  RequestOptions,
  ResponseHook,
  SchemeCredential,
  ValidateMode,
  Validator,
} from "./options.js";
export { responseValidator } from "./validate.js";
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
export type { StandardSchemaV1 } from "./standard-schema.js";
export type { Uploadable } from "./uploadable.js";
