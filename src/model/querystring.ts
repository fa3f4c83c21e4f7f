import { pointerJoin, type DiagnosticSink } from "./diagnostics.js";
import type { Resource, SecurityScheme } from "./ir.js";
import type { LocatedParam } from "./parameters.js";
import { mediaTypeEssence } from "./media-type.js";

/**
 * OpenAPI 3.2's `in: querystring` parameter is the whole query string: an operation has at most
 * one, never beside `in: query` parameters (path-level ones included), and it is described by
 * `content` with one media type. Each breach is an error at the parameter, naming the other one.
 */
export function checkQuerystring(located: readonly LocatedParam[], sink: DiagnosticSink): void {
  const whole = located.filter((l) => l.param.in === "querystring");
  const [first, ...others] = whole;
  if (first === undefined) return;
  for (const other of others) {
    sink.error("querystring-conflict", other.pointer, `a second querystring parameter (${first.pointer} is one); an operation has at most one`);
  }
  for (const query of located.filter((l) => l.param.in === "query")) {
    sink.error(
      "querystring-conflict",
      query.pointer,
      `query parameter ${JSON.stringify(query.param.wireName)} beside the querystring parameter at ${first.pointer}, which is the whole query string`,
    );
  }
  for (const { param, pointer } of whole) {
    if (param.contentType === undefined) {
      sink.error("querystring-without-content", pointer, "a querystring parameter is described by `content` (one media type), not `schema`");
    }
  }
}

/** The media types of a querystring parameter's `content` beyond the first: an error each. */
export function extraQuerystringTypes(types: readonly string[], pointer: string, sink: DiagnosticSink): void {
  for (const type of types.slice(1)) {
    sink.error("querystring-content", pointerJoin(pointer, "content", type), "a querystring parameter's `content` has exactly one media type");
  }
}

/**
 * A credential sent in the query (an apiKey scheme `in: query`) is appended to the query string
 * as `&name=value`: a form-encoded querystring holds it as one more pair, any other media type
 * (JSON, text) does not, so an operation that may send one beside such a querystring is a warning.
 */
export function checkQueryCredentials(resources: readonly Resource[], schemes: Readonly<Record<string, SecurityScheme>>, sink: DiagnosticSink): void {
  for (const op of resources.flatMap((r) => r.operations)) {
    const whole = op.params.find((p) => p.in === "querystring");
    const essence = whole?.contentType === undefined ? undefined : mediaTypeEssence(whole.contentType);
    if (whole === undefined || essence === undefined || essence === "application/x-www-form-urlencoded") continue;
    const inQuery = op.security.flat().filter((name) => {
      const scheme = schemes[name];
      return scheme?.type === "apiKey" && scheme.in === "query";
    });
    for (const name of [...new Set(inQuery)]) {
      sink.warn("querystring-credential", op.pointer, `the ${essence} querystring ${JSON.stringify(whole.wireName)} is followed by "&" and the query credential of scheme ${JSON.stringify(name)}, which the server may not tell apart`);
    }
  }
}
