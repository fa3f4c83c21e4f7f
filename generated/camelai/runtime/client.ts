import { APIPromise, type WithResponse } from "./api-promise.js";
import { attempt } from "./attempt.js";
import { buildRequest, type RequestContext } from "./build-request.js";
import {
  checkMaxRetries,
  checkTimeout,
  resolveApiKey,
  resolveFetch,
} from "./client-options.js";
import type { ClientConfig } from "./config.js";
import type { OperationRequest } from "./operation.js";
import type { ClientOptions, RequestOptions, ValidateMode } from "./options.js";
import type { FetchFunction } from "./redirect.js";
import { retryDelayMs } from "./retry.js";
import { sleep } from "./sleep.js";
import { validateResponse } from "./validate.js";

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

/**
 * The HTTP core every generated client calls. Secrets and configuration live in `#private`
 * fields, which `JSON.stringify`, `util.inspect` and property enumeration cannot reach.
 */
export class APIClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly #context: RequestContext;
  readonly #fetch: FetchFunction;
  readonly #validate: ValidateMode;
  readonly #clientName: string;

  constructor(options: ClientOptions, config: ClientConfig) {
    this.baseURL = options.baseURL ?? config.defaultBaseURL;
    this.timeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.maxRetries = checkMaxRetries(
      options.maxRetries ?? DEFAULT_MAX_RETRIES,
    );
    this.#fetch = resolveFetch(options.fetch, config.clientName);
    this.#validate = options.validate ?? "off";
    this.#clientName = config.clientName;
    this.#context = {
      baseURL: this.baseURL,
      apiKey: resolveApiKey(options.apiKey, config.apiKeyEnvVar),
      defaultHeaders:
        options.defaultHeaders === undefined
          ? undefined
          : { ...options.defaultHeaders },
      securitySchemes: config.securitySchemes,
    };
  }

  /** Sends one operation call; the promise resolves to the parsed 2xx body. */
  request<T>(
    req: OperationRequest,
    options: RequestOptions = {},
  ): APIPromise<T> {
    return new APIPromise<T>(this.#send<T>(req, options));
  }

  async #send<T>(
    req: OperationRequest,
    options: RequestOptions,
  ): Promise<WithResponse<T>> {
    const built = buildRequest(req, options, this.#context);
    const timeout = checkTimeout(options.timeout ?? this.timeout);
    const maxRetries = built.replayable
      ? checkMaxRetries(options.maxRetries ?? this.maxRetries)
      : 0;
    for (let retryIndex = 0; ; retryIndex++) {
      const outcome = await attempt({
        fetch: this.#fetch,
        url: built.url,
        init: built.init,
        credentialHeaders: built.credentialHeaders,
        callerSignal: options.signal,
        timeout,
        mayRetry: retryIndex < maxRetries,
      });
      if (outcome.kind === "failure") throw outcome.error;
      if (outcome.kind === "success") {
        validateResponse(
          outcome.data,
          outcome.response,
          req,
          options.validate ?? this.#validate,
          this.#clientName,
        );
        return { data: outcome.data as T, response: outcome.response };
      }
      await sleep(
        retryDelayMs(retryIndex, outcome.headers, Date.now(), Math.random()),
        options.signal,
      );
    }
  }
}
