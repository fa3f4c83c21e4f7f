import {
  credentialCookies,
  resolveCredentials,
  type AuthConfig,
  type Credentials,
} from "./auth.js";
import { encodeBody } from "./body.js";
import { appendCookies } from "./cookie.js";
import { InvalidParameterError } from "./errors.js";
import { extraInit } from "./fetch-options.js";
import { checkCallerCredential } from "./missing-credential.js";
import { applyHeaders, toHeaders, type HeaderMap } from "./headers.js";
import { idempotencyKeyFor } from "./idempotency.js";
import type {
  EncodedBody,
  OperationRequest,
  RequestParts,
} from "./operation.js";
import type { FetchOptions, HeaderValues, RequestOptions } from "./options.js";
import { fillPath, joinURL, simplePathValue } from "./path.js";
import { formatQuery, type QueryPair } from "./query.js";
import type { RequestURL } from "./pagination.js";
import type { CredentialGuard } from "./redirect.js";

/** What the client knows that a single request needs. */
export interface RequestContext {
  baseURL: string;
  /** Whether `baseURL` is the schema's, so that an operation's own server replaces it. */
  ownServers: boolean;
  auth: AuthConfig;
  /** Lower-cased names of the schemes' apiKey headers, credentials wherever they were set. */
  credentialHeaderNames: readonly string[];
  defaultHeaders: HeaderValues | undefined;
  idempotencyHeader: string | undefined;
  fetchOptions: FetchOptions | undefined;
}

export interface BuiltRequest {
  url: string;
  init: Omit<RequestInit, "headers"> & { headers: Headers };
  /** Where this request carries credentials, to keep them from other origins. */
  guard: CredentialGuard;
  /** False when the body is a stream, which can be sent only once. */
  replayable: boolean;
}

/** Node's fetch refuses a stream body unless told it will not wait for the response first. */
type StreamingRequestInit = RequestInit & { duplex?: "half" };

/** The page a browser runs the client in, which a relative URL is resolved against; none elsewhere. */
export function pageURL(): string | undefined {
  return (globalThis as { location?: { href?: string } }).location?.href;
}

/**
 * The parameters, each written by the serialiser the request names for its location (path values
 * in simple style need none); a parameter whose location has none is refused rather than
 * silently left out.
 */
function parameterParts(req: OperationRequest): RequestParts {
  const parameters = req.parameters ?? [];
  const parts: RequestParts = {
    path: simplePathValue(parameters),
    query: [],
    headers: {},
    cookies: [],
  };
  const serializers = req.serializers ?? [];
  for (const serializer of serializers)
    serializer.write(
      parameters.filter((spec) => spec.in === serializer.in),
      parts,
    );
  const others = parameters.filter((spec) => spec.in !== "path");
  const unwritten = others.find(
    (spec) => !serializers.some((serializer) => serializer.in === spec.in),
  );
  if (unwritten !== undefined)
    throw new InvalidParameterError(
      `The request names no serializer for ${unwritten.in} parameters such as "${unwritten.name}"`,
      unwritten.name,
    );
  return parts;
}

function buildURL(
  baseURL: string,
  req: OperationRequest,
  parts: RequestParts,
  credentialQuery: readonly QueryPair[],
): string {
  const joined = joinURL(baseURL, fillPath(req.path, parts.path));
  let url: URL;
  try {
    url = new URL(joined, pageURL());
  } catch {
    throw new InvalidParameterError(
      `Cannot build a URL from baseURL "${baseURL}" and path "${req.path}"; set an absolute baseURL`,
      "baseURL",
    );
  }
  const query = [...parts.query, formatQuery(credentialQuery)]
    .filter((part) => part !== "")
    .join("&");
  if (query === "") return url.href;
  return `${url.href}${url.search === "" ? "?" : "&"}${query}`;
}

/**
 * The operation's 2xx media types where the generator names them, else JSON, or anything for a
 * text or binary body; error bodies are still read whatever their type.
 */
function acceptHeader(req: OperationRequest): string {
  const kind = req.responseKind ?? "json";
  return (
    req.accept ??
    (kind === "json" || kind === "empty" ? "application/json" : "*/*")
  );
}

