import { describe, expect, it } from "vitest";
import { InvalidParameterError, type ParameterSpec } from "../../templates/index.js";
import { inQueryString, wholeQueryString } from "../../templates/query-string.js";
import type { RequestParts } from "../../templates/operation.js";

const spec = (contentType: string | undefined, value: unknown): ParameterSpec => ({
  name: "q",
  in: "querystring",
  value,
  ...(contentType === undefined ? {} : { contentType }),
});

describe("wholeQueryString (OpenAPI 3.2 in: querystring)", () => {
  it.each<[string, string | undefined, unknown, string]>([
    ["form: properties in order, arrays repeated, spaces as +", "application/x-www-form-urlencoded", { a: "x y", b: [1, 2], c: true }, "a=x+y&b=1&b=2&c=true"],
    ["form: characters that would end the query or add a pair are encoded", "application/x-www-form-urlencoded", { "k&=#": "v&w=#?" }, "k%26%3D%23=v%26w%3D%23%3F"],
    ["form: undefined and null properties are left out", "application/x-www-form-urlencoded", { a: undefined, b: null, c: "" }, "c="],
    ["form: a URLSearchParams is written as it is", "application/x-www-form-urlencoded; charset=utf-8", new URLSearchParams([["x", "1"], ["x", "2"]]), "x=1&x=2"],
    ["form: a string is read as form text and written again, so it cannot hold a fragment", "application/x-www-form-urlencoded", "a=1&b=two words#frag", "a=1&b=two+words%23frag"],
    ["form is the default without a media type", undefined, { a: 1 }, "a=1"],
    ["JSON: the JSON text, percent-encoded as one component", "application/json", { n: [1, 2], s: "a&b" }, encodeURIComponent('{"n":[1,2],"s":"a&b"}')],
    ["a +json type is JSON", "application/vnd.query+json", "text", encodeURIComponent('"text"')],
    ["JSON null is absent, as every absent value is", "application/json", null, ""],
    ["any other type: the text, percent-encoded", "text/plain", "a b/c?d#e&f=g", "a%20b%2Fc%3Fd%23e%26f%3Dg"],
    ["any other type: numbers and dates as text", "text/plain", new Date(Date.UTC(2025, 8, 1)), "2025-09-01T00%3A00%3A00.000Z"],
    ["undefined sends nothing", "text/plain", undefined, ""],
  ])("%s", (_title, contentType, value, want) => {
    expect(wholeQueryString(spec(contentType, value))).toBe(want);
  });

  it.each<[string, string, unknown]>([
    ["form: an array", "application/x-www-form-urlencoded", [1, 2]],
    ["form: a number", "application/x-www-form-urlencoded", 5],
    ["text: an object", "text/plain", { a: 1 }],
    ["JSON: a bigint", "application/json", 1n],
  ])("refuses a value it cannot write (%s)", (_title, contentType, value) => {
    expect(() => wholeQueryString(spec(contentType, value))).toThrow(InvalidParameterError);
  });

  it("inQueryString adds the query string to the request's query parts, nothing when absent", () => {
    const parts: RequestParts = { path: () => "", query: [], headers: {}, cookies: [] };
    inQueryString.write([spec("application/json", [1]), spec("application/json", undefined)], parts);
    expect(parts.query).toEqual(["%5B1%5D"]);
  });
});
