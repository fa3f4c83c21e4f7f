import { APIError } from "./errors.js";
import { discardBody } from "./response.js";

/** The shape of `fetch` the runtime calls; any spec-compliant implementation fits. */
export type FetchFunction = (
  input: string,
  init: RequestInit,
) => Promise<Response>;

/** Where one request carries credentials: lower-cased header names and query parameter names. */
export interface CredentialGuard {
  headers: readonly string[];
  query: readonly string[];
}

const REDIRECT_STATUSES: readonly number[] = [301, 302, 303, 307, 308];
/** The Fetch standard's own limit. */
const MAX_REDIRECTS = 20;
/** The Fetch standard drops only this one on a cross-origin redirect, so native following is safe for it. */
const STRIPPED_BY_FETCH: readonly string[] = ["authorization"];
const ALWAYS_SENSITIVE = ["authorization", "cookie", "proxy-authorization"];
const BODY_HEADERS = [
  "content-type",
  "content-length",
  "content-encoding",
  "content-language",
  "content-location",
];

function redirectError(message: string): APIError {
  return new APIError(undefined, undefined, message, undefined);
}

function nextInit(
  init: RequestInit,
  status: number,
  crossOrigin: boolean,
  guard: CredentialGuard,
): RequestInit {
  const headers = new Headers(init.headers);
  if (crossOrigin)
    for (const name of [...ALWAYS_SENSITIVE, ...guard.headers])
      headers.delete(name);
  const method = (init.method ?? "GET").toUpperCase();
  const becomesGet =
    ((status === 301 || status === 302) && method === "POST") ||
    (status === 303 && method !== "GET" && method !== "HEAD");
  if (!becomesGet) return { ...init, headers };
  for (const name of BODY_HEADERS) headers.delete(name);
  return { ...init, headers, method: "GET", body: null };
}

/**
 * The next hop's URL. A `Location` that fails to parse is reported without the `TypeError`, whose
 * `base` field would be the current URL, credentials and all. A server that copies a query
 * credential into a redirect to another origin has it removed.
 */
function nextURL(
  location: string,
  current: URL,
  origin: string,
  guard: CredentialGuard,
): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw redirectError("Redirect not followed: invalid Location header");
  }
  if (next.origin !== origin)
    for (const name of guard.query)
      if (next.searchParams.has(name)) next.searchParams.delete(name);
  return next;
}

async function followManually(
  fetchFn: FetchFunction,
  url: string,
  init: RequestInit,
  guard: CredentialGuard,
): Promise<Response> {
  let current = new URL(url);
  const origin = current.origin;
  let request: RequestInit = { ...init, redirect: "manual" };
  for (let hops = 0; ; hops++) {
    const response = await fetchFn(current.href, request);
    if (response.type === "opaqueredirect") {
      throw redirectError(
        "Redirect not followed: its target is hidden, so credentials could reach another origin",
      );
    }
    const location = REDIRECT_STATUSES.includes(response.status)
      ? response.headers.get("location")
      : null;
    if (location === null || hops >= MAX_REDIRECTS) return response;
    await discardBody(response);
    const next = nextURL(location, current, origin, guard);
    request = nextInit(
      request,
      response.status,
      next.origin !== current.origin,
      guard,
    );
    current = next;
  }
}

function hasCookie(init: RequestInit): boolean {
  return new Headers(init.headers).has("cookie");
}

/**
 * Node's fetch forwards custom headers such as `x-api-key` on a cross-origin redirect (it strips
 * `authorization` only), and any fetch keeps a query string the server repeats. When a credential
 * travels anywhere but `authorization`, redirects are followed here instead, and every credential
 * is dropped once the origin changes.
 */
export function fetchGuardingCredentials(
  fetchFn: FetchFunction,
  url: string,
  init: RequestInit,
  guard: CredentialGuard,
): Promise<Response> {
  const manual =
    guard.query.length > 0 ||
    guard.headers.some((name) => !STRIPPED_BY_FETCH.includes(name)) ||
    hasCookie(init);
  return manual
    ? followManually(fetchFn, url, init, guard)
    : fetchFn(url, init);
}
