import { linkSignal } from "./abort.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "./errors.js";
import type { ResponseKind } from "./operation.js";
import {
  fetchGuardingCredentials,
  type CredentialGuard,
  type FetchFunction,
} from "./redirect.js";
import { discardBody, readErrorBody, readSuccessBody } from "./response.js";
import { redactBody, redactCause } from "./redact.js";
import { shouldRetry } from "./retry.js";

export interface AttemptInput {
  fetch: FetchFunction;
  url: string;
  /** Everything but `signal`, which each attempt makes for itself. */
  init: RequestInit;
  guard: CredentialGuard;
  callerSignal: AbortSignal | undefined;
  timeout: number;
  /** False on the last allowed attempt: then a retryable failure is reported instead. */
  mayRetry: boolean;
  /** How a 2xx body is read (default "json"). */
  responseKind?: ResponseKind | undefined;
  /** False when the caller takes the 2xx body unread (`asResponse()`, a stream). */
  readBody?: boolean | undefined;
  /** For a body left unread: aborting it later aborts the request, closing the connection. */
  controller?: AbortController | undefined;
  /** Told of each final response as soon as its headers arrive. */
  onResponse?: ((response: Response) => void) | undefined;
  /** The caller's `onResponse`, awaited before the body is read; a throw rejects the call. */
  hook?: ((response: Response) => void | Promise<void>) | undefined;
  /** Secret forms (`secretForms`) kept out of the errors the attempt makes. */
  secrets?: readonly string[] | undefined;
}

export type AttemptOutcome =
  | { kind: "success"; response: Response; data: unknown }
  /** `status` is `undefined` after a connection failure or timeout. */
  | { kind: "retry"; status: number | undefined; headers: Headers | undefined }
  /** `transient`: the failure would have been retried had retries remained. */
  | { kind: "failure"; error: APIError; transient: boolean }
  /** A response hook threw `reason`: the call rejects with it, never retried. */
  | { kind: "rejected"; reason: unknown };

function classify(
  error: unknown,
  input: AttemptInput,
  timedOut: boolean,
): AttemptOutcome {
  if (error instanceof APIError)
    return { kind: "failure", error, transient: false };
  if (input.callerSignal?.aborted === true && !timedOut)
    return {
      kind: "failure",
      error: new APIUserAbortError(),
      transient: false,
    };
  if (input.mayRetry)
    return { kind: "retry", status: undefined, headers: undefined };
  const cause = redactCause(error, input.secrets ?? []);
  const failure = timedOut
    ? new APIConnectionTimeoutError({ cause })
    : new APIConnectionError({ cause });
  return { kind: "failure", error: failure, transient: true };
}

async function settle(
  response: Response,
  input: AttemptInput,
): Promise<AttemptOutcome> {
  if (response.ok) {
    const data =
      input.readBody === false
        ? undefined
        : await readSuccessBody(
            response,
            input.init.method ?? "GET",
            input.responseKind,
          );
    return { kind: "success", response, data };
  }
  const retryable = shouldRetry(response.status, response.headers);
  if (input.mayRetry && retryable) {
    await discardBody(response);
    return {
      kind: "retry",
      status: response.status,
      headers: response.headers,
    };
  }
  const body = redactBody(await readErrorBody(response), input.secrets ?? []);
  const error = APIError.from(
    response.status,
    body,
    response.headers,
    response,
  );
  return { kind: "failure", error, transient: retryable };
}

async function send(
  input: AttemptInput,
  signal: AbortSignal,
): Promise<AttemptOutcome> {
  const response = await fetchGuardingCredentials(
    input.fetch,
    input.url,
    { ...input.init, signal },
    input.guard,
  );
  input.onResponse?.(response);
  if (input.hook !== undefined) {
    try {
      await input.hook(response);
      // Read here, the body would be gone for the call, which would then fail as if the connection had.
      if (response.bodyUsed)
        throw new TypeError("onResponse read the body; read a clone()");
    } catch (reason) {
      await discardBody(response);
      return { kind: "rejected", reason };
    }
  }
  return settle(response, input);
}

/**
 * One try at the request, body included: the timeout covers reading the body too, so a server
 * that stalls mid-response cannot hang the caller.
 */
export async function attempt(input: AttemptInput): Promise<AttemptOutcome> {
  if (input.callerSignal?.aborted === true)
    return {
      kind: "failure",
      error: new APIUserAbortError(),
      transient: false,
    };
  const link = linkSignal(input.callerSignal, input.timeout);
  let streaming = false;
  try {
    const outcome = await Promise.race([
      send(input, link.signal),
      link.aborted,
    ]);
    streaming = outcome.kind === "success" && input.readBody === false;
    return outcome;
  } catch (error) {
    return classify(error, input, link.timedOut());
  } finally {
    if (streaming) {
      link.releaseTimer();
      input.controller?.signal.addEventListener("abort", link.abort, {
        once: true,
      });
    } else link.dispose();
  }
}
