import { APIError } from "./errors.js";

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type NumberOf<S> = S extends `${infer N extends number}` ? N : never;

/**
 * The statuses a response can settle with as an error: 3xx to 5xx. A 304 is one: it answers a
 * conditional request the caller made, and it has no body to resolve to.
 */
type ErrorStatus = NumberOf<`${3 | 4 | 5}${Digit}${Digit}`>;

/** The statuses of a `"4XX"` range key. */
type RangeStatus<R> = R extends `${infer D extends 1 | 2 | 3 | 4 | 5}XX`
  ? Extract<NumberOf<`${D}${Digit}${Digit}`>, ErrorStatus>
  : never;

/** The exact statuses an error map declares, whether written `404` or `"404"`. */
type ExactStatus<E> = NumberOf<`${Extract<keyof E, number | `${number}`>}`>;
type RangeKey<E> = Extract<keyof E, `${number}XX`>;

type Failure<S, B> = [S] extends [never]
  ? never
  : { ok: false; status: S; error: B; response: Response };

type ExactFailure<E, S> = S extends number
  ? Failure<
      S,
      S extends keyof E ? E[S] : `${S}` extends keyof E ? E[`${S}`] : unknown
    >
  : never;

// `E extends unknown` defers the whole type while `E` is generic, instead of a deferred
// conditional for each of the ~300 statuses: a large share of the checker's work otherwise.
type RangeFailure<E, R> = R extends keyof E
  ? E extends unknown
    ? Failure<Exclude<RangeStatus<R>, ExactStatus<E>>, E[R]>
    : never
  : never;

/** Every error status no exact key or range of `E` claims. */
type OtherStatus<E> = E extends unknown
  ? Exclude<ErrorStatus, ExactStatus<E> | RangeStatus<RangeKey<E>>>
  : never;

/**
 * What `.result()` resolves to: the data of a 2xx response, or the body of an error response,
 * discriminated by `ok` and `status`. `E` maps an operation's declared error statuses to their
 * bodies (`{ 404: NotFound; "4XX": ClientError; default: Problem }`); a status takes the body of its
 * exact key first, then of its range, then of `default`, and any other status has an `unknown` one.
 */
export type APIResult<T, E = {}> =
  | { ok: true; data: T; response: Response }
  | ExactFailure<E, ExactStatus<E>>
  | RangeFailure<E, RangeKey<E>>
  | Failure<OtherStatus<E>, "default" extends keyof E ? E["default"] : unknown>;

/**
 * An error response as a failed result; anything else rethrown: no response, or a 2xx body that
 * failed validation (a `ResponseValidationError` keeps no response, and its status is a success).
 */
export function failedResult(error: unknown): {
  ok: false;
  status: number;
  error: unknown;
  response: Response;
} {
  if (error instanceof APIError) {
    const { response } = error;
    if (response !== undefined && !response.ok)
      return {
        ok: false,
        status: response.status,
        error: error.body,
        response,
      };
  }
  throw error;
}
