import { pointerJoin } from "./diagnostics.js";
import type { Body, PropertyEncoding, ResponseBody } from "./ir.js";
import { entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";
import { dereference } from "./parameters.js";
import type { SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";
import { holdsBytes, isAutoRestFile } from "./schema-scalars.js";
import { toStyle } from "./styles.js";
import { isJsonMediaType, mediaTypeEssence, mediaTypeKind } from "./media-type.js";
import { rawBodySchema } from "./raw-body-schema.js";
import { fileBodiesFirst, unencodableFormSchema } from "./form-bodies.js";

/** Statuses that never carry a body (RFC 9110), whatever the schema declares. */
const EMPTY_STATUSES = new Set(["204", "205", "304"]);

function mediaEntries(content: JsonObject): [string, JsonObject][] {
  return entries(content).filter((e): e is [string, JsonObject] => isJsonObject(e[1]));
}

/**
 * Media types in preference order: JSON first (drf-spectacular lists JSON, form and multipart
 * alike), `application/json` itself before other JSON types (Swashbuckle lists
 * `application/json-patch+json` before it), and a range last among them (`application/*+json`,
 * which no Content-Type header may carry). The others keep their order.
 */
export function orderedMediaTypes(content: JsonObject): [string, JsonObject][] {
  const rank = (type: string): number => (!isJsonMediaType(type) ? 3 : type.includes("*") ? 2 : mediaTypeEssence(type) === "application/json" ? 0 : 1);
  // sort is stable: equal ranks keep the document's order.
  return mediaEntries(content).sort(([a], [b]) => rank(a) - rank(b));
}

export function requestBody(op: JsonObject, pointer: string, ctx: SchemaContext): Body | undefined {
  const node = dereference(op["requestBody"], ctx);
  const content = node && objectField(node, "content");
  const media = content ? fileBodiesFirst(orderedMediaTypes(content), ctx) : [];
  const first = media[0];
  if (!node || !first) return undefined;
  const [contentType, chosen] = first;
  const schemaPointer = pointerJoin(pointer, "requestBody", "content", contentType, "schema");
  const body: Body = {
    contentTypes: media.map(([type]) => type),
    required: node["required"] === true,
    schema:
      rawBodySchema(media, pointer, ctx) ??
      unencodableFormSchema(contentType, chosen["schema"], schemaPointer, ctx) ??
      toSchema(chosen["schema"] ?? absentSchema(contentType), schemaPointer, ctx),
  };
  const encoding = encodingOf(chosen);
  if (encoding) body.encoding = encoding;
  return body;
}

/**
 * A body of bytes may omit its schema (OpenAPI 3.1 says so of `application/octet-stream`); any other
 * says nothing, nor does a range that may be JSON or text (`*\/*`, `application/*`) or a form.
 */
function absentSchema(contentType: string): JsonObject {
  const essence = mediaTypeEssence(contentType);
  const bytes = mediaTypeKind(contentType) === "bytes" && essence !== "*/*" && essence !== "application/*" && !essence.startsWith("multipart/");
  return bytes ? { type: "string", format: "binary" } : {};
}

/** The Encoding Object of a multipart / form-urlencoded media type, reduced to what the runtime needs. */
function encodingOf(media: JsonObject): Record<string, PropertyEncoding> | undefined {
  const raw = objectField(media, "encoding");
  if (!raw) return undefined;
  const result: Record<string, PropertyEncoding> = Object.create(null) as Record<string, PropertyEncoding>;
  for (const [name, node] of entries(raw)) {
    if (!isJsonObject(node)) continue;
    const encoding: PropertyEncoding = {};
    const contentType = stringField(node, "contentType");
    const style = toStyle(node["style"]);
    if (contentType !== undefined) encoding.contentType = contentType;
    if (style !== undefined) encoding.style = style;
    if (typeof node["explode"] === "boolean") encoding.explode = node["explode"];
    result[name] = encoding;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}

export interface Responses {
  success: ResponseBody[];
  errors: ResponseBody[];
}

/** Splits declared responses into the 2xx bodies a call resolves to and the bodies errors carry. */
export function responses(op: JsonObject, pointer: string, ctx: SchemaContext): Responses {
  const result: Responses = { success: [], errors: [] };
  const declared = objectField(op, "responses") ?? {};
  for (const [status, raw] of entries(declared).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const body = responseBody(status, dereference(raw, ctx), pointerJoin(pointer, "responses", status), ctx);
    (/^2/.test(status) ? result.success : result.errors).push(body);
  }
  const undeclared = result.success.length === 0 ? undeclaredSuccess(result.errors) : undefined;
  if (undeclared) result.success.push(undeclared);
  return result;
}

const REDIRECT_STATUSES = new Set(["301", "302", "303", "307", "308"]);

/**
 * What a 2xx response reads as when the operation declares none. `default` describes every status
 * not declared, so its body is the success body too (FEC's and XTRF's operations declare only
 * `default`). Failing that, a redirect, which fetch follows: the target's body is read as its
 * declared content when the redirect has some (Jira's 303 to a task), else as bytes (GitHub's
 * tarball and log downloads).
 */
function undeclaredSuccess(errors: readonly ResponseBody[]): ResponseBody | undefined {
  const described = errors.find((r) => r.status === "default" && r.kind !== "empty");
  if (described) return described;
  const redirect = errors.find((r) => REDIRECT_STATUSES.has(r.status));
  if (!redirect) return undefined;
  return redirect.kind === "empty" ? { status: redirect.status, kind: "blob" } : redirect;
}

const RESPONSE_KINDS = { json: "json", text: "text", bytes: "blob" } as const;

function responseBody(status: string, node: JsonObject | undefined, pointer: string, ctx: SchemaContext): ResponseBody {
  const content = node && objectField(node, "content");
  const picked = content ? orderedMediaTypes(content)[0] : undefined;
  if (!picked) return { status, kind: "empty" };
  const [contentType, media] = picked;
  if (EMPTY_STATUSES.has(status)) {
    ctx.sink.warn("body-on-empty-status", pointerJoin(pointer, "content"), `a ${status} response has no body; the declared content is ignored`);
    return { status, kind: "empty" };
  }
  const schema = toSchema(media["schema"] ?? {}, pointerJoin(pointer, "content", contentType, "schema"), ctx);
  const headers = Object.keys((node && objectField(node, "headers")) ?? {}).map((name) => name.toLowerCase());
  const binary = isBinaryNode(media["schema"], ctx);
  // Bytes are bytes whatever the media type says (Swagger 2.0 `type: file` with JSON among `produces`): read as a Blob, asked for by a binary type.
  const asked = binary && isJsonMediaType(contentType) ? (orderedMediaTypes(content ?? {}).find(([type]) => !isJsonMediaType(type))?.[0] ?? contentType) : contentType;
  // `*/*` (springdoc's default, Swagger 2.0 without `produces`) promises nothing: a schema that is not bytes is read as JSON, which falls back to text.
  const kind = binary ? "blob" : asked.includes("*") ? "json" : RESPONSE_KINDS[mediaTypeKind(asked)];
  return { status, kind, contentType: asked, schema, ...(headers.length > 0 ? { headers } : {}) };
}

/** The 2xx media types a call asks for, a wildcard read as JSON left to the runtime's default. */
export function acceptedTypes(success: readonly ResponseBody[]): string[] {
  const types = success.flatMap((r) => (r.contentType === undefined || (r.kind === "json" && r.contentType.includes("*")) ? [] : [r.contentType]));
  return [...new Set(types)];
}

/** A schema of raw bytes (`type: string, format: binary` and the like), through `$ref`s. */
function isBinaryNode(raw: unknown, ctx: SchemaContext): boolean {
  const node = dereference(raw, ctx);
  return node !== undefined && holdsBytes(node, ctx.openapi31) && (node["type"] === "string" || node["type"] === undefined || isAutoRestFile(node));
}
