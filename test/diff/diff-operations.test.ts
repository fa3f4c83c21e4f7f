import { describe, expect, it } from "vitest";
import { changesOf, INT, json, obj, op, ref, STR, type Json, type Spec } from "./helpers.js";

type Row = [label: string, before: Spec, after: Spec, want: [string, string, boolean][]];

const paths = (p: Json): Spec => ({ paths: p });
const get = (extra: Json = {}, schema: unknown = STR) => op("things_retrieve", extra, schema);
const param = (name: string, where: string, schema: Json, required = false): Json => ({ name, in: where, schema, required });
const withParams = (...parameters: Json[]) => paths({ "/things": { get: get({ parameters }) } });
const post = (requestBody?: Json) => paths({ "/things": { post: op("things_create", requestBody ? { requestBody } : {}) } });
const responses = (r: Json) => paths({ "/things": { get: { operationId: "things_list", tags: ["things"], responses: r } } });
const body = (schema: unknown) => ({ description: "", ...json(schema) });

describe("operations: matched by method and path (parameter names blanked), then by operationId", () => {
  const rows: Row[] = [
    ["added: not breaking", paths({ "/a": { get: get() } }), paths({ "/a": { get: get() }, "/b": { get: op("things_list") } }), [["operation-added", "GET /b", false]]],
    ["removed: breaking", paths({ "/a": { get: get() }, "/b": { get: op("things_list") } }), paths({ "/a": { get: get() } }), [["operation-removed", "GET /b", true]]],
    ["same route, new operationId and method name: renamed, breaking", paths({ "/a": { get: get() } }), paths({ "/a": { get: op("things_fetch") } }), [["operation-renamed", "GET /a", true]]],
    ["same route, operationId respelled to the same generated names: renamed, not breaking", paths({ "/a": { get: op("things_list") } }), paths({ "/a": { get: op("things-list") } }), [["operation-renamed", "GET /a", false]]],
    ["same operationId, new route: moved, breaking", paths({ "/a": { get: get() } }), paths({ "/b": { get: get() } }), [["operation-moved", "GET /b", true]]],
    ["same operationId, new method: moved, breaking", paths({ "/a": { get: get() } }), paths({ "/a": { put: get() } }), [["operation-moved", "PUT /a", true]]],
    [
      "a renamed path parameter keeps the route: not breaking (it is positional)",
      paths({ "/a/{id}": { get: get({ parameters: [param("id", "path", STR, true)] }) } }),
      paths({ "/a/{pk}": { get: get({ parameters: [param("pk", "path", STR, true)] }) } }),
      [["parameter-renamed", "GET /a/{pk} path.pk", false]],
    ],
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});

describe("parameters", () => {
  const limit = (schema: Json = INT, required = false) => param("limit", "query", schema, required);
  const rows: Row[] = [
    ["optional added: not breaking", withParams(), withParams(limit()), [["parameter-added", "GET /things query.limit", false]]],
    ["required added: breaking", withParams(), withParams(limit(INT, true)), [["parameter-added", "GET /things query.limit", true]]],
    ["removed: breaking", withParams(limit()), withParams(), [["parameter-removed", "GET /things query.limit", true]]],
    ["made required: breaking", withParams(limit()), withParams(limit(INT, true)), [["parameter-required", "GET /things query.limit", true]]],
    ["made optional: not breaking", withParams(limit(INT, true)), withParams(limit()), [["parameter-optional", "GET /things query.limit", false]]],
    ["retyped to an unrelated type: breaking", withParams(limit()), withParams(limit({ type: "boolean" })), [["retyped", "GET /things query.limit", true]]],
    ["retyped wider (integer to number): not breaking", withParams(limit()), withParams(limit({ type: "number" })), [["retyped", "GET /things query.limit", false]]],
    ["retyped narrower (number to integer): breaking", withParams(limit({ type: "number" })), withParams(limit()), [["retyped", "GET /things query.limit", true]]],
    ["enum value added: not breaking", withParams(limit({ enum: ["a"] })), withParams(limit({ enum: ["a", "b"] })), [["enum-value-added", "GET /things query.limit", false]]],
    ["enum value removed: breaking", withParams(limit({ enum: ["a", "b"] })), withParams(limit({ enum: ["a"] })), [["enum-value-removed", "GET /things query.limit", true]]],
    ["a header name in another case is the same header", withParams(param("X-Trace", "header", STR)), withParams(param("x-trace", "header", STR)), []],
    ["the same name in another location is another parameter", withParams(param("id", "query", STR)), withParams(param("id", "header", STR)), [
      ["parameter-added", "GET /things header.id", false],
      ["parameter-removed", "GET /things query.id", true],
    ]],
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});

describe("request bodies", () => {
  const named = { type: "object", properties: { name: STR } };
  const rows: Row[] = [
    ["optional body added: not breaking", post(), post({ ...json(named) }), [["body-added", "POST /things body", false]]],
    ["required body added: breaking", post(), post({ required: true, ...json(named) }), [["body-added", "POST /things body", true]]],
    ["body removed: breaking", post({ ...json(named) }), post(), [["body-removed", "POST /things body", true]]],
    ["made required: breaking", post({ ...json(named) }), post({ required: true, ...json(named) }), [["body-required", "POST /things body", true]]],
    ["made optional: not breaking", post({ required: true, ...json(named) }), post({ ...json(named) }), [["body-optional", "POST /things body", false]]],
    [
      "a media type added: not breaking",
      post(json(named)),
      post({ content: { "application/json": { schema: named }, "multipart/form-data": { schema: named } } }),
      [["body-media-types-changed", "POST /things body", false]],
    ],
    [
      "the media type clients send removed: breaking",
      post(json(named)),
      post({ content: { "multipart/form-data": { schema: named } } }),
      [["body-media-types-changed", "POST /things body", true]],
    ],
    ["an inline required field added: breaking, located in the body", post(json(named)), post(json(obj({ name: STR, age: INT }, ["age"]))), [["field-added", "POST /things body.age", true]]],
    ["an inline optional field added: not breaking", post(json(named)), post(json(obj({ name: STR, age: INT }))), [["field-added", "POST /things body.age", false]]],
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});

describe("responses: status codes and bodies", () => {
  const rows: Row[] = [
    ["success status removed: breaking", responses({ "200": body(STR), "201": body(STR) }), responses({ "200": body(STR) }), [["status-removed", "GET /things response.201", true]]],
    ["error status removed: not breaking", responses({ "200": body(STR), "404": body(STR) }), responses({ "200": body(STR) }), [["status-removed", "GET /things response.404", false]]],
    ["error status added: not breaking", responses({ "200": body(STR) }), responses({ "200": body(STR), "404": body(STR) }), [["status-added", "GET /things response.404", false]]],
    ["success status added with a known body: not breaking", responses({ "200": body(STR) }), responses({ "200": body(STR), "201": body(STR) }), [["status-added", "GET /things response.201", false]]],
    ["success status added with a new body shape: breaking", responses({ "200": body(STR) }), responses({ "200": body(STR), "201": body(INT) }), [["status-added", "GET /things response.201", true]]],
    ["response body removed: breaking", responses({ "200": body(STR) }), responses({ "200": { description: "" } }), [["retyped", "GET /things response.200", true]]],
    ["response body added: not breaking", responses({ "200": { description: "" } }), responses({ "200": body(STR) }), [["retyped", "GET /things response.200", false]]],
    ["inline response field removed: breaking", responses({ "200": body(obj({ a: STR, b: STR })) }), responses({ "200": body(obj({ a: STR })) }), [["field-removed", "GET /things response.200.b", true]]],
    ["inline response field added: not breaking", responses({ "200": body(obj({ a: STR })) }), responses({ "200": body(obj({ a: STR, b: STR })) }), [["field-added", "GET /things response.200.b", false]]],
    ["response enum value added: breaking", responses({ "200": body({ enum: ["a"] }) }), responses({ "200": body({ enum: ["a", "b"] }) }), [["enum-value-added", "GET /things response.200", true]]],
    ["response enum value removed: not breaking", responses({ "200": body({ enum: ["a", "b"] }) }), responses({ "200": body({ enum: ["a"] }) }), [["enum-value-removed", "GET /things response.200", false]]],
    ["response type narrowed (number to integer): not breaking", responses({ "200": body({ type: "number" }) }), responses({ "200": body(INT) }), [["retyped", "GET /things response.200", false]]],
    ["response type widened (integer to number): breaking", responses({ "200": body(INT) }), responses({ "200": body({ type: "number" }) }), [["retyped", "GET /things response.200", true]]],
    ["a response that now names an identical schema: no change", responses({ "200": body(obj({ a: STR })) }), { ...responses({ "200": body(ref("A")) }), schemas: { A: obj({ a: STR }) } }, [["type-added", "A", false]]],
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});
