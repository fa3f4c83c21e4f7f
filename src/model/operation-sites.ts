import { pointerJoin, type DiagnosticSink } from "./diagnostics.js";
import { entries, isJsonObject, objectField, type JsonObject } from "./json.js";
import { isHttpToken } from "./http-token.js";
import type { OperationSite } from "./operation.js";

/** A path item's fixed operation fields; `query` is OpenAPI 3.2's (the QUERY method). */
const FIXED_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"] as const;

/** Methods `fetch` refuses to send (WHATWG Fetch: forbidden methods). */
const FORBIDDEN = new Set(["CONNECT", "TRACE", "TRACK"]);

/**
 * Every operation of the document's paths: the fixed fields (sent upper-cased) and OpenAPI 3.2's
 * `additionalOperations` (sent with the method exactly as its key spells it). An additional
 * operation whose key a fixed field covers (fetch upper-cases `post`, `Get`, ...) or that is no
 * HTTP token is an error; one that fetch cannot send (`trace`, `CONNECT`) is left out with a warning.
 */
export function operationSites(document: JsonObject, sink: DiagnosticSink): OperationSite[] {
  const paths = objectField(document, "paths") ?? {};
  return entries(paths).flatMap(([path, rawItem]) => {
    if (!isJsonObject(rawItem)) return [];
    const pathItemPointer = pointerJoin("#/paths", path);
    const site = (httpMethod: string, node: JsonObject, pointer: string): OperationSite => ({ path, httpMethod, pathItem: rawItem, node, pathItemPointer, pointer });
    const fixed = FIXED_METHODS.flatMap((m) => {
      const node = rawItem[m];
      const pointer = pointerJoin(pathItemPointer, m);
      return isJsonObject(node) && sendable(m.toUpperCase(), pointer, sink) ? [site(m.toUpperCase(), node, pointer)] : [];
    });
    return [...fixed, ...additionalOperations(rawItem, pathItemPointer, sink).map(([method, node, pointer]) => site(method, node, pointer))];
  });
}

/** Whether fetch can send `method`; one it refuses (TRACE, CONNECT) leaves its operation out, with a warning. */
function sendable(method: string, pointer: string, sink: DiagnosticSink): boolean {
  if (!FORBIDDEN.has(method.toUpperCase())) return true;
  sink.warn("unsupported-method", pointer, `fetch cannot send the ${method} method; operation left out`);
  return false;
}

function additionalOperations(item: JsonObject, itemPointer: string, sink: DiagnosticSink): [string, JsonObject, string][] {
  if (!("additionalOperations" in item)) return [];
  const base = pointerJoin(itemPointer, "additionalOperations");
  const map = objectField(item, "additionalOperations");
  if (map === undefined) {
    sink.error("invalid-additional-operations", base, "`additionalOperations` is a map of HTTP methods to operations");
    return [];
  }
  return entries(map).flatMap(([method, node]): [string, JsonObject, string][] => {
    const pointer = pointerJoin(base, method);
    const fixed = FIXED_METHODS.find((m) => m === method.toLowerCase());
    if (fixed !== undefined) sink.error("invalid-additional-operation", pointer, `${JSON.stringify(method)} is the path item's \`${fixed}\` field; declare the operation there`);
    else if (!isHttpToken(method)) sink.error("invalid-additional-operation", pointer, `${JSON.stringify(method)} is not an HTTP method name (RFC 9110 token)`);
    else if (!isJsonObject(node)) sink.error("invalid-additional-operation", pointer, "an additional operation is an Operation Object");
    else if (sendable(method, pointer, sink)) return [[method, node, pointer]];
    return [];
  });
}
