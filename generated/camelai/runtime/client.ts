import { APIPromise } from "./api-promise.js";
import { attempt } from "./attempt.js";
import { credentialNames, secretsOf } from "./auth.js";
import { buildRequest, type RequestContext } from "./build-request.js";
import { CallLog } from "./call-log.js";
import {
  checkMaxRetries,
  checkTimeout,
  resolveAuth,
  resolveFetch,
} from "./client-options.js";
import type { ClientConfig } from "./config.js";
import { checkLogLevel, Log } from "./logger.js";
import type { OperationRequest, PageShape } from "./operation.js";
import type { ClientOptions, RequestOptions, ValidateMode } from "./options.js";
import {
  nextPageRequest,
  originOf,
  PagePromise,
  type PageResult,
} from "./pagination.js";
import { Redactor } from "./redact.js";
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
  readonly #redactor: Redactor;
  readonly #log: Log;

  constructor(options: ClientOptions, config: ClientConfig) {
    this.baseURL = options.baseURL ?? config.defaultBaseURL;
    this.timeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.maxRetries = checkMaxRetries(
      options.maxRetries ?? DEFAULT_MAX_RETRIES,
    );
    this.#fetch = resolveFetch(options.fetch, config.clientName);
    this.#validate = options.validate ?? config.validate ?? "off";
    const auth = resolveAuth(options, config);
    const names = credentialNames(config.securitySchemes);
    this.#redactor = new Redactor({
      headers: [...names.headers, ...(options.redactHeaders ?? [])],
      query: names.query,
      secrets: secretsOf(auth),
    });
    this.#log = new Log(
      options.logger,
      checkLogLevel(options.logLevel ?? "warn"),
      config.clientName,
      this.#redactor,
    );
    this.#context = {
      baseURL: this.baseURL,
      auth,
      credentialHeaderNames: names.headers,
      defaultHeaders:
        options.defaultHeaders === undefined
          ? undefined
          : { ...options.defaultHeaders },
      idempotencyHeader: options.idempotencyHeader,
    };
  }

  /** Sends one operation call; the promise resolves to the parsed 2xx body. */
  request<T>(
    req: OperationRequest,
    options: RequestOptions<string> = {},
  ): APIPromise<T> {
    return new APIPromise<T>((readBody) =>
      this.#send<T>(req, options, readBody),
    );
  }

  /**
   * Sends a list call: awaiting gives the first page, `for await` walks the items of every page
   * by following each page's `next` link on the client's own origin.
   */
  requestPage<Page, Item>(
    req: OperationRequest,
    options: RequestOptions<string> | undefined,
    shape: PageShape,
  ): PagePromise<Page, Item> {
    const callOptions = options ?? {};
    const pageRequest = nextPageRequest(req);
    const pageOptions = { ...callOptions, idempotencyKey: undefined };
    return new PagePromise<Page, Item>(
      (readBody) => this.#send<Page>(req, callOptions, readBody),
      {
        shape,
        origin: originOf(this.baseURL),
        fetch: (url) => this.#send<Page>(pageRequest, pageOptions, true, url),
        refuse: (link, reason) =>
          this.#log.warn(
            `not following the next page link ${this.#redactor.url(link)}: ${reason}`,
          ),
      },
    );
  }

  async #send<T>(
    req: OperationRequest,
    options: RequestOptions<string>,
    readBody: boolean,
    link?: string,
  ): Promise<PageResult<T>> {
    const built = await buildRequest(req, options, this.#context, link);
    const timeout = checkTimeout(options.timeout ?? this.timeout);
    const maxRetries = built.replayable
      ? checkMaxRetries(options.maxRetries ?? this.maxRetries)
      : 0;
    const log = new CallLog(this.#log, this.#redactor, req.method, built.url);
    for (let retryIndex = 0; ; retryIndex++) {
      log.request(built.init.headers, retryIndex);
      const startedAt = Date.now();
      const outcome = await attempt({
        fetch: this.#fetch,
        url: built.url,
        init: built.init,
        guard: built.guard,
        callerSignal: options.signal,
        timeout,
        mayRetry: retryIndex < maxRetries,
        responseKind: req.responseKind,
        readBody,
        redactor: this.#redactor,
        onResponse: (response) => log.response(response, startedAt),
      });
      if (outcome.kind === "failure") {
        log.failure(outcome.error, outcome.transient);
        throw outcome.error;
      }
      if (outcome.kind === "success") {
        const { data, response } = outcome;
        if (readBody)
          validateResponse(
            data,
            response,
            req,
            options.validate ?? this.#validate,
            (message) => this.#log.warn(message),
          );
        return { data: data as T, response, url: built.url };
      }
      const delay = retryDelayMs(
        retryIndex,
        outcome.headers,
        Date.now(),
        Math.random(),
      );
      log.retry(delay, retryIndex, maxRetries, outcome.status, outcome.headers);
      await sleep(delay, options.signal);
    }
  }
}
