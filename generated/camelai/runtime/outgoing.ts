import type { BuiltRequest } from "./build-request.js";
import type { OutgoingRequest } from "./options.js";
import type { CredentialGuard } from "./redirect.js";

/** One attempt's request, on its own copy of the headers, for `onRequest` to change. */
export function outgoingRequest(
  built: BuiltRequest,
  retryIndex: number,
): OutgoingRequest {
  return {
    url: built.url,
    init: { ...built.init, headers: new Headers(built.init.headers) },
    retryIndex,
  };
}

/**
 * The guard for what `onRequest` left: a header it added or changed may be a credential (a
 * signature, a token), so it too is dropped when a redirect leaves the origin.
 */
export function guardAfterHook(
  built: BuiltRequest,
  request: OutgoingRequest,
): CredentialGuard {
  const changed: string[] = [];
  new Headers(request.init.headers).forEach((value, name) => {
    if (built.init.headers.get(name) !== value) changed.push(name);
  });
  if (changed.length === 0) return built.guard;
  return { ...built.guard, headers: [...built.guard.headers, ...changed] };
}
