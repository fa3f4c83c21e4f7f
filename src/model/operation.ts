import { pointerJoin, type DiagnosticSink } from "./diagnostics.js";
import { docOf } from "./doc.js";
import { operationServer } from "./document-info.js";
import { carriesNothing } from "./empty-body.js";
import type { Body, HttpMethod, Operation, Param, ResponseBody } from "./ir.js";
import { arrayField, entries, isJsonObject, stringField, type JsonObject } from "./json.js";
import { argumentName, derivedOperationId, functionName, methodName } from "./names.js";
import { withoutCredentialParams } from "./credential-params.js";
import { collectParameters, type LocatedParam } from "./parameters.js";
import { requestPath, templateNames } from "./path-template.js";
import { checkQuerystring } from "./querystring.js";
import { acceptedTypes, requestBody, responses } from "./responses.js";
import type { SchemaContext } from "./schema-context.js";
import { withParamKeys } from "./signature-names.js";
import { declaredStream, streaming } from "./stream-media.js";

export interface OperationSite {
  path: string;
  httpMethod: HttpMethod;
  pathItem: JsonObject;
  node: JsonObject;
  pathItemPointer: string;
  pointer: string;
}

/** One operation with raw (component-keyed) schemas, and the resource it belongs to. */
export function buildOperation(site: OperationSite, ctx: SchemaContext): { group: string; operation: Operation } {
  const { node, pointer } = site;
  const declaredId = stringField(node, "operationId");
  const operationId = declaredId !== undefined && declaredId.trim() !== "" ? declaredId : derivedId(site, ctx.sink);
  const group = groupOf(site);
  const requirements = security(node, ctx.document);
  const located = withoutCredentialParams(collectParameters(site.pathItem, node, { pathItem: site.pathItemPointer, operation: pointer }, ctx), requirements, ctx);
  checkQuerystring(located, ctx.sink);
  const declared = responses(node, pointer, ctx);
  const success = site.httpMethod.toUpperCase() === "HEAD" ? headersOnly(declared.success, pointer, ctx.sink) : declared.success;
  const operation: Operation = {
    operationId,
    method: methodName(operationId, group),
    fnName: functionName(operationId),
    httpMethod: site.httpMethod,
    path: site.path,
    pointer,
    pathParams: pathParams(site, located, ctx.sink),
    params: withParamKeys(located.filter((l) => l.param.in !== "path").map((l) => l.param)),
    success,
    errors: declared.errors,
    accept: acceptedTypes(success),
    security: requirements,
    doc: docOf(node),
  };
  const server = operationServer(node, site.pathItem, ctx.document);
  if (server !== undefined) operation.server = server;
  const body = sendableBody(site, ctx);
  if (body) operation.body = body;
  const stream = declaredStream(node, pointer, ctx);
  return { group, operation: stream ? streaming(operation, stream) : operation };
}

/** A HEAD response has no content (RFC 9110), whatever its operation declares (S3's `HeadObject` declares its output). */
function headersOnly(success: readonly ResponseBody[], pointer: string, sink: DiagnosticSink): ResponseBody[] {
  return success.map((r) => {
    if (r.kind !== "empty") sink.warn("body-on-head", pointerJoin(pointer, "responses", r.status, "content"), "a HEAD response has no body; the declared content is ignored");
    return { status: r.status, kind: "empty" };
  });
}

/**
 * The request body, unless the method is one `fetch` refuses a body for (GET, HEAD): no argument
 * could be sent. An optional body that admits only `{}` is no argument either, and no warning.
 */
function sendableBody(site: OperationSite, ctx: SchemaContext): Body | undefined {
  if (carriesNothing(site.node, ctx)) return undefined;
  const body = requestBody(site.node, site.pointer, ctx);
  const method = site.httpMethod.toUpperCase();
  if (body === undefined || (method !== "GET" && method !== "HEAD")) return body;
  ctx.sink.warn("body-on-get-or-head", pointerJoin(site.pointer, "requestBody"), `fetch sends no body with ${method}; the declared requestBody is ignored`);
  return undefined;
}

function derivedId(site: OperationSite, sink: DiagnosticSink): string {
  const id = derivedOperationId(site.httpMethod, site.path);
  sink.warn("missing-operation-id", site.pointer, `operation has no operationId; named ${JSON.stringify(id)}`);
  return id;
}

/** Resources follow the first tag; untagged operations use the first literal path segment. */
function groupOf(site: OperationSite): string {
  const tag = arrayField(site.node, "tags")?.find((t): t is string => typeof t === "string" && t.trim() !== "");
  if (tag !== undefined) return tag;
  const segments = site.path.split("/").filter((s) => s !== "" && !s.includes("{"));
  // Version segments (`v1`, `2.0`) and `api` name no resource.
  return segments.find((s) => !/^(api|v?\d+(\.\d+)*)$/i.test(s)) ?? "root";
}

/**
 * Path parameters in template order. A declared one missing from the template is dropped (the
 * published camelAI `pk` defect); a template name with no declaration becomes a required string.
 */
function pathParams(site: OperationSite, located: LocatedParam[], sink: DiagnosticSink): Param[] {
  const names = templateNames(requestPath(site.path));
  if (names === undefined) {
    sink.error("unbalanced-path-template", pointerJoin("#/paths", site.path), `path template ${JSON.stringify(site.path)} has unbalanced braces`);
    return [];
  }
  const declared = located.filter((l) => l.param.in === "path");
  for (const extra of declared.filter((l) => !names.includes(l.param.wireName))) {
    sink.warn(
      "path-param-not-in-template",
      extra.pointer,
      `path parameter ${JSON.stringify(extra.param.wireName)} does not occur in ${JSON.stringify(site.path)}; dropped from the call signature`,
    );
  }
  const params = names.map((name): Param => {
    const found = declared.find((l) => l.param.wireName === name);
    if (found) return found.param;
    sink.warn("undeclared-path-param", site.pointer, `path template names {${name}} but no parameter declares it; typed as string`);
    return { wireName: name, argName: argumentName(name), in: "path", required: true, schema: { kind: "string" }, doc: {} };
  });
  checkArgumentNames(params, site.pointer, sink);
  return params;
}

/** Two path parameters with one argument name (`source_id`, `sourceId`) would declare it twice. */
function checkArgumentNames(params: Param[], pointer: string, sink: DiagnosticSink): void {
  const seen = new Map<string, string>();
  for (const param of params) {
    const other = seen.get(param.argName);
    if (other !== undefined) {
      sink.error(
        "argument-name-collision",
        pointer,
        `path parameters ${JSON.stringify(other)} and ${JSON.stringify(param.wireName)} both map to the argument ${param.argName}`,
      );
    }
    seen.set(param.argName, param.wireName);
  }
}

/** Security alternatives as lists of scheme names; `{}` is an empty alternative (auth optional). */
function security(node: JsonObject, document: JsonObject): string[][] {
  const raw = arrayField(node, "security") ?? arrayField(document, "security") ?? [];
  return raw.filter(isJsonObject).map((requirement) => entries(requirement).map(([name]) => name).sort());
}
