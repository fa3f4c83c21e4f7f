import { requestIdOf, type APIError } from "./errors.js";
import type { Log } from "./logger.js";
import type { CallLogger, HeadersInput } from "./options.js";

/**
 * The log lines of one call: each attempt and response at debug, retries at info, a failure
 * that outlasted its retries at error. `label` is the method and the URL, already redacted.
 */
export class CallLog implements CallLogger {
  readonly #log: Log;
  readonly #label: string;
  readonly #headers: (headers: Headers) => Record<string, string>;

  constructor(
    log: Log,
    label: string,
    headers: (headers: Headers) => Record<string, string>,
  ) {
    this.#log = log;
    this.#label = label;
    this.#headers = headers;
  }

  request(headers: HeadersInput, retryIndex: number): void {
    if (!this.#log.enabled("debug")) return;
    const note = retryIndex === 0 ? "" : ` (retry ${retryIndex})`;
    this.#log.write("debug", `request ${this.#label}${note}`, {
      headers: this.#headers(new Headers(headers)),
    });
  }

  response(response: Response, startedAt: number): void {
    if (!this.#log.enabled("debug")) return;
    const ms = Date.now() - startedAt;
    this.#log.write(
      "debug",
      `response ${this.#label} ${response.status} in ${ms} ms`,
      {
        requestId: requestIdOf(response.headers),
        headers: this.#headers(response.headers),
      },
    );
  }

  retry(
    delayMs: number,
    retryIndex: number,
    maxRetries: number,
    status: number | undefined,
    headers: Headers | undefined,
  ): void {
    const requestId = requestIdOf(headers);
    this.#log.write(
      "info",
      `retrying ${this.#label} in ${Math.round(delayMs)} ms (retry ${retryIndex + 1} of ${maxRetries}) after ${status ?? "a connection failure"}`,
      requestId === undefined ? undefined : { requestId },
    );
  }

  /** Only a transient failure is an error to log: any other answer is the server's to give. */
  failure(error: APIError, transient: boolean): void {
    const line = `${this.#label} failed: ${error.message}`;
    const details =
      error.requestId === undefined
        ? undefined
        : { requestId: error.requestId };
    this.#log.write(transient ? "error" : "debug", line, details);
  }
}
