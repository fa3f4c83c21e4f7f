/** The closed model every emitter reads. Built once by buildModel; never mutated. */

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  clientName: string;
  /** The client class without resources (`CamelAICore`). */
  coreName: string;
  /** The exported function that lists a response body's issues (`camelAIValidator`). */
  validatorName: string;
  apiKeyEnvVar: string;
  /** The environment variable the base URL falls back to (`CAMELAI_BASE_URL`). */
  baseURLEnvVar: string;
  /** The client's `validate` mode when the caller sets none. */
  defaultValidate?: "off" | "warn" | "throw";
  servers: string[];
  securitySchemes: Record<string, SecurityScheme>;
  resources: Resource[];
  types: NamedType[];
  diagnostics: Diagnostic[];
}

export type SecurityScheme =
  | { type: "http"; scheme: string }
  | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string }
  | { type: "oauth2" }
  | { type: "openIdConnect" };

/** A group exposed as `client.<property>`, e.g. `client.sources`. */
export interface Resource {
  property: string;
  className: string;
  /** Its file's name in `resources/`, without `.ts`. */
  file: string;
  operations: Operation[];
}

/**
 * The method as sent: a path item's fixed fields upper-cased (OpenAPI 3.2's `query` as `QUERY`),
 * an `additionalOperations` key exactly as written (`COPY`, `LINK`).
 */
export type HttpMethod = string;

export interface Operation {
  operationId: string;
  /** Method name on the resource class, e.g. "partialUpdate". */
  method: string;
  /** Flat function name, e.g. "sourcesPartialUpdate". */
  fnName: string;
  httpMethod: HttpMethod;
  path: string;
  /** The operation's own server URL (its or its path item's `servers`), where it differs from the document's. */
  server?: string;
  pointer: string;
  /** Path parameters in template order. */
  pathParams: Param[];
  /** Query, header and cookie parameters, gathered into one params object. */
  params: Param[];
  paramsTypeName?: string;
  body?: Body;
  /** The value the call resolves to: the union of the 2xx bodies. */
  success: ResponseBody[];
  errors: ResponseBody[];
  /** Alternatives of scheme names; [] means no authentication. */
  security: string[][];
  pagination?: Pagination;
  /** Set for an operation whose 2xx body is read item by item (`Stream<T>`). */
  stream?: StreamSpec;
  /** The 2xx media types the call reads, in order: its `Accept` (a conditional stream's aside). */
  accept: string[];
  doc: Doc;
}

/** How a streamed body is cut into items: server-sent events, JSON lines, JSON text sequences. */
export type StreamFraming = "sse" | "json-lines" | "json-seq";

/** A streaming operation: declared by a sequential media type, or by the config's `streams`. */
export interface StreamSpec {
  framing: StreamFraming;
  /** The media type it is read as (`text/event-stream`), asked for in `Accept`. */
  mediaType: string;
  /** Each item; for server-sent events, the type of an event's data. */
  item: Schema;
  /** Server-sent events: whether each event's data is parsed as JSON (else kept as text). */
  jsonData: boolean;
  /** From the config: the call streams only when every condition holds on its body; else it resolves to `success`. */
  when?: StreamCondition[];
  /** The documentation of an inline item (the config's), for the type it is named as. */
  itemDoc?: Doc;
  /** A 3.2 `itemSchema` whose event objects each name their `event`: the data each event name carries. */
  events?: { name: string; data: Schema }[];
}

/** `body.<property> === value`, checked on the call's arguments. */
export interface StreamCondition {
  property: string;
  value: Literal;
}

/** `querystring` (OpenAPI 3.2): one parameter that is the whole query string, serialised as its media type. */
export type ParamLocation = "path" | "query" | "querystring" | "header" | "cookie";

export interface Param {
  wireName: string;
  /** Safe identifier for a positional argument. */
  argName: string;
  /** The params object's property, where it is not the wire name (a name used in two locations). */
  key?: string;
  in: ParamLocation;
  required: boolean;
  schema: Schema;
  doc: Doc;
  /** Serialisation as declared (OAS `style`/`explode`/`allowReserved`); absent means the default. */
  style?: ParamStyle;
  explode?: boolean;
  allowReserved?: boolean;
  /** A path value that may span segments (GitHub's `x-multi-segment`: a file's path): its `/` are kept. */
  multiSegment?: true;
  /** Set when the parameter is described with `content`: its value is serialised as this media type. */
  contentType?: string;
  /** Set when `schema` is a reference to a named scalar type (`AlertNumber`, an integer). */
  scalar?: true;
}

export type ParamStyle = "simple" | "label" | "matrix" | "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";

export interface PropertyEncoding {
  contentType?: string;
  style?: ParamStyle;
  explode?: boolean;
}

export interface Body {
  /** Media types the operation accepts, the default first (JSON when offered). */
  contentTypes: string[];
  required: boolean;
  /** The schema of the default media type. */
  schema: Schema;
  /** Multipart / form-urlencoded per-property encoding of the default media type. */
  encoding?: Record<string, PropertyEncoding>;
}

/** How a 2xx body is read: parsed JSON, text, a Blob, or nothing. */
export type ResponseKind = "json" | "text" | "blob" | "empty";

