export type HttpMethod =
  "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/** A generated guard with the name of the type it checks, e.g. `{ typeName: "Connection", check: isConnection }`. */
export interface ResponseCheck {
  typeName: string;
  check: (value: unknown) => boolean;
}

/** Everything a generated operation function knows about one call. */
export interface OperationRequest {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `"/api/v1/sources/{id}/"`. */
  path: string;
  /** Wire names to values. */
  pathParams?: Record<string, string | number | boolean>;
  /** Wire names to values; serialised with OpenAPI's default style (form, explode). */
  query?: Record<string, unknown>;
  /** Header parameters; serialised with OpenAPI's default style (simple). */
  headers?: Record<string, unknown>;
  /** Present (not `undefined`) means the request has a body. */
  body?: unknown;
  /** Media type of the body, default `"application/json"`. */
  contentType?: string;
  /**
   * Alternative security requirements, each a list of scheme names that must all be satisfied.
   * `[]` means no auth; an empty alternative means auth is optional.
   */
  security: readonly (readonly string[])[];
  /** Guard for the 2xx body, used when `validate` is `"warn"` or `"throw"`. */
  success?: ResponseCheck | undefined;
}
