import type { Body, NamedType, Operation, Param, PropertyEncoding, ResponseKind, Schema } from "../model/ir.js";
import { elementAccess, objectLiteralKey, stringLiteral } from "./escape.js";
import { isScalarParam } from "../model/scalar-params.js";
import { pageFunction } from "./page-shape.js";
import { streamCondition, streamReader } from "./stream-signature.js";
import { streamAccept } from "../model/stream-media.js";
import type { ObjectLiteral } from "./literal.js";
import { isJsonMediaType, mediaTypeEssence } from "../model/media-type.js";
import { requestPath } from "../model/path-template.js";

type Types = ReadonlyMap<string, NamedType>;

/**
 * The OperationRequest literal of one operation: every key and value spelled through the escapers.
 * It names the runtime pieces the call needs (parameter serialisers, body encoders, `paginate`),
 * so a bundle holds only those. Its response types are not in it: the client's validator names them
 * by operation, so a bundle without validation carries none of them.
 */
export function requestObject(op: Operation, types: Types): ObjectLiteral {
  const fields: ObjectLiteral["entries"] = [
    ["method", stringLiteral(op.httpMethod)],
    ["path", stringLiteral(requestPath(op.path))],
  ];
  if (op.server !== undefined) fields.push(["server", stringLiteral(op.server)]);
  fields.push(...parameterFields(op));
  const serializers = serializersOf(op);
  if (serializers.length > 0) fields.push(["serializers", { items: serializers }]);
  if (op.body) {
    const body = op.body;
    const encoders = body.contentTypes.map((type): [string, string] => [objectLiteralKey(type), bodyEncoder(type, body, types)]);
    fields.push([undefined, "body"]);
    if (!sentAsDefault(body, types)) fields.push(["contentTypes", { entries: encoders }]);
    if (body.encoding) fields.push(["encoding", encodingObject(body.encoding)]);
  }
  fields.push(["security", { items: op.security.map((alt) => ({ items: alt.map(stringLiteral) })) }]);
  const kind = successKind(op);
  const reader = responseKindField(op);
  if (reader !== undefined) fields.push(["responseKind", reader]);
  const accept = acceptField(op, kind);
  if (accept !== undefined) fields.push(["accept", accept]);
  if (op.stream) fields.push(["stream", streamField(op, op.stream)]);
  // Declared error bodies are the JSDoc's @throws and the caller's guard for matchesErrorResponse:
  // the runtime reads nothing of them, so no bytes of them go into the request.
  if (op.pagination) {
    const walk = pageFunction(op.pagination.style);
    fields.push(walk === "paginate" ? [undefined, walk] : ["paginate", walk]);
  }
  return { entries: fields };
}

function successKind(op: Operation): ResponseKind {
  return op.success.find((r) => r.kind !== "empty")?.kind ?? "empty";
}

/** `responseKind` where the 2xx body is not JSON: a kind, or for text the runtime's `textBody` (bundled only by such operations). */
function responseKindField(op: Operation): string | undefined {
  const kind = successKind(op);
  if (kind === "json" || (op.stream && !op.stream.when)) return undefined;
  return kind === "text" ? TEXT_READER : stringLiteral(kind);
}

const TEXT_READER = "textBody";

/** Runtime values the request literal of `op` names, for the resource file's imports. */
export function runtimeValues(op: Operation, types: Types): string[] {
  const body = op.body;
  return [
    ...(responseKindField(op) === TEXT_READER ? [TEXT_READER] : []),
    ...serializersOf(op),
    ...(body && !sentAsDefault(body, types) ? body.contentTypes.map((type) => bodyEncoder(type, body, types)) : []),
    ...(op.pagination ? [pageFunction(op.pagination.style)] : []),
    ...(op.stream ? [streamReader(op.stream)] : []),
  ];
}

/**
 * `accept`: the 2xx media types where they are not the runtime's default (JSON, or anything for a
 * text or binary body); a conditional stream's media type when its condition holds.
 */
function acceptField(op: Operation, kind: string): string | undefined {
  const types = op.accept.join(", ");
  const declared = types === "" || types === (kind === "json" || kind === "empty" ? "application/json" : "*/*") ? undefined : stringLiteral(types);
  if (!op.stream?.when) return declared;
  return `${streamCondition(op, op.stream)} ? ${stringLiteral(streamAccept(op.stream).join(", "))} : ${declared ?? "undefined"}`;
}

/** `stream`: its reader, or the reader when the configured condition holds. */
function streamField(op: Operation, stream: NonNullable<Operation["stream"]>): string {
  const reader = streamReader(stream);
  return stream.when ? `${streamCondition(op, stream)} ? ${reader} : undefined` : reader;
}

/**
 * The runtime's serialiser for each location of the query, header and cookie parameters, and for
 * path parameters that simple style on one scalar does not cover (label, matrix, `content`, a
 * value of several segments).
 */
function serializersOf(op: Operation): string[] {
  const locations = new Set(op.params.map((p) => p.in));
  if (op.pathParams.some(isStyledPath)) locations.add("path");
  const serializers: [Param["in"], string][] = [
    ["path", "inPath"],
    ["query", "inQuery"],
    ["querystring", "inQueryString"],
    ["header", "inHeader"],
    ["cookie", "inCookie"],
  ];
  return serializers
    .filter(([location]) => locations.has(location))
    .map(([location, name]) => (location === "query" ? querySerializer(op.params.filter((p) => p.in === "query")) : name));
}