export interface ResponseBody {
  status: string;
  kind: ResponseKind;
  contentType?: string;
  /** Absent when the response has no body. */
  schema?: Schema;
  /** The response headers it declares, lower-cased (`link`); absent when none. */
  headers?: string[];
}

/** How a list's next page is found: a body link, a `Link` header, an offset or a cursor. */
export type PageStyle = "next" | "link-header" | "offset" | "cursor" | "after";

/** A list operation whose pages the client walks; paths are property names into the success body. */
export interface Pagination {
  style: PageStyle;
  /** The items array; `[]` when the body is the array. */
  items: string[];
  item: Schema;
  /** "next": the next page's URL. */
  next?: string[];
  /** "offset": the query parameter of the offset, and the total where the page says it. */
  offset?: string;
  count?: string[];
  /** "cursor": the next page's cursor, and the query parameter it is sent back in ("after": that takes the last item's key). */
  cursor?: string[];
  param?: string;
  /** "after": the page's flag that more pages follow, and the key of the last item sent as `param`. */
  more?: string[];
  last?: string[];
  /** "after": the query parameter that pages backward from the first item's key, when the call sets it. */
  before?: string;
}

export type Direction = "request" | "response";

export interface NamedType {
  name: string;
  guardName: string;
  assertName: string;
  validateName: string;
  /** The type's Standard Schema object (`connectionSchema`). */
  standardSchemaName: string;
  pointer: string;
  direction: Direction;
  schema: Schema;
  doc: Doc;
}

export interface Doc {
  title?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  /** The declared `default`, as JSON text. */
  default?: string;
}

export interface StringConstraints {
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface NumberConstraints {
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export type Literal = string | number | boolean | null;

/** Closed union: every emitter switches on `kind` with an exhaustive `never` default. */
export type Schema =
  | { kind: "ref"; name: string }
  | ({ kind: "string" } & StringConstraints)
  /** `format: binary`: bytes where the value is a whole body or a form part; `text` is the string it is inside JSON. */
  | { kind: "binary"; text: StringConstraints }
  | ({ kind: "number"; integer: boolean } & NumberConstraints)
  | { kind: "boolean" }
  | { kind: "null" }
  /** `open`: a response's enum that also accepts other strings (numbers) than `values` list (config `openEnums`). */
  | { kind: "enum"; values: Literal[]; open?: true }
  | {
      kind: "array";
      /** Items after the prefix (all items when there is none). */
      items: Schema;
      /** Positional item schemas (2020-12 `prefixItems`, draft-04 array `items`). */
      prefixItems?: Schema[];
      minItems?: number;
      maxItems?: number;
      uniqueItems?: boolean;
      /** `contains`, with how many items must match it (`minContains`, default 1; `maxContains`). */
      contains?: Schema;
      minContains?: number;
      maxContains?: number;
    }
  | {
      kind: "object";
      properties: Property[];
      /** Keys not in `properties` and matching no pattern. */
      additional: Additional;
      patternProperties?: PatternProperty[];
      minProperties?: number;
      maxProperties?: number;
      /** Every own key, as a string, must match it. */
      propertyNames?: Schema;
    }
  | { kind: "not"; schema: Schema }
  /**
   * 2020-12 `unevaluatedProperties` (`of: "properties"`) / `unevaluatedItems` (`of: "items"`): the
   * keys or items of the value that `evaluated` does not cover must match `schema`. It stands as
   * a part of an intersection with the schema it sits in; other values pass.
   */
  | { kind: "unevaluated"; of: "properties" | "items"; schema: Schema; evaluated: Evaluation }
  | { kind: "union"; variants: Schema[]; exclusive: boolean; discriminator?: Discriminator }
  | { kind: "intersection"; parts: Schema[] }
  | { kind: "unknown" };

/**
 * What the in-place applicators of a schema evaluate (JSON Schema 2020-12 §11.2, §11.3) in a value
 * that matches it. For keys: the present keys `names` lists and those matching a pattern; for
 * items: the first `prefix` items and those matching a `contains` schema. `all`: every key or item
 * (additionalProperties, items, or a nested unevaluated keyword applied). `branches`: what a
 * subschema that applies only when the value matches `when` evaluates (anyOf/oneOf variants,
 * if/then/else, dependentSchemas); failed subschemas evaluate nothing.
 */
export interface Evaluation {
  names: string[];
  patterns: string[];
  prefix: number;
  contains: Schema[];
  all: boolean;
  branches: EvaluationBranch[];
}

export interface EvaluationBranch {
  when: Schema;
  then: Evaluation;
}

/** "open": extra keys allowed but not typed; "closed": additionalProperties false. */
export type Additional = "open" | "closed" | { schema: Schema };

export interface PatternProperty {
  pattern: string;
  schema: Schema;
}

export interface Discriminator {
  property: string;
  mapping: Record<string, string>;
}

export interface Property {
  wireName: string;
  required: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  schema: Schema;
  doc: Doc;
}

/** "note": information only (e.g. a part of the document the client does not use); --strict leaves it. */
export type Severity = "note" | "warning" | "error";

export interface Diagnostic {
  severity: Severity;
  code: string;
  pointer: string;
  message: string;
  /** "config": the fault is in camelgen's configuration (a key that matches nothing); the pointer only names the collection it was looked up in. */
  origin?: "config";
}
