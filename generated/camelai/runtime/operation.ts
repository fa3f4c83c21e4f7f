import type { ValidationIssue } from "./validation-error.js";

export type HttpMethod =
  "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/**
 * A generated guard with the name of the type it checks, e.g.
 * `{ typeName: "Connection", check: isConnection, issues: validateConnection }`.
 */
export interface ResponseCheck {
  typeName: string;
  check: (value: unknown) => boolean;
  /** Lists why a value fails (JSON pointer, message, keyword); run only after `check` said no. */
  issues?: (value: unknown) => ValidationIssue[];
}

export type ParameterLocation = "path" | "query" | "header" | "cookie";

/** OpenAPI 3 `style` values (OAS 3.1 §4.8.12.4). */
export type ParameterStyle =
  | "simple"
  | "label"
  | "matrix"
  | "form"
  | "spaceDelimited"
  | "pipeDelimited"
  | "deepObject";

/**
 * One parameter of a call, with the value the caller gave. `style` defaults per location
 * (path/header: simple, query/cookie: form) and `explode` defaults to `style === "form"`,
 * as OpenAPI 3 says. `undefined` values are left out; a missing path value is an error.
 */
export interface ParameterSpec {
  name: string;
  in: ParameterLocation;
  value: unknown;
  style?: ParameterStyle;
  explode?: boolean;
  /** Query only: RFC 3986 reserved characters are sent unencoded. */
  allowReserved?: boolean;
  /** A parameter described with `content` instead of `schema`: the value is serialised as this media type. */
  contentType?: string;
}

/** How a multipart or form-urlencoded body property is written (OAS Encoding Object). */
export interface PropertyEncoding {
  contentType?: string;
  style?: ParameterStyle;
  explode?: boolean;
}

/** How the 2xx body is read. */
export type ResponseKind = "json" | "text" | "blob" | "empty";

/** Everything a generated operation function knows about one call. */
export interface OperationRequest {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `"/api/v1/sources/{id}/"`. */
  path: string;
  /** Path, query, header and cookie parameters in declaration order. */
  parameters?: readonly ParameterSpec[];
  /** Present (not `undefined`) means the request has a body. */
  body?: unknown;
  /**
   * Media types the operation accepts, the default first (`application/json` when offered);
   * `RequestOptions.contentType` picks another one of them per call.
   */
  contentTypes?: readonly string[];
  /** Per-property encoding of multipart and form-urlencoded bodies, by property name. */
  encoding?: Readonly<Record<string, PropertyEncoding>>;
  /**
   * Alternative security requirements, each a list of scheme names that must all be satisfied.
   * `[]` means no auth; an empty alternative means auth is optional.
   */
  security: readonly (readonly string[])[];
  /** How to read the 2xx body (default "json"). */
  responseKind?: ResponseKind;
  /** Guard for the 2xx body, used when `validate` is `"warn"` or `"throw"`. */
  success?: ResponseCheck | undefined;
  /** Declared non-2xx bodies by status (`"404"`, `"4XX"`, `"default"`), for error messages and checks. */
  errors?: Readonly<Record<string, ResponseCheck>>;
}

/** Where a paginated list keeps its items and the link to the next page (DRF: `results`, `next`). */
export interface PageShape {
  items: string;
  next: string;
}