/**
 * The leanest serialiser that writes these query parameters as `inQuery` would: `inScalarQuery`
 * for scalar values (every style writes one as `name=value`), `inFormQuery` for form style.
 */
function querySerializer(params: Param[]): string {
  if (params.some((p) => p.allowReserved)) return "inQuery";
  if (params.every((p) => isScalarParam(p) && p.contentType === undefined)) return "inScalarQuery";
  return params.every((p) => p.style === undefined || p.style === "form") ? "inFormQuery" : "inQuery";
}

function isStyledPath(p: Param): boolean {
  return p.style === "label" || p.style === "matrix" || p.contentType !== undefined || p.multiSegment === true || !isScalarParam(p);
}

/** A body of `application/json` alone, sent with `jsonBody`: what a request without `contentTypes` does. */
function sentAsDefault(body: Body, types: Types): boolean {
  const [only, ...others] = body.contentTypes;
  return only === "application/json" && others.length === 0 && bodyEncoder(only, body, types) === "jsonBody";
}

/**
 * The runtime encoder of one media type: the two form types have their own; JSON types take
 * `jsonBody` unless the body may be binary data, which `rawBody` sends as it is, as it does
 * every other type.
 */
function bodyEncoder(contentType: string, body: Body, types: Types): string {
  const essence = mediaTypeEssence(contentType);
  if (essence === "multipart/form-data") return "multipartBody";
  if (essence === "application/x-www-form-urlencoded") return "formBody";
  return isJsonMediaType(contentType) && !mayBeBinary(body.schema, types, new Set()) ? "jsonBody" : "rawBody";
}

/** Whether a value of the schema may be binary data as a whole (`unknown` may be anything). */
function mayBeBinary(schema: Schema, types: Types, seen: Set<string>): boolean {
  switch (schema.kind) {
    case "binary":
    case "unknown":
      return true;
    case "ref": {
      const type = types.get(schema.name);
      if (type === undefined || seen.has(schema.name)) return false;
      seen.add(schema.name);
      return mayBeBinary(type.schema, types, seen);
    }
    case "union":
      return schema.variants.some((variant) => mayBeBinary(variant, types, seen));
    case "intersection":
      return schema.parts.some((part) => mayBeBinary(part, types, seen));
    default:
      return false;
  }
}

/**
 * The parameters in the request's compact form where their location's default serialisation
 * applies (cheap to type-check, and short): path values by name, the other locations' names read
 * from `params`. A location group with one parameter that needs more is spelled in full as
 * `parameters`, so each location keeps its declaration order.
 */
function parameterFields(op: Operation): ObjectLiteral["entries"] {
  const full = [
    ...(op.pathParams.some(isStyledPath) ? op.pathParams : []),
    ...(op.params.some(needsFullSpec) ? op.params : []),
  ];
  const fields: ObjectLiteral["entries"] = [];
  if (!op.pathParams.some(isStyledPath) && op.pathParams.length > 0)
    fields.push(["pathValues", { entries: op.pathParams.map(pathValueEntry) }]);
  if (full.length > 0) fields.push(["parameters", { items: full.map(parameterSpec) }]);
  if (op.params.some(needsFullSpec) || op.params.length === 0) return fields;
  for (const location of ["query", "header", "cookie"] as const) {
    const names = op.params.filter((p) => p.in === location).map((p) => stringLiteral(p.wireName));
    if (names.length > 0) fields.push([location, { items: names }]);
  }
  return [...fields, [undefined, "params"]];
}

/** `name: value`, or the shorthand `name` where the argument is called as the parameter is. */
function pathValueEntry(p: Param): [string | undefined, string] {
  const key = objectLiteralKey(p.wireName);
  return key === p.argName ? [undefined, key] : [key, p.argName];
}

/** A non-path parameter the compact form cannot say: declared serialisation, or a renamed key. */
function needsFullSpec(p: Param): boolean {
  const declared = p.style !== undefined || p.explode !== undefined || p.allowReserved === true;
  return declared || p.contentType !== undefined || p.key !== undefined || p.in === "querystring";
}

/** `{ name, in, value }` plus the declared serialisation; path values are positional arguments. */
function parameterSpec(p: Param): ObjectLiteral {
  const value = p.in === "path" ? p.argName : elementAccess("params?.", p.key ?? p.wireName);
  const fields: ObjectLiteral["entries"] = [
    ["name", stringLiteral(p.wireName)],
    ["in", stringLiteral(p.in)],
    ["value", value],
  ];
  if (p.style !== undefined) fields.push(["style", stringLiteral(p.style)]);
  if (p.explode !== undefined) fields.push(["explode", String(p.explode)]);
  if (p.allowReserved) fields.push(["allowReserved", "true"]);
  if (p.multiSegment) fields.push(["multiSegment", "true"]);
  if (p.contentType !== undefined) fields.push(["contentType", stringLiteral(p.contentType)]);
  return { entries: fields };
}

function encodingObject(encoding: Record<string, PropertyEncoding>): ObjectLiteral {
  const entries = Object.entries(encoding).map(([name, e]): [string, ObjectLiteral] => {
    const fields: ObjectLiteral["entries"] = [];
    if (e.contentType !== undefined) fields.push(["contentType", stringLiteral(e.contentType)]);
    if (e.style !== undefined) fields.push(["style", stringLiteral(e.style)]);
    if (e.explode !== undefined) fields.push(["explode", String(e.explode)]);
    return [objectLiteralKey(name), { entries: fields }];
  });
  return { entries };
}