/** One key per call, made here because the request is built once and replayed on every retry. */
function idempotencyHeaders(
  req: OperationRequest,
  options: RequestOptions<string>,
  context: RequestContext,
): HeaderValues | undefined {
  // A key the caller gives is sent even by a client that makes none, under the standard name.
  const header =
    context.idempotencyHeader ??
    (options.idempotencyKey === undefined ? undefined : "idempotency-key");
  if (header === undefined) return undefined;
  const key = idempotencyKeyFor(req.method, options.idempotencyKey);
  return key === undefined ? undefined : { [header]: key };
}

function credentialGuard(
  headers: Headers,
  credentials: Credentials,
  context: RequestContext,
): CredentialGuard {
  const names = new Set(
    [...credentials.headers.keys(), ...context.credentialHeaderNames].filter(
      (name) => headers.has(name),
    ),
  );
  if (credentials.cookies.length > 0) names.add("cookie");
  return {
    headers: [...names],
    query: credentials.query.map(([name]) => name),
  };
}

/**
 * Layers, later ones winning: accept, credentials, client defaults, idempotency key, header
 * parameters (an operation may declare its own `Idempotency-Key`), body type, per-call headers.
 */
function buildHeaders(
  req: OperationRequest,
  options: RequestOptions<string>,
  context: RequestContext,
  credentials: Credentials,
  parts: RequestParts,
  body: EncodedBody | undefined,
): Headers {
  const map: HeaderMap = new Map([["accept", acceptHeader(req)]]);
  credentials.headers.forEach((value, name) => map.set(name, value));
  applyHeaders(map, context.defaultHeaders);
  applyHeaders(map, idempotencyHeaders(req, options, context));
  applyHeaders(map, parts.headers);
  if (body?.contentType !== undefined)
    map.set("content-type", body.contentType);
  else if (body !== undefined) map.delete("content-type"); // fetch adds the multipart boundary itself
  applyHeaders(map, options.headers);
  const cookie = appendCookies(map.get("cookie"), [
    ...parts.cookies,
    ...credentialCookies(credentials.cookies),
  ]);
  if (cookie !== undefined) map.set("cookie", cookie);
  return toHeaders(map);
}

/**
 * The credentials the client places for this call; an operation that needs one the client does
 * not have is refused (`MissingCredentialError`) unless the caller sets its header directly.
 */
function credentialsFor(
  req: OperationRequest,
  options: RequestOptions<string>,
  context: RequestContext,
  parts: RequestParts,
): Credentials {
  const credentials = resolveCredentials(req.security, context.auth);
  if (credentials !== undefined) return credentials;
  checkCallerCredential(
    `${req.method} ${req.path}`,
    req.security,
    context.auth,
    [context.defaultHeaders, parts.headers, options.headers],
  );
  return { headers: new Map(), query: [], cookies: [] };
}

/**
 * Turns an operation call into a `fetch` request; rejects with `InvalidParameterError` for
 * arguments it will not send, and with `MissingCredentialError` for a credential it does not
 * have. Async because a streamed multipart part is read before sending.
 * `at`, when given, makes the URL in place of the path and query (the next page of a list).
 * `fetchOptions` (the client's, then the call's) add their fields; the client's own fields win.
 */
export async function buildRequest(
  req: OperationRequest,
  options: RequestOptions<string>,
  context: RequestContext,
  at?: RequestURL,
): Promise<BuiltRequest> {
  const parts = parameterParts(req);
  const credentials = credentialsFor(req, options, context, parts);
  const url =
    at === undefined
      ? buildURL(
          (context.ownServers && req.server) || context.baseURL,
          req,
          parts,
          credentials.query,
        )
      : at(credentials.query);
  const body = await encodeBody(req, options.contentType);
  const headers = buildHeaders(req, options, context, credentials, parts, body);
  const init: StreamingRequestInit & { headers: Headers } = {
    ...extraInit(context.fetchOptions, options.fetchOptions),
    method: req.method,
    headers,
  };
  if (body !== undefined) {
    init.body = body.body;
    if (!body.replayable) init.duplex = "half";
  }
  const guard = credentialGuard(headers, credentials, context);
  return { url, init, guard, replayable: body?.replayable ?? true };
}
