/**
 * The oracle of the differential test: for each named type of a fixture, a JSON Schema built from the
 * raw OpenAPI document (not from camelgen's model) and compiled by ajv.
 *
 * - Where: a component type's schema is `#/components/schemas/<key>`; an inline body or response is the
 *   operation's JSON media type schema (else the first), following `$ref`s to components/requestBodies
 *   and components/responses; a params type is built as camelgen types it (one property per query,
 *   header and cookie parameter, operation parameters overriding path-item ones, Accept/Content-Type/
 *   Authorization headers ignored, required ones required, other keys allowed).
 * - OpenAPI 3.0 schemas go through @openapi-contrib/openapi-schema-to-json-schema (nullable -> type
 *   arrays, enums get null, OpenAPI-only keywords dropped) and are validated by ajv's default (draft-07)
 *   build. Around the converter: its draft-04 boolean `exclusiveMinimum`/`exclusiveMaximum` (which ajv 8
 *   does not read) become the numeric draft-06+ form; `$ref` siblings are dropped, as OpenAPI 3.0 says
 *   they are ignored; `required` names that `properties` does not declare stay required (the converter
 *   drops them); `format` is kept away from it (it turns byte into its own pattern, replacing the
 *   schema's, and int32/int64/float/double into bounds) so formats mean what ajv-formats says, as in
 *   3.1; a property named `__proto__` survives its `props[key] = ...`.
 * - OpenAPI 3.1 schemas are used as they are, with ajv's 2020-12 build.
 * - Direction: a response type's oracle leaves writeOnly properties out (and out of `required`), a
 *   request type's leaves readOnly ones out (flagged on the property or on the schema its `$ref`
 *   names), everywhere below it too (what the converter's
 *   removeReadOnly/removeWriteOnly do, done here once for both versions).
 * - Every component schema is registered (per direction) under one document id, so `$ref`s resolve,
 *   recursive ones included. ajv-formats adds the formats the issue lists, in full mode; other formats
 *   are unknown and accepted, as JSON Schema says. `strict: false`, `ownProperties: true` (JSON objects
 *   have no inherited properties: `{}` has no `constructor`).
 * - Two ajv blind spots are worked around without changing meaning: a `__proto__` property is checked
 *   through the equivalent `patternProperties: {"^__proto__$": ...}`, and enum/const/uniqueItems use an
 *   own-keys deep equality (ajv's calls `toString()` on objects that have a `toString` key, and throws).
 * - A strict oracle follows the rules above; the adjusted one also applies the exception table
 *   (exceptions.ts). The guard must agree with the adjusted one.
 */
import AjvModule, { type AnySchema, type ValidateFunction } from "ajv";
import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { fromSchema } from "@openapi-contrib/openapi-schema-to-json-schema";
import type { Direction, NamedType } from "../../src/model/ir.js";
import {
  DECIMAL_MULTIPLE_KEYWORD,
  EXCEPTIONS,
  UPLOADABLE_KEYWORD,
  isDecimalMultiple,
  isUploadableValue,
  type OasVersion,
  type SchemaNode,
} from "./exceptions.js";

const Ajv = AjvModule.default;
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;
type AjvInstance = InstanceType<typeof Ajv>;

/** The formats issue 4 lists; ajv-formats' full-mode definitions are the reference. */
export const CHECKED_FORMATS = ["date-time", "date", "time", "email", "uri", "uuid", "ipv4", "ipv6", "hostname", "byte"] as const;

/** Keys whose value is one schema / an array of schemas / a map of schemas. */
const SCHEMA_KEYS = ["additionalProperties", "not", "contains", "if", "then", "else", "propertyNames", "additionalItems", "unevaluatedItems", "unevaluatedProperties"];
const SCHEMA_ARRAY_KEYS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_MAP_KEYS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
/** Keywords that never change a verdict. */
const ANNOTATIONS = new Set(["title", "description", "example", "examples", "default", "deprecated", "readOnly", "writeOnly", "xml", "externalDocs", "discriminator", "$comment", "x-spec-enum-id"]);

const DOC_BASE = "https://camelgen.test/oracle/";

export interface ExceptionHit {
  rule: string;
  pointer: string;
}

