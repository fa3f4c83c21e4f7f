import { withoutFragment } from "../../src/load/id-refs.js";

/**
 * Turns one file of the JSON Schema Test Suite into an OpenAPI document: each case's schema becomes
 * the component `Case<i>` (draft2020-12 -> OpenAPI 3.1, draft4 -> OpenAPI 3.0), its local `$ref`s
 * re-rooted at that component. Cases OpenAPI cannot state, or that need what no OpenAPI document
 * has (a remote server, the meta-schema), are set aside with the reason.
 */
export type Draft = "draft2020-12" | "draft4";

export interface SuiteTest {
  description: string;
  data: unknown;
  valid: boolean;
}

export interface SuiteCase {
  description: string;
  schema: unknown;
  tests: SuiteTest[];
}

export interface PlacedCase {
  index: number;
  case: SuiteCase;
  /** Why the case is not run, when it is not. */
  notApplicable?: string;
}

export interface SuiteDocument {
  document: Record<string, unknown>;
  cases: PlacedCase[];
}

export const componentName = (index: number): string => `Case${index}`;

/** Keywords whose values are schemas, maps of schemas, or lists of schemas. */
const SCHEMA_KEYWORDS = ["not", "if", "then", "else", "contains", "additionalProperties", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "items"];
const SCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems", "items"];
const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies"];

/** OpenAPI 3.0's Schema Object: draft4 less what 3.0 dropped (draft4 keywords outside it are not applicable). */
const OPENAPI_30_DROPPED: Record<string, string> = {
  patternProperties: "patternProperties is not in OpenAPI 3.0's Schema Object",
  additionalItems: "additionalItems is not in OpenAPI 3.0's Schema Object",
  dependencies: "dependencies is not in OpenAPI 3.0's Schema Object",
  definitions: "definitions below the root is not in OpenAPI 3.0's Schema Object (the root's become components)",
  id: "id (base URI changes) is not in OpenAPI 3.0's Schema Object",
  $schema: "$schema is not in OpenAPI 3.0's Schema Object",
};

export function suiteDocument(draft: Draft, cases: SuiteCase[]): SuiteDocument {
  const schemas: Record<string, unknown> = {};
  // One document holds every case of a file: an `$id` two cases declare would be two schemas with one URI.
  const declared = new Set<string>();
  const placed = cases.map((suiteCase, index): PlacedCase => {
    const reason = notApplicable(draft, suiteCase.schema) ?? takenId(draft, suiteCase.schema, declared);
    if (reason !== undefined) return { index, case: suiteCase, notApplicable: reason };
    Object.assign(schemas, components(draft, suiteCase.schema, index));
    return { index, case: suiteCase };
  });
  const openapi = draft === "draft4" ? "3.0.3" : "3.1.0";
  return {
    document: { openapi, info: { title: "JSON Schema Test Suite", version: "1" }, paths: {}, components: { schemas } },
    cases: placed,
  };
}

const OWN_META_SCHEMA: Record<Draft, RegExp> = {
  "draft2020-12": /^https:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/,
  draft4: /^http:\/\/json-schema\.org\/draft-04\/schema#?$/,
};

/**
 * The case's component, local `$ref`s re-rooted at it. In OpenAPI 3.0, which has no `definitions`,
 * the root's definitions become components of their own (`Case3Def0`) and references to them follow.
 */
function components(draft: Draft, schema: unknown, index: number): Record<string, unknown> {
  const root = `#/components/schemas/${componentName(index)}`;
  const definitions = draft === "draft4" && isNode(schema) && isNode(schema["definitions"]) ? Object.keys(schema["definitions"]) : [];
  const defName = (j: number) => `${componentName(index)}Def${j}`;
  const mapRef = (ref: string): string => {
    const match = /^#\/definitions\/([^/]*)(.*)$/.exec(ref);
    const j = match ? definitions.indexOf(decodeToken(match[1] as string)) : -1;
    return j >= 0 ? `#/components/schemas/${defName(j)}${match?.[2] ?? ""}` : `${root}${ref.slice(1)}`;
  };
  if (definitions.length === 0) return { [componentName(index)]: rerooted(schema, mapRef, draft) };
  const { definitions: defs, ...rest } = schema as SchemaNode;
  const out: Record<string, unknown> = { [componentName(index)]: rerooted(rest, mapRef, draft) };
  definitions.forEach((key, j) => {
    out[defName(j)] = rerooted((defs as SchemaNode)[key], mapRef, draft);
  });
  return out;
}

/** A JSON pointer token in a URI fragment: percent-decoded, then `~1` and `~0` (RFC 6901). */
function decodeToken(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~");
}

