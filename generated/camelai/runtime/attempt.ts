import { linkSignal } from "./abort.js";
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from "./errors.js";
import { fetchGuardingCredentials, type FetchFunction } from "./redirect.js";
import { discardBody, readErrorBody, readSuccessBody } from "./response.js";
import { shouldRetry } from "./retry.js";

export interface AttemptInput {
  fetch: FetchFunction;
  url: string;
  /** Everything but `signal`, which each attempt makes for itself. */
  init: RequestInit;
  credentialHeaders: readonly string[];
  callerSignal: AbortSignal | undefined;
  timeout: number;
  /** False on the last allowed attempt: then a retryable failure is reported instead. */
  mayRetry: boolean;
}

export type AttemptOutcome =
  | { kind: "success"; response: Response; data: unknown }
  | { kind: "retry"; headers: Headers | undefined }
  | { kind: "failure"; error: APIError };

function classify(
  error: unknown,
  input: AttemptInput,
  timedOut: boolean,
): AttemptOutcome {
  if (error instanceof APIError) return { kind: "failure", error };
  if (input.callerSignal?.aborted === true)
    return { kind: "failure", error: new APIUserAbortError() };
  if (input.mayRetry) return { kind: "retry", headers: undefined };
  const failure = timedOut
    ? new APIConnectionTimeoutError({ cause: error })
    : new APIConnectionError({ cause: error });
  return { kind: "failure", error: failure };
}

async function settle(
  response: Response,
  input: AttemptInput,
): Promise<AttemptOutcome> {
  if (response.ok || response.status === 304) {
    const data = await readSuccessBody(response, input.init.method ?? "GET");
    return { kind: "success", response, data };
  }
  if (input.mayRetry && shouldRetry(response.status, response.headers)) {
    await discardBody(response);
    return { kind: "retry", headers: response.headers };
  }
  const body = await readErrorBody(response);
  return {
    kind: "failure",
    error: APIError.from(response.status, body, response.headers),
  };
}

/**
 * One try at the request, body included: the timeout covers reading the body too, so a server
 * that stalls mid-response cannot hang the caller.
 */
export async function attempt(input: AttemptInput): Promise<AttemptOutcome> {
  if (input.callerSignal?.aborted === true)
    return { kind: "failure", error: new APIUserAbortError() };
  const link = linkSignal(input.callerSignal, input.timeout);
  try {
    const init: RequestInit = { ...input.init, signal: link.signal };
    const response = await fetchGuardingCredentials(
      input.fetch,
      input.url,
      init,
      input.credentialHeaders,
    );
    return await settle(response, input);
  } catch (error) {
    return classify(error, input, link.timedOut());
  } finally {
    link.dispose();
  }
}
