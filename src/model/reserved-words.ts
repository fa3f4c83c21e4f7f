/** Words that cannot name a binding in strict-mode ES modules or in TypeScript type positions. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
  "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if", "implements",
  "import", "in", "instanceof", "interface", "let", "new", "null", "package", "private", "protected",
  "public", "return", "static", "super", "switch", "this", "throw", "true", "try", "typeof", "var",
  "void", "while", "with", "yield", "arguments", "eval",
]);

/** Names that break a type declaration even though they are valid identifiers. */
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  "any", "unknown", "never", "object", "string", "number", "boolean", "symbol", "bigint", "undefined",
  "type", "as", "satisfies", "keyof", "infer", "is", "asserts", "readonly", "unique", "declare",
  "namespace", "module", "global", "of", "from", "get", "set", "accessor", "abstract", "async",
  "constructor", "out", "require",
]);

/** Properties that change an object's behaviour when used as plain keys or members. */
export const UNSAFE_MEMBER_NAMES: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype", "then"]);

/**
 * Globals the generated code (or its users' code beside it) relies on; a schema type with one of
 * these names would shadow the global inside types.ts, so it is renamed.
 */
export const GLOBAL_NAMES: ReadonlySet<string> = new Set([
  "Array", "ArrayBuffer", "Blob", "Boolean", "DataView", "Date", "Error", "File", "FormData", "Function",
  "Headers", "JSON", "Map", "Math", "Number", "Object", "Promise", "Proxy", "Readonly", "ReadableStream",
  "Record", "Partial", "Required", "Pick", "Omit", "Exclude", "Extract", "RegExp", "Request", "RequestInit",
  "Response", "Set", "String", "Symbol", "TextDecoder", "TextEncoder", "URL", "URLSearchParams",
  "Uint8Array", "WeakMap", "WeakSet", "AbortController", "AbortSignal", "globalThis", "Iterable",
  "AsyncIterable", "PromiseLike", "NonNullable", "ReturnType", "Parameters", "Awaited",
]);

/**
 * Names exported by the copied runtime (templates/index.ts), which index.ts re-exports beside the
 * schema's types; test/unit/reserved-words.test.ts keeps this list equal to the real exports.
 */
export const RUNTIME_EXPORTS: ReadonlySet<string> = new Set([
  "APIClient", "APIConnectionError", "APIConnectionTimeoutError", "APIError", "APIPromise", "APIResult", "APIUserAbortError",
  "AuthenticationError", "BadRequestError", "basicAuth", "BodyEncoder", "BodyReader", "ClientConfig", "ClientOptions", "ConflictError", "EncodedBody",
  "FetchOptions", "HeaderValues", "HttpMethod", "InternalServerError", "InvalidParameterError", "LogLevel", "Logger", "Logging",
  "MissingCredentialError", "NotFoundError", "OperationRequest", "OutgoingRequest", "PagePromise", "PageShape", "ParameterLocation",
  "ParameterSerializer", "ParameterSpec", "ParameterStyle", "PermissionDeniedError", "PropertyEncoding", "RateLimitError",
  "RequestHook", "RequestOptions", "ResponseHook", "ResponseKind", "ResponseValidationError", "SchemeCredential", "SecurityScheme",
  "StandardSchemaV1", "UnprocessableEntityError",
  "Uploadable", "ValidateMode", "ValidationError", "ValidationIssue", "Validator", "WithResponse", "clientLogging", "responseValidator",
  "formBody", "inCookie", "inFormQuery", "inHeader", "inPath", "inQuery", "inQueryString", "inScalarQuery", "jsonBody", "matchesErrorResponse", "multipartBody", "paginate",
  "rawBody", "textBody", "withoutCredentials",
  "paginateAfter", "paginateCursor", "paginateLinkHeader", "paginateOffset",
  "Framing", "StreamValidation", "ItemParser", "ItemPlace", "ServerSentEvent", "Stream", "StreamOptions", "jsonItem", "jsonLines",
  "jsonSeq", "serverSentEvents", "textItem", "StreamBody", "eventStream", "jsonLinesStream", "jsonSeqStream", "textEventStream",
]);
