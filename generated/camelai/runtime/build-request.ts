import { cookieHeader, resolveCredentials, type Credentials } from "./auth.js";
import { encodeBody, type EncodedBody } from "./body.js";
import type { SecurityScheme } from "./config.js";
import { InvalidParameterError } from "./errors.js";
import {
  applyHeaders,
  headerParamValues,
  toHeaders,
  type HeaderMap,
} from "./headers.js";
import type { OperationRequest } from "./operation.js";
import type { HeaderValues, RequestOptions } from "./options.js";
import { buildPath, joinURL } from "./path.js";
import { formatQuery, queryPairs, type QueryPair } from "./query.js";

/** What the client knows that a single request needs. */
export interface RequestContext {
  baseURL: string;
  apiKey: string | undefined;
  defaultHeaders: HeaderValues | undefined;
  securitySchemes: Readonly<Record<string, SecurityScheme>>;
}

export interface BuiltRequest {
  url: string;
  init: RequestInit;
  /** Lower-cased names of headers that carry the API key. */
  credentialHeaders: string[];
  /** False when the body is a stream, which can be sent only once. */
  replayable: boolean;
}

/** Node's fetch refuses a stream body unless told it will not wait for the response first. */
type StreamingRequestInit = RequestInit & { duplex?: "half" };

function pageURL(): string | undefined {
  return (globalThis as { location?: { href?: string } }).location?.href;
}

function buildURL(
  baseURL: string,
  req: OperationRequest,
  credentialQuery: readonly QueryPair[],
): string {
  const joined = joinURL(baseURL, buildPath(req.path, req.pathParams));
  let url: URL;
  try {
    url = new URL(joined, pageURL());
  } catch {
    throw new InvalidParameterError(
      `Cannot build a request URL from baseURL "${baseURL}" and path "${req.path}"; set an absolute baseURL`,
      "baseURL",
    );
  }
  const query = formatQuery([...queryPairs(req.query), ...credentialQuery]);
  if (query === "") return url.href;
  return `${url.href}${url.search === "" ? "?" : "&"}${query}`;
}

/** Layers, later ones winning: accept, credentials, client defaults, header parameters, body type, per-call headers. */
function buildHeaders(
  req: OperationRequest,
  options: RequestOptions,
  context: RequestContext,
  credentials: Credentials,
  body: EncodedBody | undefined,
): Headers {
  const map: HeaderMap = new Map([["accept", "application/json"]]);
  credentials.headers.forEach((value, name) => map.set(name, value));
  applyHeaders(map, context.defaultHeaders);
  applyHeaders(map, headerParamValues(req.headers));
  if (body?.contentType !== undefined)
    map.set("content-type", body.contentType);
  else if (body !== undefined) map.delete("content-type"); // fetch adds the multipart boundary itself
  applyHeaders(map, options.headers);
  const cookie = cookieHeader(map.get("cookie"), credentials.cookies);
  if (cookie !== undefined) map.set("cookie", cookie);
  return toHeaders(map);
}

/** Turns an operation call into a `fetch` request; throws `InvalidParameterError` for arguments it will not send. */
export function buildRequest(
  req: OperationRequest,
  options: RequestOptions,
  context: RequestContext,
): BuiltRequest {
  const credentials = resolveCredentials(
    req.security,
    context.securitySchemes,
    context.apiKey,
  );
  const url = buildURL(context.baseURL, req, credentials.query);
  const body =
    req.body === undefined
      ? undefined
      : encodeBody(req.body, req.contentType ?? "application/json");
  const init: StreamingRequestInit = {
    method: req.method,
    headers: buildHeaders(req, options, context, credentials, body),
  };
  if (body !== undefined) {
    init.body = body.body;
    if (!body.replayable) init.duplex = "half";
  }
  const credentialHeaders = Array.from(credentials.headers.keys());
  if (credentials.cookies.length > 0) credentialHeaders.push("cookie");
  return { url, init, credentialHeaders, replayable: body?.replayable ?? true };
}
