import { APIPromise, type Sent } from "./api-promise.js";
import { attempt } from "./attempt.js";
import { credentialNames, secretsOf } from "./auth.js";
import { buildRequest, type RequestContext } from "./build-request.js";
import {
  checkMaxRetries,
  checkTimeout,
  openLog,
  resolveAuth,
  resolveFetch,
} from "./client-options.js";
import type { ClientConfig } from "./config.js";
import type { OperationRequest, PageShape } from "./operation.js";
import type {
  ClientLog,
  ClientOptions,
  RequestOptions,
  ValidateMode,
  Validator,
} from "./options.js";
import type { PagePromise } from "./page-promise.js";
import type { Paginate, RequestURL } from "./pagination.js";
import { secretForms } from "./redact.js";
import type { FetchFunction } from "./redirect.js";
import { retryDelayMs } from "./retry.js";
import { sleep } from "./sleep.js";
import { validateResponse, validatorFor } from "./validate.js";

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

/**
 * The HTTP core every generated client calls: options, auth, retries, timeouts, redirects.
 * Logging, response validation, page iteration and the body encoders other than JSON come in
 * through options and requests, so a bundle carries only the ones it uses. Secrets and
 * configuration live in `#private` fields, which `JSON.stringify`, `util.inspect` and property
 * enumeration cannot reach.
 */
export class APIClient {
  readonly baseURL: string;
  readonly timeout: number;
  readonly maxRetries: number;
  /** Names the validator's errors mention (client, generated validator). */
  readonly #config: ClientConfig;
  readonly #context: RequestContext;
  readonly #fetch: FetchFunction;
  readonly #validate: ValidateMode;
  readonly #validator: Validator | undefined;
  readonly #secrets: readonly string[];
  readonly #log: ClientLog | undefined;

  constructor(options: ClientOptions, config: ClientConfig) {
    this.baseURL = options.baseURL ?? config.defaultBaseURL;
    this.timeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.maxRetries = checkMaxRetries(
      options.maxRetries ?? DEFAULT_MAX_RETRIES,
    );
    this.#config = config;
    this.#fetch = resolveFetch(options.fetch, config.clientName);
    const auth = resolveAuth(options, config);
    const names = credentialNames(config.securitySchemes);
    this.#secrets = secretForms(secretsOf(auth));
    this.#log = openLog(options, config.clientName, names, this.#secrets);
    this.#validate = options.validate ?? "off";
    this.#validator = options.validator;
    // Refuses, here rather than at the first call, a mode this client has no means to honour.
    validatorFor(this.#validate, this.#validator, this.#log, config);
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

  /**
   * Sends one operation call; the promise resolves to the parsed 2xx body. `E` maps the declared
   * error statuses to their bodies, for `result()`; generated calls take both from their return type.
   */
  request<T, E = {}>(
    req: OperationRequest,
    options: RequestOptions<string> = {},
  ): APIPromise<T, E> {
    return new APIPromise<T, E>((readBody) =>
      this.#send<T>(req, options, readBody),
    );
  }

  /**
   * Sends a list call through the request's `paginate`: awaiting gives the first page,
   * `for await` walks the items of every page.
   */
  requestPage<Page, Item, E = {}>(
    req: OperationRequest & { paginate: Paginate },
    options: RequestOptions<string> | undefined,
    shape: PageShape,
  ): PagePromise<Page, Item, E> {
    return req.paginate<Page, Item, E>({
      send: (request, callOptions, readBody, url) =>
        this.#send(request, callOptions, readBody, url),
      request: req,
      options: options ?? {},
      shape,
      baseURL: this.baseURL,
      log: this.#log,
    });
  }

  async #send<T>(
    req: OperationRequest,
    options: RequestOptions<string>,
    readBody: boolean,
    url?: RequestURL,
  ): Promise<Sent<T>> {
    const mode = options.validate ?? this.#validate;
    const validator = validatorFor(
      mode,
      this.#validator,
      this.#log,
      this.#config,
    );
    const built = await buildRequest(req, options, this.#context, url);
    const timeout = checkTimeout(options.timeout ?? this.timeout);
    const maxRetries = built.replayable
      ? checkMaxRetries(options.maxRetries ?? this.maxRetries)
      : 0;
    const log = this.#log?.call(req.method, built.url);
    for (let retryIndex = 0; ; retryIndex++) {
      log?.request(built.init.headers, retryIndex);
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
        secrets: this.#secrets,
        onResponse: (response) => log?.response(response, startedAt),
      });
      if (outcome.kind === "failure") {
        log?.failure(outcome.error, outcome.transient);
        throw outcome.error;
      }
      if (outcome.kind === "success") {
        const { data, response } = outcome;
        if (readBody && validator !== undefined)
          validateResponse(data, response, req, mode, validator, (message) =>
            this.#log?.warn(message),
          );
        return { data: data as T, response, url: built.url };
      }
      const delay = retryDelayMs(
        retryIndex,
        outcome.headers,
        Date.now(),
        Math.random(),
      );
      log?.retry(
        delay,
        retryIndex,
        maxRetries,
        outcome.status,
        outcome.headers,
      );
      await sleep(delay, options.signal);
    }
  }
}
