import { APIError } from "./errors.js";
import { isJSONMediaType } from "./media-type.js";

const EMPTY_STATUSES = new Set([204, 205, 304]);

/** Lets the connection be reused without reading a body nobody wants; failures do not matter. */
export async function discardBody(response: Response): Promise<void> {
  try {
    await response.body?.cancel();
  } catch {
    // The body was already closed or errored; either way it no longer holds the connection.
  }
}

/**
 * The data of a successful response: `undefined` when there is no body, parsed JSON for JSON
 * media types, otherwise the text. Invalid JSON is an `APIError` that keeps the status.
 */
export async function readSuccessBody(
  response: Response,
  method: string,
): Promise<unknown> {
  if (
    method === "HEAD" ||
    EMPTY_STATUSES.has(response.status) ||
    response.headers.get("content-length") === "0"
  ) {
    await discardBody(response);
    return undefined;
  }
  const text = await response.text();
  if (text === "") return undefined;
  const contentType = response.headers.get("content-type");
  if (!isJSONMediaType(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = (error as Error).message;
    const message = `Invalid JSON in ${response.status} response body (content-type "${contentType ?? ""}"): ${reason}`;
    throw new APIError(response.status, text, message, response.headers);
  }
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
