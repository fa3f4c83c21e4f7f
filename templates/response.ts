import { APIError } from "./errors.js";
import { isJSONMediaType } from "./media-type.js";
import type { ResponseKind } from "./operation.js";

/** Statuses that never carry a body. */
const NO_CONTENT_STATUSES: readonly number[] = [204, 205];

/** Lets the connection be reused without reading a body nobody wants; failures do not matter. */
export async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body was already closed or errored; either way it no longer holds the connection.
  }
}

function invalidJSON(
  response: Response,
  text: string,
  error: unknown,
): APIError {
  const contentType = response.headers.get("content-type") ?? "";
  const reason = (error as Error).message;
  const message = `Invalid JSON in ${response.status} response body (content-type "${contentType}"): ${reason}`;
  return new APIError(response.status, text, message, response.headers);
}

/**
 * Parsed JSON for a JSON media type, where invalid JSON is the server's fault and an `APIError`.
 * Other or missing types are parsed when the text is JSON (servers mislabel it), else kept as text.
 */
async function readJSON(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (isJSONMediaType(response.headers.get("content-type")))
      throw invalidJSON(response, text, error);
    return text;
  }
}

/**
 * The data of a successful response as `kind` says: `undefined` when the response has no body
 * (no-content statuses, HEAD, `kind: "empty"`, or an empty JSON body), else JSON, a Blob or what
 * the reader gives.
 */
export async function readSuccessBody(
  response: Response,
  method: string,
  kind: ResponseKind = "json",
): Promise<unknown> {
  if (
    kind === "empty" ||
    method === "HEAD" ||
    NO_CONTENT_STATUSES.includes(response.status) ||
    (kind === "json" && response.headers.get("content-length") === "0")
  ) {
    await discardBody(response);
    return undefined;
  }
  return kind === "json"
    ? readJSON(response)
    : kind === "blob"
      ? response.blob()
      : kind(response);
}

/** An error body: parsed JSON when it is JSON (whatever the content type says), else its text, else `undefined`. */
export async function readErrorBody(response: Response): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch {
    return undefined;
  }
  if (text === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