export interface TypeOracle {
  /** ajv with the exception table applied: the guard must agree with it. */
  validate: ValidateFunction;
  /** ajv without exceptions; present when an exception changes this type's schema. */
  strict?: ValidateFunction;
  /** Exception rules reachable from this type. */
  rules: string[];
  /** A self-contained (adjusted) JSON Schema for json-schema-faker. */
  fakerSchema: SchemaNode;
  /** The schema accepts every value (`{}`), so no invalid value exists. */
  acceptsEverything: boolean;
  /** The oracle JSON Schema of the type itself (adjusted), for messages. */
  schema: unknown;
}

export interface FixtureOracle {
  version: OasVersion;
  hits: ExceptionHit[];
  forType(type: NamedType): TypeOracle;
}

interface PrepareContext {
  version: OasVersion;
  direction: Direction;
  adjusted: boolean;
  /** The document, for a property's readOnly/writeOnly on the schema its `$ref` names. */
  document: SchemaNode;
  hits?: Map<string, ExceptionHit>;
}

/** Whether a property is left out of this direction: readOnly in requests, writeOnly in responses, on its node or its `$ref`'s target. */
function leftOut(child: unknown, ctx: PrepareContext): boolean {
  if (!isNode(child)) return false;
  const flag = ctx.direction === "request" ? "readOnly" : "writeOnly";
  if (child[flag] === true) return true;
  const target = typeof child["$ref"] === "string" ? deref(ctx.document, child)?.node : undefined;
  return target?.[flag] === true;
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapeToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

function join(pointer: string, ...tokens: (string | number)[]): string {
  return tokens.reduce<string>((acc, t) => `${acc}/${escapeToken(String(t))}`, pointer);
}

function tokensOf(pointer: string): string[] {
  return pointer
    .replace(/^#/, "")
    .split("/")
    .slice(1)
    .map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function resolve(document: SchemaNode, pointer: string): unknown {
  let node: unknown = document;
  for (const token of tokensOf(pointer)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isNode(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** Follows `$ref`s of Reference Objects (responses, request bodies, parameters). */
function deref(document: SchemaNode, raw: unknown): { node: SchemaNode; pointer?: string } | undefined {
  let pointer: string | undefined;
  let node = raw;
  for (let depth = 0; isNode(node) && typeof node["$ref"] === "string"; depth++) {
    if (depth > 32) return undefined;
    pointer = node["$ref"];
    node = resolve(document, pointer);
  }
  if (!isNode(node)) return undefined;
  return pointer === undefined ? { node } : { node, pointer };
}

/**
 * One raw schema node -> the oracle's JSON Schema for it (3.0: still OpenAPI-flavoured; the converter
 * runs afterwards). Children first, then direction, then version rules, then exceptions.
 */
function prepare(raw: unknown, pointer: string, ctx: PrepareContext): unknown {
  if (!isNode(raw)) return raw;
  const node: SchemaNode = { ...raw };
  for (const key of SCHEMA_KEYS) if (key in node) node[key] = prepare(node[key], join(pointer, key), ctx);
  for (const key of SCHEMA_ARRAY_KEYS) {
    const list = node[key];
    if (Array.isArray(list)) node[key] = list.map((item, i) => prepare(item, join(pointer, key, i), ctx));
  }
  if (Array.isArray(node["items"])) node["items"] = node["items"].map((item, i) => prepare(item, join(pointer, "items", i), ctx));
  else if ("items" in node) node["items"] = prepare(node["items"], join(pointer, "items"), ctx);
  for (const key of SCHEMA_MAP_KEYS) {
    const map = node[key];
    if (!isNode(map)) continue;
    const copy: SchemaNode = {};
    for (const name of Object.keys(map)) {
      const child = map[name];
      // Direction: the property is left out, and with it its `required` entry.
      if (key === "properties" && leftOut(child, ctx)) continue;
      Object.defineProperty(copy, name, { value: prepare(child, join(pointer, key, name), ctx), enumerable: true, writable: true, configurable: true });
    }
    node[key] = copy;
  }
  if (isNode(raw["properties"]) && Array.isArray(node["required"])) {
    const props = raw["properties"];
    node["required"] = node["required"].filter((name) => {
      const child = typeof name === "string" && Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined;
      return !leftOut(child, ctx);
    });
  }
  if (ctx.version === "3.0") {
    for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
      if (node[flag] === true && typeof node[bound] === "number") {
        node[flag] = node[bound];
        delete node[bound];
      } else if (typeof node[flag] === "boolean") delete node[flag];
    }
  }
  const rules = ctx.adjusted ? EXCEPTIONS.filter((rule) => rule.versions.includes(ctx.version) && rule.matches(raw, ctx.version)) : [];
  // OpenAPI 3.0: "This object cannot be extended with additional properties and any properties added SHALL be ignored."
  let result: SchemaNode = ctx.version === "3.0" && typeof node["$ref"] === "string" ? { $ref: node["$ref"] } : node;
  for (const rule of rules) {
    ctx.hits?.set(`${rule.id} ${pointer}`, { rule: rule.id, pointer });
    result = rule.adjust(result, raw, ctx.version);
  }
  return result;
}

const REQUIRED_STASH = "x-oracle-required";
const FORMAT_STASH = "x-oracle-format";

/** A stand-in for the key `__proto__`, which the converter's `props[key] = ...` would turn into a prototype. */
const PROTO_STAND_IN = "x-oracle-proto-key";

/** Renames one object key (and `required` entries) throughout a schema, keeping it an own property. */
function renameKey(schema: unknown, from: string, to: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => renameKey(s, from, to));
  if (!isNode(schema)) return schema;
  const copy: SchemaNode = {};
  for (const key of Object.keys(schema)) {
    let value = renameKey(schema[key], from, to);
    if (key === "required" && Array.isArray(value)) value = value.map((name) => (name === from ? to : name));
    Object.defineProperty(copy, key === from ? to : key, { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * ajv drops a property named `__proto__` from `properties` (it builds the keyword's schema with plain
 * assignments), so such a property is checked through the equivalent `patternProperties: {"^__proto__$": ...}`.
 */
function protoAsPattern(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(protoAsPattern);
  if (!isNode(schema)) return schema;
  const copy: SchemaNode = {};
  for (const key of Object.keys(schema)) {
    const value = key === "enum" || key === "const" ? schema[key] : protoAsPattern(schema[key]);
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  }
  const props = copy["properties"];
  if (isNode(props) && Object.prototype.hasOwnProperty.call(props, "__proto__")) {
    const rest: SchemaNode = {};
    for (const key of Object.keys(props)) {
      if (key !== "__proto__") Object.defineProperty(rest, key, { value: props[key], enumerable: true, writable: true, configurable: true });
    }
    copy["properties"] = rest;
    copy["patternProperties"] = { ...(isNode(copy["patternProperties"]) ? copy["patternProperties"] : {}), "^__proto__$": props["__proto__"] };
  }
  return copy;
}

/** OpenAPI 3.0 -> JSON Schema with the converter; `required` kept as JSON Schema means it. */
function convert30(schema: unknown): unknown {
  if (!isNode(schema)) return schema;
  const prepared = renameKey(schema, "__proto__", PROTO_STAND_IN) as SchemaNode;
  const converted = fromSchema(prepared, {
    beforeTransform: (schema) => {
      const node = schema as SchemaNode;
      if (Array.isArray(node["required"])) node[REQUIRED_STASH] = [...(node["required"] as unknown[])];
      if ("format" in node) {
        node[FORMAT_STASH] = node["format"];
        delete node["format"];
      }
      return schema as never;
    },
    afterTransform: (schema) => {
      const node = schema as SchemaNode;
      if (Array.isArray(node[REQUIRED_STASH])) node["required"] = node[REQUIRED_STASH];
      delete node[REQUIRED_STASH];
      if (FORMAT_STASH in node) node["format"] = node[FORMAT_STASH];
      delete node[FORMAT_STASH];
      return node as never;
    },
  }) as SchemaNode;
  delete converted["$schema"];
  return renameKey(converted, PROTO_STAND_IN, "__proto__");
}

function toOracle(raw: unknown, pointer: string, ctx: PrepareContext): unknown {
  const prepared = prepare(raw, pointer, ctx);
  return protoAsPattern(ctx.version === "3.0" ? convert30(prepared) : prepared);
}

/** `#/...` -> `<doc>#/...`, so a schema compiled on its own resolves into the registered document. */
function absoluteRefs(schema: unknown, docId: string): unknown {
  if (Array.isArray(schema)) return schema.map((s) => absoluteRefs(s, docId));
  if (!isNode(schema)) return schema;
  const copy: SchemaNode = {};
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    const mapped = key === "$ref" && typeof value === "string" && value.startsWith("#") ? `${docId}${value}` : absoluteRefs(value, docId);
    Object.defineProperty(copy, key, { value: mapped, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** Deep equality of JSON values (own enumerable keys, order-free), for enum, const and uniqueItems. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ob = b as SchemaNode;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(ob, k) && jsonEqual((a as SchemaNode)[k], ob[k]));
}

/**
 * ajv's runtime deep equality (fast-deep-equal) calls `a.toString()` / `a.valueOf()` on objects that
 * have those keys, and throws for JSON objects like {"toString": 1}; the keywords that use it are
 * redefined with the same meaning over `jsonEqual`.
 */
function safeEqualityKeywords(ajv: AjvInstance): void {
  for (const keyword of ["enum", "const", "uniqueItems"]) ajv.removeKeyword(keyword);
  ajv.addKeyword({ keyword: "enum", schemaType: "array", errors: false, validate: (values: unknown[], data: unknown) => values.some((v) => jsonEqual(v, data)) });
  ajv.addKeyword({ keyword: "const", errors: false, validate: (value: unknown, data: unknown) => jsonEqual(value, data) });
  ajv.addKeyword({
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    errors: false,
    validate: (unique: boolean, data: unknown[]) => !unique || data.every((item, i) => data.slice(i + 1).every((other) => !jsonEqual(item, other))),
  });
}

function newAjv(version: OasVersion): AjvInstance {
  // ownProperties: `properties` looks at own keys only ({} has no "constructor" property in JSON).
  const options = { strict: false, allErrors: false, validateFormats: true, ownProperties: true, logger: false } as const;
  const ajv = version === "3.1" ? new Ajv2020(options) : new Ajv(options);
  safeEqualityKeywords(ajv);
  addFormats(ajv, { mode: "full", formats: [...CHECKED_FORMATS] });
  ajv.addKeyword({ keyword: UPLOADABLE_KEYWORD, schemaType: "boolean", errors: false, validate: (_: boolean, data: unknown) => isUploadableValue(data) });
  ajv.addKeyword({
    keyword: DECIMAL_MULTIPLE_KEYWORD,
    type: "number",
    schemaType: "number",
    errors: false,
    validate: (divisor: number, data: number) => isDecimalMultiple(data, divisor),
  });
  return ajv;
}

interface Located {
  /** The oracle schema of the type (before conversion), or a built params object. */
  raw: unknown;
  /** JSON pointer of `raw` in the document (for exception hits). */
  pointer: string;
}

const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return essence === "application/json" || essence.endsWith("+json");
}

/** The schema of a body or response: the JSON media type when there is one, else the first. */
function mediaSchema(content: unknown, pointer: string): Located {
  if (!isNode(content)) throw new Error(`no content at ${pointer}`);
  const types = Object.keys(content).filter((t) => isNode(content[t]));
  const chosen = types.find(isJsonMediaType) ?? types[0];
  if (chosen === undefined) throw new Error(`no media type at ${pointer}`);
  const media = content[chosen] as SchemaNode;
  return { raw: media["schema"] ?? {}, pointer: join(pointer, "content", chosen, "schema") };
}

/** Finds the schema a named type was made from, by its pointer. */
function locate(document: SchemaNode, type: NamedType): Located {
  const tokens = tokensOf(type.pointer);
  if (tokens[0] === "components") return { raw: resolve(document, type.pointer), pointer: type.pointer };
  const [, path = "", method = "", part, status] = tokens;
  const opPointer = join("#", "paths", path, method);
  const op = resolve(document, opPointer);
  if (!isNode(op)) throw new Error(`no operation at ${opPointer}`);
  if (part === "requestBody") {
    const body = deref(document, op["requestBody"]);
    if (!body) throw new Error(`no request body at ${type.pointer}`);
    return mediaSchema(body.node["content"], body.pointer ?? join(opPointer, "requestBody"));
  }
  if (part === "responses" && status !== undefined) {
    const responses = op["responses"];
    const response = deref(document, isNode(responses) ? responses[status] : undefined);
    if (!response) throw new Error(`no response at ${type.pointer}`);
    return mediaSchema(response.node["content"], response.pointer ?? join(opPointer, "responses", status));
  }
  if (part === "parameters") return { raw: paramsObject(document, path, op), pointer: type.pointer };
  throw new Error(`cannot locate ${type.pointer}`);
}

/**
 * The params object camelgen types a call's query/header/cookie parameters as: one property per
 * parameter (operation parameters override path-item ones), required ones required, extra keys open.
 */
function paramsObject(document: SchemaNode, path: string, op: SchemaNode): SchemaNode {
  const pathItem = resolve(document, join("#", "paths", path));
  const byKey = new Map<string, SchemaNode>();
  for (const list of [isNode(pathItem) ? pathItem["parameters"] : undefined, op["parameters"]]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const param = deref(document, raw)?.node;
      if (!param || typeof param["name"] !== "string" || typeof param["in"] !== "string") continue;
      byKey.set(`${param["in"]}:${param["name"]}`, param);
    }
  }
  const properties: SchemaNode = {};
  const required: string[] = [];
  for (const param of byKey.values()) {
    const name = param["name"] as string;
    if (param["in"] === "path") continue;
    if (param["in"] === "header" && IGNORED_HEADERS.has(name.toLowerCase())) continue;
    let schema = param["schema"];
    if (schema === undefined && isNode(param["content"])) {
      const first = Object.values(param["content"]).find(isNode);
      schema = first?.["schema"];
    }
    Object.defineProperty(properties, name, { value: schema ?? {}, enumerable: true, writable: true, configurable: true });
    if (param["required"] === true) required.push(name);
  }
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
}

function refsIn(schema: unknown, visit: (ref: string) => void): void {
  if (Array.isArray(schema)) schema.forEach((s) => refsIn(s, visit));
  else if (isNode(schema)) {
    for (const key of Object.keys(schema)) {
      const value = schema[key];
      if (key === "$ref" && typeof value === "string") visit(value);
      else if (key !== "enum" && key !== "const" && key !== "default" && key !== "example" && key !== "examples") refsIn(value, visit);
    }
  }
}

/** Whether a schema declares `$id` in it (data values aside). */
function declaresId(schema: unknown): boolean {
  if (Array.isArray(schema)) return schema.some(declaresId);
  if (!isNode(schema)) return false;
  return Object.keys(schema).some((key) =>
    key === "$id" ? typeof schema[key] === "string" : !["enum", "const", "default", "example", "examples"].includes(key) && declaresId(schema[key]),
  );
}

/** Where the faker's self-contained schema keeps the component schemas. */
const FAKER_COMPONENTS = "#/$defs/x-oracle-components/";

/** `#/components/schemas/X` -> the faker schema's own copy of the components. */
function fakerRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(fakerRefs);
  if (!isNode(schema)) return schema;
  const copy: SchemaNode = {};
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    const mapped =
      key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/")
        ? FAKER_COMPONENTS + value.slice("#/components/schemas/".length)
        : key === "enum" || key === "const"
          ? value
          : fakerRefs(value);
    Object.defineProperty(copy, key, { value: mapped, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** A self-contained schema for json-schema-faker: the type's schema with every component under `$defs`. */
function fakerSchema(schema: unknown, components: SchemaNode): SchemaNode {
  const root = fakerRefs(isNode(schema) ? schema : { allOf: [schema] }) as SchemaNode;
  const defs = isNode(root["$defs"]) ? root["$defs"] : {};
  return { ...root, $defs: { ...defs, "x-oracle-components": components } };
}

/** Whether the schema accepts every JSON value (`{}`, `true`, or a `$ref` to one). */
function acceptsEverything(schema: unknown, components: SchemaNode, seen = new Set<string>()): boolean {
  if (schema === true) return true;
  if (!isNode(schema)) return false;
  const keys = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k));
  if (keys.length === 0) return true;
  const ref = schema["$ref"];
  if (keys.length === 1 && typeof ref === "string" && ref.startsWith("#/components/schemas/") && !seen.has(ref)) {
    seen.add(ref);
    return acceptsEverything(components[tokensOf(ref)[2] ?? ""], components, seen);
  }
  return false;
}

/** Builds the oracle for one loaded (bundled) OpenAPI document. */
export function buildOracle(document: SchemaNode): FixtureOracle {
  const version: OasVersion = typeof document["openapi"] === "string" && document["openapi"].startsWith("3.1") ? "3.1" : "3.0";
  const rawComponents = (resolve(document, "#/components/schemas") ?? {}) as SchemaNode;
  const hits = new Map<string, ExceptionHit>();
  // One ajv per direction: both register the document, and an `$id` in it may be registered once per ajv.
  const ajvs: Record<Direction, { strict: AjvInstance; adjusted: AjvInstance }> = {
    request: { strict: newAjv(version), adjusted: newAjv(version) },
    response: { strict: newAjv(version), adjusted: newAjv(version) },
  };
  const docId = (direction: Direction) => `${DOC_BASE}${direction}.json`;
  /** direction -> variant -> converted component schemas. */
  const components: Record<Direction, { strict: SchemaNode; adjusted: SchemaNode }> = {
    request: { strict: {}, adjusted: {} },
    response: { strict: {}, adjusted: {} },
  };
  for (const direction of ["request", "response"] as const) {
    for (const adjusted of [false, true]) {
      const ctx: PrepareContext = adjusted ? { version, direction, adjusted, document, hits } : { version, direction, adjusted, document };
      const target = components[direction][adjusted ? "adjusted" : "strict"];
      for (const key of Object.keys(rawComponents)) {
        const schema = toOracle(rawComponents[key], join("#/components/schemas", key), ctx);
        Object.defineProperty(target, key, { value: schema, enumerable: true, writable: true, configurable: true });
      }
      ajvs[direction][adjusted ? "adjusted" : "strict"].addSchema({ $id: docId(direction), components: { schemas: target } } as AnySchema);
    }
  }
  /** Component keys (transitively) referred to by a schema, per direction and variant. */
  const reachable = (schema: unknown, comps: SchemaNode): Set<string> => {
    const seen = new Set<string>();
    const walk = (s: unknown) =>
      refsIn(s, (ref) => {
        const key = ref.startsWith("#/components/schemas/") ? tokensOf(ref)[2] : undefined;
        if (key === undefined || seen.has(key)) return;
        seen.add(key);
        walk(comps[key]);
      });
    walk(schema);
    return seen;
  };
  const fakerCache = new Map<Direction, SchemaNode>();
  const fakerComponents = (direction: Direction): SchemaNode => {
    let cached = fakerCache.get(direction);
    if (cached === undefined) {
      cached = fakerRefs(components[direction].adjusted) as SchemaNode;
      fakerCache.set(direction, cached);
    }
    return cached;
  };
  const rulesAt = (pointerPrefix: string) =>
    [...hits.values()].filter((h) => h.pointer === pointerPrefix || h.pointer.startsWith(`${pointerPrefix}/`)).map((h) => h.rule);

  const forType = (type: NamedType): TypeOracle => {
    const located = locate(document, type);
    const direction = type.direction;
    const strictCtx: PrepareContext = { version, direction, adjusted: false, document };
    const adjustedCtx: PrepareContext = { version, direction, adjusted: true, document, hits };
    const strictSchema = toOracle(located.raw, located.pointer, strictCtx);
    const adjustedSchema = toOracle(located.raw, located.pointer, adjustedCtx);
    const comps = components[direction];
    const rules = new Set(rulesAt(located.pointer));
    for (const key of reachable(adjustedSchema, comps.adjusted)) rulesAt(join("#/components/schemas", key)).forEach((r) => rules.add(r));
    // A component that declares `$id` is compiled where it stands in the registered document: an
    // `$id` is registered once per ajv, and references inside it are read against it.
    const inPlace = declaresId(located.raw) && located.pointer.startsWith("#/components/schemas/") ? { $ref: `${docId(direction)}${located.pointer}` } : undefined;
    const compile = (ajv: AjvInstance, schema: unknown) => ajv.compile((inPlace ?? absoluteRefs(schema, docId(direction))) as AnySchema);
    const validate = compile(ajvs[direction].adjusted, adjustedSchema);
    const oracle: TypeOracle = {
      validate,
      rules: [...rules].sort(),
      fakerSchema: fakerSchema(adjustedSchema, fakerComponents(direction)),
      acceptsEverything: acceptsEverything(adjustedSchema, comps.adjusted),
      schema: adjustedSchema,
    };
    if (rules.size > 0) oracle.strict = compile(ajvs[direction].strict, strictSchema);
    return oracle;
  };
  // Inline shapes record their hits when their type is built; build nothing twice.
  return {
    version,
    get hits() {
      return [...hits.values()].sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
    },
    forType,
  };
}
