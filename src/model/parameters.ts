import { pointerJoin } from "./diagnostics.js";
import { docOf } from "./doc.js";
import { isHttpToken } from "./http-token.js";
import type { Doc, Param, ParamLocation, ParamStyle } from "./ir.js";
import { arrayField, entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";
import { argumentName } from "./names.js";
import { extraQuerystringTypes } from "./querystring.js";
import { UNKNOWN } from "./schema-combinators.js";
import { resolvePointer, type SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";
import { toStyle } from "./styles.js";

const LOCATIONS: readonly ParamLocation[] = ["path", "query", "querystring", "header", "cookie"];

/** Headers of the connection itself: fetch sets them, and refuses (Node's undici) or drops (browsers) given ones. */
const TRANSPORT_HEADERS = new Set(["connection", "content-length", "expect", "keep-alive", "transfer-encoding", "upgrade"]);

/** A parameter with the pointer it was declared at, for diagnostics. */
export interface LocatedParam {
  param: Param;
  pointer: string;
}

/** Path-item parameters overridden by operation parameters with the same name and location (OAS 4.8.9). */
export function collectParameters(
  pathItem: JsonObject,
  op: JsonObject,
  pointers: { pathItem: string; operation: string },
  ctx: SchemaContext,
): LocatedParam[] {
  const byKey = new Map<string, LocatedParam>();
  const sources: [readonly unknown[] | undefined, string][] = [
    [arrayField(pathItem, "parameters"), pointerJoin(pointers.pathItem, "parameters")],
    [arrayField(op, "parameters"), pointerJoin(pointers.operation, "parameters")],
  ];
  for (const [list, base] of sources) {
    (list ?? []).forEach((raw, i) => {
      const located = parameter(raw, pointerJoin(base, i), ctx);
      if (located) byKey.set(`${located.param.in}:${located.param.wireName}`, located);
    });
  }
  return [...byKey.values()];
}

/**
 * Why a header parameter is never sent from params, and what sends it instead; undefined for the
 * others. OAS 3 §4.8.12.1 names Accept, Content-Type and Authorization.
 */
function ignoredHeader(lower: string): string | undefined {
  if (lower === "authorization") return ", as OpenAPI 3 says; credentials are sent by the security schemes, or pass it in `defaultHeaders`";
  if (lower === "accept" || lower === "content-type") return ", as OpenAPI 3 says; the client sets it from the operation's media types";
  if (TRANSPORT_HEADERS.has(lower)) return "; fetch sets the connection's own headers, and refuses or drops a given one";
  return undefined;
}

function parameter(raw: unknown, pointer: string, ctx: SchemaContext): LocatedParam | undefined {
  const node = dereference(raw, ctx);
  const name = node && stringField(node, "name");
  const location = node && stringField(node, "in");
  if (!node || name === undefined || name === "" || !LOCATIONS.includes(location as ParamLocation)) {
    ctx.sink.warn("invalid-parameter", pointer, "parameter without a name or a known `in`; ignored");
    return undefined;
  }
  if (location === "header" && !isHttpToken(name)) {
    ctx.sink.warn("invalid-parameter", pointer, `header name ${JSON.stringify(name)} is no HTTP token, which fetch refuses; ignored`);
    return undefined;
  }
  const ignored = location === "header" ? ignoredHeader(name.toLowerCase()) : undefined;
  if (ignored !== undefined) {
    // A shared parameter (PagerDuty's `header_Accept`, in 379 operations) is reported once, where it is declared.
    const ref = isJsonObject(raw) ? raw["$ref"] : undefined;
    const place = typeof ref === "string" && ref.startsWith("#/") ? ref : pointer;
    ctx.sink.warnOnce(place, "ignored-header-parameter", place, `header parameter ${JSON.stringify(name)} is ignored${ignored}`);
    return undefined;
  }
  const param: Param = {
    wireName: name,
    argName: argumentName(name),
    in: location as ParamLocation,
    required: location === "path" || node["required"] === true,
    schema: parameterSchema(node, pointer, ctx),
    doc: parameterDoc(node),
  };
  serialisation(param, node, pointer, ctx);
  return { param, pointer };
}

/** A parameter's docs; where it has no description, its schema's (Spotify writes every one there). */
function parameterDoc(node: JsonObject): Doc {
  const schema = objectField(node, "schema");
  const doc = docOf(node, schema);
  const fromSchema = schema && stringField(schema, "description")?.trim();
  if (doc.description === undefined && fromSchema) doc.description = fromSchema;
  return doc;
}

/** Styles OpenAPI 3 allows per location (OAS 3.1 §4.8.12.4). */
const STYLES_BY_LOCATION: Record<ParamLocation, readonly ParamStyle[]> = {
  path: ["simple", "label", "matrix"],
  query: ["form", "spaceDelimited", "pipeDelimited", "deepObject"],
  querystring: [],
  header: ["simple"],
  cookie: ["form"],
};

/** Copies style/explode/allowReserved, or the `content` media type, onto the parameter. */
function serialisation(param: Param, node: JsonObject, pointer: string, ctx: SchemaContext): void {
  const style = toStyle(node["style"]);
  if (style !== undefined && STYLES_BY_LOCATION[param.in].includes(style)) param.style = style;
  else if (node["style"] === "cookie" && param.in === "cookie") {
    ctx.sink.warn("unsupported-openapi-32", pointerJoin(pointer, "style"), "style `cookie` (OpenAPI 3.2, values not percent-encoded) is not supported; sent in style form, percent-encoded");
  } else if (node["style"] !== undefined) {
    ctx.sink.warn("invalid-parameter-style", pointerJoin(pointer, "style"), `style ${JSON.stringify(node["style"])} is not allowed in ${param.in}; the default is used`);
  }
  if (typeof node["explode"] === "boolean") param.explode = node["explode"];
  if (node["allowReserved"] === true && param.in === "query") param.allowReserved = true;
  if (node["x-multi-segment"] === true && param.in === "path") param.multiSegment = true;
  const content = objectField(node, "content");
  const mediaType = content && !("schema" in node) ? entries(content)[0]?.[0] : undefined;
  if (mediaType !== undefined) param.contentType = mediaType;
  if (content && param.in === "querystring") extraQuerystringTypes(Object.keys(content), pointer, ctx.sink);
}

function parameterSchema(node: JsonObject, pointer: string, ctx: SchemaContext) {
  if ("schema" in node) return toSchema(node["schema"], pointerJoin(pointer, "schema"), ctx);
  const content = objectField(node, "content");
  const first = content && entries(content)[0];
  if (first && isJsonObject(first[1]) && "schema" in first[1]) {
    return toSchema(first[1]["schema"], pointerJoin(pointer, "content", first[0], "schema"), ctx);
  }
  ctx.sink.warn("parameter-without-schema", pointer, "parameter has neither `schema` nor `content`; typed as unknown");
  return UNKNOWN;
}

/** Follows `$ref`s to components (parameters, request bodies, responses); undefined when broken. */
export function dereference(raw: unknown, ctx: SchemaContext, depth = 0): JsonObject | undefined {
  if (!isJsonObject(raw)) return undefined;
  const ref = stringField(raw, "$ref");
  if (ref === undefined) return raw;
  if (depth > 32 || !ref.startsWith("#")) return undefined;
  return dereference(resolvePointer(ctx.document, ref), ctx, depth + 1);
}
