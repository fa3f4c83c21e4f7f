import { failedResult, type APIResult } from "./result.js";

/** The settled result of a request: the parsed body and the `Response` it was read from. */
export interface WithResponse<T> {
  data: T;
  /** The raw response; its body has already been consumed. */
  response: Response;
}

/** A settled request and the URL it went to (a next-page link resolves against it). */
export interface Sent<T> extends WithResponse<T> {
  url: string;
}

/**
 * Sends the request once. With `readBody` false the 2xx body is left unread (and unchecked)
 * for the caller to stream, and `data` is `undefined`.
 */
export type SendRequest<T> = (readBody: boolean) => Promise<WithResponse<T>>;

/**
 * A promise of the parsed body that can also give the raw `Response`, or a result that does not
 * throw for error responses. The request runs once; awaiting, `withResponse()`, `result()` and
 * `asResponse()` all read from that one run, so the body is parsed at most once. `E` maps the
 * operation's declared error statuses to their bodies, for `result()`.
 */
export class APIPromise<T, E = {}> extends Promise<T> {
  readonly #send: SendRequest<T>;
  #result: Promise<WithResponse<T>> | undefined;
  #readsBody = true;
  #data: Promise<T> | undefined;

  constructor(send: SendRequest<T>) {
    // The superclass promise is a placeholder; `then`, `catch` and `finally` read from the request.
    super((resolve) => resolve(undefined as T));
    this.#send = send;
    // Sent on the next microtask rather than when first awaited, so a call nobody awaits still
    // goes out, while `asResponse()` chained on the call itself still comes first.
    queueMicrotask(() => {
      this.#start(true);
    });
  }

  /** Derived promises (from `then`, `finally`, `Promise.all`) are plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  #start(readBody: boolean): Promise<WithResponse<T>> {
    if (this.#result === undefined) {
      this.#readsBody = readBody;
      this.#result = this.#send(readBody);
    }
    return this.#result;
  }

  #misuse(message: string): Promise<never> {
    return Promise.reject(new Error(message));
  }

  /** The parsed body with the response it came from; the response body is consumed. */
  withResponse(): Promise<WithResponse<T>> {
    const result = this.#start(true);
    if (!this.#readsBody)
      return this.#misuse(
        "asResponse() handed over the body unread; read it from that Response",
      );
    return result.then(({ data, response }) => ({ data, response }));
  }

  /**
   * The outcome without throwing for an error response: `{ ok: true, data, response }`, or
   * `{ ok: false, status, error, response }` with the error body, typed by status from the
   * schema. Failures without a response (connection, timeout, abort), a 2xx body that fails
   * validation and arguments refused before sending still reject. Retries are over by then.
   */
  result(): Promise<APIResult<T, E>> {
    return this.withResponse().then(
      ({ data, response }) => ({ ok: true, data, response }),
      failedResult,
    ) as Promise<APIResult<T, E>>;
  }

  /**
   * The raw `Response` as soon as its headers arrive, body unread, for streaming. Non-2xx
   * statuses still reject with `APIError`. Call it on the call's promise directly: once the
   * promise has been awaited, the body is parsed and cannot be handed over.
   */
  asResponse(): Promise<Response> {
    const result = this.#start(false);
    if (this.#readsBody)
      return this.#misuse(
        "asResponse() must be called before the promise is awaited; use withResponse()",
      );
    return result.then(({ response }) => response);
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.withResponse().then((result) => result.data);
    return this.#data;
  }

  override then<TResult1 = T, TResult2 = never>(
    onfulfilled?:
      ((value: T) => TResult1 | PromiseLike<TResult1>) | null | undefined,
    onrejected?:
      | ((reason: unknown) => TResult2 | PromiseLike<TResult2>)
      | null
      | undefined,
  ): Promise<TResult1 | TResult2> {
    return this.#dataPromise().then(onfulfilled, onrejected);
  }

  override catch<TResult = never>(
    onrejected?:
      ((reason: unknown) => TResult | PromiseLike<TResult>) | null | undefined,
  ): Promise<T | TResult> {
    return this.#dataPromise().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null | undefined): Promise<T> {
    return this.#dataPromise().finally(onfinally);
  }
}
