import { pointerJoin, type DiagnosticSink } from "./diagnostics.js";
import type { LocatedParam } from "./parameters.js";

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
