import { APIError } from "./errors.js";
import { discardBody } from "./response.js";

/** The shape of `fetch` the runtime calls; any spec-compliant implementation fits. */
export type FetchFunction = (
  input: string,
  init: RequestInit,
) => Promise<Response>;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The Fetch standard's own limit. */
const MAX_REDIRECTS = 20;
/** The Fetch standard drops only this one on a cross-origin redirect, so native following is safe for it. */
const STRIPPED_BY_FETCH = new Set(["authorization"]);
const ALWAYS_SENSITIVE = ["authorization", "cookie", "proxy-authorization"];
const BODY_HEADERS = [
  "content-type",
  "content-length",
  "content-encoding",
  "content-language",
  "content-location",
];

function nextInit(
  init: RequestInit,
  status: number,
  crossOrigin: boolean,
  sensitive: readonly string[],
): RequestInit {
  const headers = new Headers(init.headers);
  if (crossOrigin)
    for (const name of [...ALWAYS_SENSITIVE, ...sensitive])
      headers.delete(name);
  const method = (init.method ?? "GET").toUpperCase();
  const becomesGet =
    ((status === 301 || status === 302) && method === "POST") ||
    (status === 303 && method !== "GET" && method !== "HEAD");
  if (!becomesGet) return { ...init, headers };
  for (const name of BODY_HEADERS) headers.delete(name);
  return { ...init, headers, method: "GET", body: null };
}

async function followManually(
  fetchFn: FetchFunction,
  url: string,
  init: RequestInit,
  sensitive: readonly string[],
): Promise<Response> {
  let current = new URL(url);
  let request: RequestInit = { ...init, redirect: "manual" };
  for (let hops = 0; ; hops++) {
    const response = await fetchFn(current.href, request);
    if (response.type === "opaqueredirect") {
      throw new APIError(
        undefined,
        undefined,
        "Redirect not followed: this runtime hides redirect targets, so the credential header cannot be kept from another origin",
        undefined,
      );
    }
    const location = REDIRECT_STATUSES.has(response.status)
      ? response.headers.get("location")
      : null;
    if (location === null) return response;
    if (hops >= MAX_REDIRECTS) return response;
    await discardBody(response);
    const next = new URL(location, current);
    request = nextInit(
      request,
      response.status,
      next.origin !== current.origin,
      sensitive,
    );
    current = next;
  }
}

/**
 * Node's fetch forwards custom headers such as `x-api-key` on a cross-origin redirect (it strips
 * `authorization` and `cookie` only). When a credential travels in any header but
 * `authorization`, redirects are followed here instead, and every credential header is dropped
 * once the origin changes.
 */
export function fetchGuardingCredentials(
  fetchFn: FetchFunction,
  url: string,
  init: RequestInit,
  credentialHeaders: readonly string[],
): Promise<Response> {
  const sensitive = credentialHeaders.filter(
    (name) => !STRIPPED_BY_FETCH.has(name),
  );
  return sensitive.length === 0
    ? fetchFn(url, init)
    : followManually(fetchFn, url, init, sensitive);
}
