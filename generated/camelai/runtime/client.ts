import { APIPromise, type Sent } from "./api-promise.js";
import { attempt } from "./attempt.js";
import { credentialNames, headerSecrets, secretsOf } from "./auth.js";
import { buildRequest, type RequestContext } from "./build-request.js";
import {
  checkMaxRetries,
  checkTimeout,
  checkerFor,
  mergeOptions,
  openLog,
  resolveAuth,
  resolveBaseURL,
  resolveFetch,
} from "./client-options.js";
import type { ClientConfig } from "./config.js";
import type { OperationRequest, PageShape } from "./operation.js";
import type {
  ClientLog,
  ClientOptions,
  RequestOptions,
  ResponseCheck,
} from "./options.js";
import { guardAfterHook, outgoingRequest } from "./outgoing.js";
import type { PagePromise } from "./page-promise.js";
import type { PagedRequest, RequestURL } from "./pagination.js";
import { secretForms } from "./redact.js";
import type { FetchFunction } from "./redirect.js";
import { withParameters } from "./request-parameters.js";
import { retryDelayMs } from "./retry.js";
import { sleep } from "./sleep.js";

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RETRIES = 2;

/**
 * The HTTP core every generated client calls: options, auth, retries, timeouts, redirects.
 * Logging, response validation, page iteration and the body encoders other than JSON come in
 * through options and requests, so a bundle carries only the ones it uses. Secrets, configuration
 * and the transport live in `#private` members, which `JSON.stringify`, `util.inspect` and
 * property enumeration cannot reach, and which leave every instance name but `withOptions` to the
 * resources: operations call the static `APIClient.request(client, ...)`.
 */
export class APIClient {
  /** As given (records copied), for `withOptions`. */
  readonly #options: ClientOptions;
  readonly #config: ClientConfig;
  readonly #timeout: number;
  readonly #maxRetries: number;
  readonly #context: RequestContext;
  readonly #fetch: FetchFunction;
  /** The check of the client's `validate` mode, `undefined` when it is `"off"`. */
  readonly #check: ResponseCheck | undefined;
  readonly #secrets: readonly string[];
  readonly #log: ClientLog | undefined;

  constructor(options: ClientOptions, config: ClientConfig) {
    this.#options = mergeOptions({}, options);
    this.#config = config;
    this.#timeout = checkTimeout(options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.#maxRetries = checkMaxRetries(
      options.maxRetries ?? DEFAULT_MAX_RETRIES,
    );
    this.#fetch = resolveFetch(options.fetch, config.clientName);
    const baseURL = resolveBaseURL(options.baseURL, config);
    const auth = resolveAuth(options, config);
    const names = credentialNames(config.securitySchemes);
    this.#secrets = secretsOf(auth);
    this.#log = openLog(
      options,
      config.clientName,
      names,
      secretForms(this.#secrets),
    );
    // Refuses, here rather than at the first call, a mode this client has no means to honour.
    this.#check = checkerFor(options.validate, options, this.#log, config);
    this.#context = {
      baseURL,
      ownServers: baseURL === config.defaultBaseURL,
      auth,
      credentialHeaderNames: names.headers,
      defaultHeaders: this.#options.defaultHeaders,
      idempotencyHeader: options.idempotencyHeader,
      fetchOptions: this.#options.fetchOptions,
    };
  }

  /**
   * A client of the same class (resources included) with `options` over this one's: each option
   * given replaces this client's, `defaultHeaders`, `credentials` and `fetchOptions` merge key by
   * key. This client is unchanged.
   */
  withOptions(options: ClientOptions): this {
    const Client = this.constructor as new (
      options: ClientOptions,
      config: ClientConfig,
    ) => this;
    return new Client(mergeOptions(this.#options, options), this.#config);
  }

  /**
   * Sends one operation call through `client`; the promise resolves to the parsed 2xx body. `E`
   * maps the declared error statuses to their bodies, for `result()`; generated calls take both
   * from their return type.
   */
  static request<T, E = {}>(
    client: APIClient,
    req: OperationRequest,
    options: RequestOptions<string> = {},
  ): APIPromise<T, E> {
    const request = withParameters(req);
    return new APIPromise<T, E>((readBody) =>
      client.#send<T>(request, options, readBody),
    );
  }

  /**
   * Sends a list call through `client` and the request's `paginate`: awaiting gives the first
   * page, `for await` walks the items of every page.
   */
  static requestPage<Page, Item, E = {}>(
    client: APIClient,
    req: PagedRequest,
    options: RequestOptions<string> | undefined,
    shape: PageShape,
  ): PagePromise<Page, Item, E> {
    return req.paginate<Page, Item, E>({
      send: (request, callOptions, readBody, url) =>
        client.#send(request, callOptions, readBody, url),
      request: withParameters(req),
      options: options ?? {},
      shape,
      log: client.#log,
    });
  }

  /**
   * Each attempt: `onRequest` on its own copy of the request, the fetch (redirects followed
   * within it), `onResponse`, then the body is read or the attempt retried.
   */
  async #send<T>(
    req: OperationRequest,
    options: RequestOptions<string>,
    readBody: boolean,
    url?: RequestURL,
  ): Promise<Sent<T>> {
    const check =
      options.validate === undefined
        ? this.#check
        : checkerFor(options.validate, this.#options, this.#log, this.#config);
    const built = await buildRequest(req, options, this.#context, url);
    const timeout = checkTimeout(options.timeout ?? this.#timeout);
    const maxRetries = built.replayable
      ? checkMaxRetries(options.maxRetries ?? this.#maxRetries)
      : 0;
    const { onRequest, onResponse } = this.#options;
    const log = this.#log?.call(req.method, built.url);
    const operation = req.operation ?? `${req.method} ${req.path}`;
    const streams = req.stream !== undefined;
    const controller = streams ? new AbortController() : undefined;
    for (let retryIndex = 0; ; retryIndex++) {
      const outgoing = outgoingRequest(built, retryIndex);
      await onRequest?.(outgoing);
      log?.request(outgoing.init.headers, retryIndex);
      const startedAt = Date.now();
      const outcome = await attempt({
        fetch: this.#fetch,
        url: outgoing.url,
        init: outgoing.init,
        guard: guardAfterHook(built, outgoing),
        callerSignal: options.signal,
        timeout,
        mayRetry: retryIndex < maxRetries,
        responseKind: req.responseKind,
        readBody: readBody && !streams,
        controller,
        secrets: secretForms([
          ...this.#secrets,
          ...headerSecrets(outgoing.init.headers, built.guard.headers),
        ]),
        onResponse: (response) => log?.response(response, startedAt),
        hook:
          onResponse === undefined
            ? undefined
            : (response) => onResponse(response, outgoing),
      });
      if (outcome.kind === "rejected") throw outcome.reason;
      if (outcome.kind === "failure") {
        log?.failure(outcome.error, outcome.transient);
        throw outcome.error;
      }
      if (outcome.kind === "success") {
        const { response } = outcome;
        // Headers are in: the attempt timer stopped, the same timeout bounds each idle gap.
        const data =
          readBody && controller !== undefined
            ? req.stream?.(
                response,
                { controller, signal: options.signal, idleTimeout: timeout },
                { check, operation },
              )
            : outcome.data;
        if (readBody && !streams) check?.(data, response, operation);
        return { data: data as T, response, url: outgoing.url };
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