function notApplicable(draft: Draft, schema: unknown): string | undefined {
  for (const node of schemaNodes(schema)) {
    const metaSchema = node["$schema"];
    if (typeof metaSchema === "string" && !OWN_META_SCHEMA[draft].test(metaSchema)) return "declares another meta-schema (a remote document or another draft)";
    const ref = node["$ref"];
    if (typeof ref === "string" && /json-schema\.org/.test(ref)) return "references the draft's meta-schema, which is not part of an OpenAPI document";
    if (typeof ref === "string" && !ref.startsWith("#") && draft === "draft4") return "references a remote document (a server or another base URI)";
    if (draft !== "draft4") continue;
    for (const [keyword, reason] of Object.entries(OPENAPI_30_DROPPED)) if (keyword in node && !(keyword === "definitions" && node === schema)) return reason;
    const type = node["type"];
    if (Array.isArray(type)) return "a list of types is not in OpenAPI 3.0's Schema Object";
    if (type === "null") return "the type null is not in OpenAPI 3.0's Schema Object (3.0 has nullable)";
    if (Array.isArray(node["items"])) return "items as a list (tuples) is not in OpenAPI 3.0's Schema Object";
  }
  return undefined;
}

/**
 * OpenAPI 3.1 resolves a `$ref` against the `$id`s around it, to a schema of the document: a case
 * is applicable when each of its references names one of its own `$id`s, and none of them is
 * declared by an earlier case of the file.
 */
function takenId(draft: Draft, schema: unknown, declared: Set<string>): string | undefined {
  if (draft === "draft4") return undefined;
  const ids: string[] = [];
  const refs: string[] = [];
  withBases(schema, CASE_BASE, (node, base) => {
    const ref = node["$ref"];
    if (typeof node["$id"] === "string") ids.push(base);
    if (typeof ref === "string" && !ref.startsWith("#")) refs.push(withoutFragment(ref, base) ?? ref);
  });
  if (!refs.every((ref) => ids.includes(ref))) return "references a remote document (a server or another base URI)";
  if (ids.some((id) => declared.has(id))) return "declares an $id another case of the file declares (one OpenAPI document holds them all)";
  ids.forEach((id) => declared.add(id));
  return undefined;
}

/** The base of a case without `$id` at its root: no case's `$id` or reference names it. */
const CASE_BASE = "https://camelgen.test/suite/case.json";

/** Calls `visit` with every schema object inside `schema` and the base URI it stands in (its own `$id` applied). */
function withBases(schema: unknown, outer: string, visit: (node: SchemaNode, base: string) => void): void {
  if (!isNode(schema)) return;
  const id = schema["$id"];
  const base = typeof id === "string" ? (withoutFragment(id, outer) ?? outer) : outer;
  visit(schema, base);
  for (const keyword of SCHEMA_KEYWORDS) if (isNode(schema[keyword])) withBases(schema[keyword], base, visit);
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list)) for (const item of list) withBases(item, base, visit);
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (isNode(map)) for (const value of Object.values(map)) withBases(value, base, visit);
  }
}

type SchemaNode = Record<string, unknown>;

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every schema object inside `schema`, itself included, reached through schema keywords only. */
export function* schemaNodes(schema: unknown): Generator<SchemaNode> {
  if (!isNode(schema)) return;
  yield schema;
  for (const keyword of SCHEMA_KEYWORDS) if (isNode(schema[keyword])) yield* schemaNodes(schema[keyword]);
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = schema[keyword];
    if (Array.isArray(list)) for (const item of list) yield* schemaNodes(item);
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = schema[keyword];
    if (isNode(map)) for (const value of Object.values(map)) yield* schemaNodes(value);
  }
}

/**
 * A copy of `schema` whose document-local `$ref`s and `$dynamicRef`s (`#`, `#/$defs/a`) go through
 * `mapRef`; plain-name fragments (`#foo`, an `$anchor`) name the same schema wherever it stands.
 */
function rerooted(schema: unknown, mapRef: (ref: string) => string, draft: Draft): unknown {
  // Inside a schema with `$id` (OpenAPI 3.1), a fragment is read against that schema, as in the suite.
  if (!isNode(schema) || (draft !== "draft4" && typeof schema["$id"] === "string")) return schema;
  const copy: SchemaNode = { ...schema };
  for (const keyword of ["$ref", "$dynamicRef"]) {
    const ref = copy[keyword];
    if (typeof ref === "string" && (ref === "#" || ref.startsWith("#/"))) copy[keyword] = mapRef(ref);
  }
  for (const keyword of SCHEMA_KEYWORDS) if (isNode(copy[keyword])) copy[keyword] = rerooted(copy[keyword], mapRef, draft);
  for (const keyword of SCHEMA_LIST_KEYWORDS) {
    const list = copy[keyword];
    if (Array.isArray(list)) copy[keyword] = list.map((item) => rerooted(item, mapRef, draft));
  }
  for (const keyword of SCHEMA_MAP_KEYWORDS) {
    const map = copy[keyword];
    if (isNode(map)) copy[keyword] = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, rerooted(v, mapRef, draft)]));
  }
  return copy;
}
