/** The settled result of a request: the parsed body and the `Response` it was read from. */
export interface WithResponse<T> {
  data: T;
  /** The raw response; its body has already been consumed. */
  response: Response;
}

/**
 * A promise of the parsed body that can also give the raw `Response`. The request runs once,
 * in `result`; awaiting and `withResponse()` both read from it, so the body is parsed once.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    // The superclass promise is a placeholder; `then`, `catch` and `finally` read from `result`.
    super((resolve) => resolve(undefined as T));
    this.#result = result;
  }

  /** Derived promises (from `then`, `finally`, `Promise.all`) are plain promises. */
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#result.then((result) => ({
      data: result.data,
      response: result.response,
    }));
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#result.then((result) => result.data);
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
