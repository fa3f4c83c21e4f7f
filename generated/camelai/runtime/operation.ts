import type { HeaderValues } from "./options.js";
import type { Paginate } from "./pagination.js";
import type { StreamBody } from "./stream-body.js";

/**
 * The method as sent. OpenAPI 3.2 adds `QUERY` and, through `additionalOperations`, any other
 * method, spelled as the document spells it (`COPY`, `LINK`).
 */
export type HttpMethod =
  | "GET"
  | "PUT"
  | "POST"
  | "DELETE"
  | "OPTIONS"
  | "HEAD"
  | "PATCH"
  | "TRACE"
  | "QUERY"
  | (string & {});

/** `querystring` (OpenAPI 3.2): one parameter that is the whole query string. */
export type ParameterLocation =
  "path" | "query" | "querystring" | "header" | "cookie";

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
  /** Path only (with `inPath`): the value may span segments; each is percent-encoded and `/` kept between them. */
  multiSegment?: boolean;
  /** A parameter described with `content` instead of `schema`: the value is serialised as this media type. */
  contentType?: string;
}

/** How a multipart or form-urlencoded body property is written (OAS Encoding Object). */
export interface PropertyEncoding {
  contentType?: string;
  style?: ParameterStyle;
  explode?: boolean;
}

/** What the parameter serialisers write: path values, encoded query components, header values, cookies. */
export interface RequestParts {
  /** The encoded text of each path placeholder; simple style unless the request names `inPath`. */
  path: (name: string) => string;
  query: string[];
  headers: HeaderValues;
  cookies: string[];
}

/**
 * Writes the parameters of one location (`inPath`, `inQuery`, `inHeader`, `inCookie`); a request
 * names the serialisers its parameters need, so a bundle holds only those. Path parameters in
 * simple style need none.
 */
export interface ParameterSerializer {
  in: ParameterLocation;
  write(parameters: readonly ParameterSpec[], into: RequestParts): void;
}

/** What `fetch` takes as a body (`BodyInit`, which Node's types do not name outside the DOM lib). */
export type FetchBody = NonNullable<RequestInit["body"]>;

export interface EncodedBody {
  body: FetchBody;
  /** `undefined` when `fetch` must choose it (the multipart boundary of a `FormData`). */
  contentType: string | undefined;
  /** A stream can be read once, so a request carrying one cannot be retried or redirected. */
  replayable: boolean;
}

/** Encodes a request body as one media type (`jsonBody`, `rawBody`, `multipartBody`, `formBody`). */
export type BodyEncoder = (
  value: unknown,
  mediaType: string,
  encoding: Readonly<Record<string, PropertyEncoding>> | undefined,
) => EncodedBody | Promise<EncodedBody>;

/** Reads a 2xx body the runtime does not read itself (text in its charset: `textBody`). */
export type BodyReader = (response: Response) => Promise<unknown>;

/** How the 2xx body is read: JSON (the default), a Blob, nothing, or by a reader. */
export type ResponseKind = "json" | "blob" | "empty" | BodyReader;

/** Everything a generated operation function knows about one call. */
export interface OperationRequest {
  method: HttpMethod;
  /** The OpenAPI path template, e.g. `"/api/v1/sources/{id}/"`. */
  path: string;
  /**
   * The operation's own server (OpenAPI's operation or path item `servers`), used in place of the
   * schema's while the client's `baseURL` is the schema's; a `baseURL` of the caller's wins.
   */
  server?: string;
  /** Path, query, header and cookie parameters in declaration order. */
  parameters?: readonly ParameterSpec[];
  /**
   * The compact form generated calls use for parameters serialised as their location's default:
   * path values by name (simple style), and the names of query, header and cookie parameters
   * whose values are `params[name]`. The client writes them out after `parameters`.
   */
  pathValues?: Readonly<Record<string, unknown>>;
  query?: readonly string[];
  header?: readonly string[];
  cookie?: readonly string[];
  /** The call's parameters object, where `query`, `header` and `cookie` read their values. */
  params?: unknown;
  /** One serialiser per location of the query, header and cookie parameters. */
  serializers?: readonly ParameterSerializer[];
  /** Present (not `undefined`) means the request has a body. */
  body?: unknown;
  /**
   * Media types the operation accepts, each with its encoder, the default first
   * (`application/json` when offered); `RequestOptions.contentType` picks another one of them
   * per call. Without it, a body is sent as JSON.
   */
  contentTypes?: Readonly<Record<string, BodyEncoder>>;
  /** Per-property encoding of multipart and form-urlencoded bodies, by property name. */
  encoding?: Readonly<Record<string, PropertyEncoding>>;
  /**
   * Alternative security requirements, each a list of scheme names that must all be satisfied.
   * `[]` means no auth; an empty alternative means auth is optional.
   */
  security: readonly (readonly string[])[];
  /** How to read the 2xx body (default "json"). */
  responseKind?: ResponseKind;
  /** `Accept`, where the 2xx media types are not what `responseKind` implies (an event stream, `+json`). */
  accept?: string | undefined;
  /**
   * `"METHOD /path"` of the operation, by which the client's validator knows its types; set for
   * the pages after the first, whose method may differ. Unset: the request's own method and path.
   */
  operation?: string | undefined;
  /** Page iteration (`paginate`), for a list whose pages link to the next one; see `requestPage`. */
  paginate?: Paginate;
  /**
   * Set for a call that streams (`eventStream`, `jsonLinesStream`...): the call resolves, once the
   * headers arrive, to a `Stream` of the 2xx body's items.
   */
  stream?: StreamBody | undefined;
}

/** A property name, or a path of them into nested objects (`[]` is the value itself). */
export type FieldPath = string | readonly string[];

/**
 * Where a paginated list keeps its items and how its next page is found; each page style
 * (`paginate`, `paginateLinkHeader`, `paginateOffset`, `paginateCursor`, `paginateAfter`) reads
 * its own fields.
 */
export interface PageShape {
  /** The items array of a page (DRF: `results`; `[]` for a body that is the array). */
  items: FieldPath;
  /** `paginate`: the next page's URL in the body (DRF: `next`). */
  next?: FieldPath;
  /** `paginateOffset`: the query parameter of the offset (`offset`). */
  offset?: string;
  /** `paginateOffset`: the total number of items, where the page says it (`count`). */
  count?: FieldPath;
  /** `paginateCursor`: the next page's cursor in the body (`next_cursor`). */
  cursor?: FieldPath;
  /**
   * `paginateCursor`: the query parameter the cursor is sent back in (`cursor`); `paginateAfter`:
   * the one that takes the last item's key (`starting_after`).
   */
  param?: string;
  /** `paginateAfter`: the page's flag that more pages follow (`has_more`). */
  more?: FieldPath;
  /** `paginateAfter`: the key of the last item, sent as `param` (`id`). */
  last?: FieldPath;
  /** `paginateAfter`: the query parameter that walks back from the first item's key (`ending_before`). */
  before?: string;
}
