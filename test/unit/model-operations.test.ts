import { describe, expect, it } from "vitest";
import type { ApiModel } from "../../src/model/ir.js";
import { OK_EMPTY, STRING, build, buildError, document, namedType, object, op, operation, prop, ref } from "./model-helpers.js";

const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const detail = { type: "object", properties: { detail: { type: "string" } } };

describe("inline request/response shapes get operation-derived names", () => {
  const model = build(
    document({
      paths: op("/api/v1/sources/", "post", {
        operationId: "sources_create",
        tags: ["sources"],
        parameters: [{ name: "dry_run", in: "query", schema: { type: "boolean" } }],
        requestBody: { required: true, ...json({ type: "object", properties: { name: { type: "string" } } }) },
        responses: { "200": json(detail), "404": json(detail), default: json(detail) },
      }),
    }),
  );
  const created = operation(model, "sources_create");

  it.each([
    ["body", created.body?.schema, ref("SourcesCreateBody")],
    ["success", created.success[0]?.schema, ref("SourcesCreateResponse")],
    ["404", created.errors.find((e) => e.status === "404")?.schema, ref("SourcesCreateError404")],
    ["default", created.errors.find((e) => e.status === "default")?.schema, ref("SourcesCreateErrorDefault")],
  ])("%s -> %j", (_label, given, want) => {
    expect(given).toEqual(want);
  });

  it.each([
    ["SourcesCreateBody", "request", "#/paths/~1api~1v1~1sources~1/post/requestBody"],
    ["SourcesCreateResponse", "response", "#/paths/~1api~1v1~1sources~1/post/responses/200"],
    ["SourcesCreateError404", "response", "#/paths/~1api~1v1~1sources~1/post/responses/404"],
    ["SourcesCreateParams", "request", "#/paths/~1api~1v1~1sources~1/post/parameters"],
  ])("type %s (%s) at %s", (name, direction, pointer) => {
    const type = namedType(model, name);
    expect([type.direction, type.pointer]).toEqual([direction, pointer]);
  });

  it("params object and body flags", () => {
    expect(created.paramsTypeName).toBe("SourcesCreateParams");
    expect(namedType(model, "SourcesCreateParams").schema).toEqual(object([prop("dry_run", { kind: "boolean" })]));
    expect(created.body).toMatchObject({ contentTypes: ["application/json"], required: true });
  });

  it("two 2xx bodies are numbered by status; refs and empty bodies are not hoisted", () => {
    const m = build(
      document({
        schemas: { A: detail },
        paths: op("/a", "post", {
          operationId: "a_make",
          responses: { "200": json(detail), "201": json(detail), "202": { description: "" }, "400": json({ $ref: "#/components/schemas/A" }) },
        }),
      }),
    );
    const made = operation(m, "a_make");
    expect(made.success).toEqual([
      { status: "200", kind: "json", contentType: "application/json", schema: ref("AMakeResponse200") },
      { status: "201", kind: "json", contentType: "application/json", schema: ref("AMakeResponse201") },
      { status: "202", kind: "empty" },
    ]);
    expect(made.errors).toEqual([{ status: "400", kind: "json", contentType: "application/json", schema: ref("A") }]);
    expect(made.paramsTypeName).toBeUndefined();
  });

  it("a body read as a Blob or as text gets no name: the call types it Blob or string, whatever its schema", () => {
    const m = build(
      document({
        paths: {
          ...op("/image", "get", {
            operationId: "image_get",
            responses: { "200": { content: { "application/x-tar": { schema: { type: "string", format: "binary" } } } } },
          }),
          ...op("/render", "post", {
            operationId: "render",
            responses: { "200": { content: { "text/html": { schema: detail } } }, "400": { content: { "text/plain": { schema: detail } } } },
          }),
        },
      }),
    );
    expect(m.types.map((t) => t.name)).toEqual([]);
    expect(operation(m, "image_get").success[0]).toMatchObject({ kind: "blob", schema: { kind: "binary" } });
    expect(operation(m, "render").success[0]).toMatchObject({ kind: "text", schema: { kind: "object" } });
  });
});

describe("path parameters", () => {
  const PK_PATH = "/api/v1/sources/{id}/update-config/";
  const PK_POINTER = "#/paths/~1api~1v1~1sources~1{id}~1update-config~1/patch/parameters/1";
  const pkDoc = () =>
    document({
      paths: op(PK_PATH, "patch", {
        operationId: "sources_update_config_partial_update",
        tags: ["sources"],
        parameters: [
          { in: "path", name: "id", schema: { type: "string" }, required: true },
          { in: "path", name: "pk", schema: { type: "integer" }, required: true },
        ],
        responses: OK_EMPTY,
      }),
    });

  it("the pk defect: dropped from pathParams with a warning at the parameter's pointer", () => {
    const model = build(pkDoc());
    const patch = operation(model, "sources_update_config_partial_update");
    expect(patch.pathParams.map((p) => [p.wireName, p.argName])).toEqual([["id", "id"]]);
    expect(patch.params).toEqual([]);
    expect(model.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([["warning", "path-param-not-in-template", PK_POINTER]]);
    expect(model.diagnostics[0]?.message).toContain('"pk"');
  });

  it("strict mode turns the pk warning into a thrown error", () => {
    const error = buildError(pkDoc(), { strict: true });
    expect(error.name).toBe("ModelError");
    expect(error.diagnostics).toEqual([expect.objectContaining({ severity: "error", code: "path-param-not-in-template", pointer: PK_POINTER })]);
    expect(error.message).toContain(PK_POINTER);
  });

  it("template order, path-level parameters, operation overrides and undeclared names", () => {
    const model = build(
      document({
        paths: {
          "/threads/{thread_id}/messages/{message_id}/{extra}": {
            parameters: [
              { in: "path", name: "message_id", schema: { type: "string" } },
              { in: "path", name: "thread_id", schema: { type: "string" } },
            ],
            get: {
              operationId: "messages_get",
              parameters: [{ in: "path", name: "thread_id", schema: { type: "integer" } }],
              responses: OK_EMPTY,
            },
          },
        },
      }),
    );
    const get = operation(model, "messages_get");
    expect(get.pathParams.map((p) => [p.wireName, p.argName, p.schema.kind, p.required])).toEqual([
      ["thread_id", "threadId", "number", true],
      ["message_id", "messageId", "string", true],
      ["extra", "extra", "string", true],
    ]);
    expect(model.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ["undeclared-path-param", "#/paths/~1threads~1{thread_id}~1messages~1{message_id}~1{extra}/get"],
    ]);
  });

  it.each([
    ["source_id", "sourceId", "sourceId"],
    ["body", "body_", "body_"],
  ])("path parameters %j and %j both named %s -> ModelError naming both", (a, b, arg) => {
    const path = `/x/{${a}}/{${b}}`;
    const parameters = [a, b].map((name) => ({ in: "path", name, schema: { type: "string" } }));
    const error = buildError(document({ paths: op(path, "get", { operationId: "x_get", parameters, responses: OK_EMPTY }) }));
    expect(error.diagnostics.map((d) => [d.code, d.pointer])).toEqual([["argument-name-collision", `#/paths/${path.replace(/\//g, "~1")}/get`]]);
    expect(error.message).toContain(`"${a}" and "${b}" both map to the argument ${arg}`);
  });

  it("a parameter without a description takes its schema's; its own wins", () => {
    const parameters = [
      { in: "path", name: "id", schema: { type: "string", description: " The playlist's id. " } },
      { in: "query", name: "market", description: "A country code.", schema: { type: "string", description: "ISO 3166-1" } },
      { in: "query", name: "limit", schema: { type: "integer" } },
    ];
    const get = operation(build(document({ paths: op("/playlists/{id}", "get", { operationId: "playlists_get", parameters, responses: OK_EMPTY }) })), "playlists_get");
    expect([...get.pathParams, ...get.params].map((p) => [p.wireName, p.doc.description])).toEqual([
      ["id", "The playlist's id."],
      ["market", "A country code."],
      ["limit", undefined],
    ]);
  });

  it("a name the template repeats is one path argument", () => {
    const parameters = [{ in: "path", name: "id", required: true, schema: { type: "string" } }];
    const model = build(document({ paths: op("/a/{id}/b/{id}", "get", { operationId: "ab_get", parameters, responses: OK_EMPTY }) }));
    expect(operation(model, "ab_get").pathParams.map((p) => p.wireName)).toEqual(["id"]);
  });

  it("unbalanced template braces are an error", () => {
    const error = buildError(document({ paths: op("/a/{id", "get", { operationId: "a_get", responses: OK_EMPTY }) }));
    expect(error.diagnostics.map((d) => [d.code, d.pointer])).toEqual([["unbalanced-path-template", "#/paths/~1a~1{id"]]);
  });
});

describe("what fetch cannot send", () => {
  it("a header parameter whose name is no HTTP token, and a parameter with an empty name, are ignored with invalid-parameter", () => {
    const parameters = [
      { in: "header", name: "Notion-Version", schema: { type: "string" } },
      { in: "header", name: "", schema: { type: "string" } },
      { in: "header", name: "X Trace", schema: { type: "string" } },
      { in: "query", name: "", schema: { type: "string" } },
      { in: "query", name: "a b", schema: { type: "string" } },
    ];
    const model = build(document({ paths: op("/pages", "get", { operationId: "pages_get", parameters, responses: OK_EMPTY }) }));
    expect(operation(model, "pages_get").params.map((p) => [p.in, p.wireName])).toEqual([
      ["header", "Notion-Version"],
      ["query", "a b"],
    ]);
    expect(model.diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ["invalid-parameter", "#/paths/~1pages/get/parameters/1", "parameter without a name or a known `in`; ignored"],
      ["invalid-parameter", "#/paths/~1pages/get/parameters/2", 'header name "X Trace" is no HTTP token, which fetch refuses; ignored'],
      ["invalid-parameter", "#/paths/~1pages/get/parameters/3", "parameter without a name or a known `in`; ignored"],
    ]);
  });

  it("a GET or HEAD requestBody, which fetch cannot send, is no argument and a body-on-get-or-head warning; other methods keep theirs", () => {
    const body = { requestBody: { required: true, ...json({ type: "object", properties: { q: { type: "string" } } }) }, responses: OK_EMPTY };
    const model = build(
      document({
        paths: {
          "/search": {
            get: { operationId: "search_get", ...body },
            head: { operationId: "search_head", ...body },
            delete: { operationId: "search_delete", ...body },
          },
        },
      }),
    );
    expect(operation(model, "search_get").body).toBeUndefined();
    expect(operation(model, "search_head").body).toBeUndefined();
    expect(operation(model, "search_delete").body?.required).toBe(true);
    expect(model.diagnostics.map((d) => [d.severity, d.code, d.pointer, d.message])).toEqual([
      ["warning", "body-on-get-or-head", "#/paths/~1search/get/requestBody", "fetch sends no body with GET; the declared requestBody is ignored"],
      ["warning", "body-on-get-or-head", "#/paths/~1search/head/requestBody", "fetch sends no body with HEAD; the declared requestBody is ignored"],
    ]);
  });

  it("an optional body that admits only {} is no argument, and no warning on a GET; one that admits more keeps its place", () => {
    const form = (schema: unknown, required = false) => ({ required, content: { "application/x-www-form-urlencoded": { encoding: {}, schema } } });
    const closed = { type: "object", properties: {}, additionalProperties: false };
    const cases: [string, unknown][] = [
      ["stripe_get", form(closed)],
      ["stripe_delete", form(closed)],
      ["ref_delete", form({ $ref: "#/components/schemas/Nothing" })],
      ["unevaluated_delete", form({ type: "object", unevaluatedProperties: false })],
      ["required_delete", form(closed, true)],
      ["named_delete", form({ ...closed, properties: { expand: { type: "array", items: { type: "string" } } } })],
      ["open_delete", form({ type: "object", properties: {} })],
      ["bounded_delete", form({ ...closed, minProperties: 1 })],
      ["mixed_delete", { content: { ...form(closed).content, "application/json": { schema: { type: "object" } } } }],
    ];
    const paths = Object.fromEntries(
      cases.map(([id, requestBody]) => [`/${id}`, { [id.endsWith("_get") ? "get" : "delete"]: { operationId: id, requestBody, responses: OK_EMPTY } }]),
    );
    const model = build(document({ schemas: { Nothing: closed }, paths }));
    expect(cases.map(([id]) => [id, operation(model, id).body !== undefined])).toEqual([
      ["stripe_get", false],
      ["stripe_delete", false],
      ["ref_delete", false],
      ["unevaluated_delete", false],
      ["required_delete", true],
      ["named_delete", true],
      ["open_delete", true],
      ["bounded_delete", true],
      ["mixed_delete", true],
    ]);
    expect(model.diagnostics).toEqual([]);
  });

  it("a trace operation, whose method fetch refuses to send, is left out with an unsupported-method warning", () => {
    const model = build(document({ paths: { "/anything": { get: { operationId: "anything_get", responses: OK_EMPTY }, trace: { operationId: "anything_trace", responses: OK_EMPTY } } } }));
    expect(model.resources.flatMap((r) => r.operations.map((o) => o.operationId))).toEqual(["anything_get"]);
    expect(model.diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ["unsupported-method", "#/paths/~1anything/trace", "fetch cannot send the TRACE method; operation left out"],
    ]);
  });
});

describe("an operation's own server", () => {
  const uploads = [{ url: "https://{host}.example.com/up", variables: { host: { default: "uploads" } } }];
  const doc = document({
    paths: {
      "/assets": { post: { operationId: "assets_upload", servers: uploads, responses: OK_EMPTY }, get: { operationId: "assets_list", responses: OK_EMPTY } },
      "/files": { servers: [{ url: "https://files.example.com/" }], get: { operationId: "files_list", responses: OK_EMPTY }, put: { operationId: "files_put", servers: [{ url: "https://api.example.com/" }], responses: OK_EMPTY } },
    },
    extra: { servers: [{ url: "https://api.example.com" }] },
  });
  const model = build(doc);

  it.each([
    ["the operation's servers, variables at their defaults", "assets_upload", "https://uploads.example.com/up"],
    ["none of its own", "assets_list", undefined],
    ["its path item's servers, without the slash the path brings", "files_list", "https://files.example.com"],
    ["its own over its path item's, the document's server (but for a slash) being no server of its own", "files_put", undefined],
  ])("%s: %s -> %s", (_label, id, server) => {
    expect(operation(model, id).server).toBe(server);
  });
});

describe("responses", () => {
  it("a 204 with a declared body: no schema and a body-on-empty-status warning", () => {
    const model = build(
      document({
        paths: op("/api/v1/sources/{id}/", "delete", {
          operationId: "sources_destroy",
          parameters: [{ in: "path", name: "id", schema: { type: "string" }, required: true }],
          responses: { "204": { description: "No response body", ...json({ description: "No content - source deleted successfully" }) } },
        }),
      }),
    );
    expect(operation(model, "sources_destroy").success).toEqual([{ status: "204", kind: "empty" }]);
    expect(model.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      ["warning", "body-on-empty-status", "#/paths/~1api~1v1~1sources~1{id}~1/delete/responses/204/content"],
    ]);
  });

  it("`default` with a body, where no 2xx is declared, is the success body too, under one name", () => {
    const model = build(document({ paths: op("/a", "get", { operationId: "a_get", responses: { "404": { description: "" }, default: json(detail) } }) }));
    const got = operation(model, "a_get");
    expect(got.success).toEqual([{ status: "default", kind: "json", contentType: "application/json", schema: ref("AGetResponse") }]);
    expect(got.errors.find((e) => e.status === "default")?.schema).toEqual(ref("AGetResponse"));
    expect(model.types.map((t) => t.name)).toEqual(["AGetResponse"]);
  });

  it.each([
    ["a redirect without content reads the followed target as bytes", { "302": { description: "Found" }, default: { description: "" } }, [{ status: "302", kind: "blob" }]],
    ["a redirect's declared content is what the followed call reads", { "303": json({ $ref: "#/components/schemas/A" }) }, [{ status: "303", kind: "json", contentType: "application/json", schema: ref("A") }]],
    ["a declared 2xx keeps `default` and redirects out of the success bodies", { "200": { description: "" }, "302": { description: "" }, default: json(detail) }, [{ status: "200", kind: "empty" }]],
    ["nothing but errors without content succeeds with no body", { "404": { description: "" }, default: { description: "" } }, []],
  ])("%s", (_label, responses, success) => {
    const model = build(document({ schemas: { A: detail }, paths: op("/a", "get", { operationId: "a_get", responses }) }));
    expect(operation(model, "a_get").success).toEqual(success);
  });

  it("a HEAD operation's 2xx content: no body, and a body-on-head warning", () => {
    const model = build(document({ paths: op("/a", "head", { operationId: "a_head", responses: { "200": json(detail), "404": json(detail) } }) }));
    expect(operation(model, "a_head").success).toEqual([{ status: "200", kind: "empty" }]);
    expect(model.diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([["warning", "body-on-head", "#/paths/~1a/head/responses/200/content"]]);
    expect(model.types.map((t) => t.name)).toEqual(["AHeadError404"]);
  });

  it("a 204 without content is silent", () => {
    const model = build(document({ paths: op("/a", "delete", { operationId: "a_destroy", responses: { "204": { description: "" } } }) }));
    expect(operation(model, "a_destroy").success).toEqual([{ status: "204", kind: "empty" }]);
    expect(model.diagnostics).toEqual([]);
  });

  it("JSON is preferred over other media types; $ref'd responses are followed", () => {
    const model = build(
      document({
        paths: op("/a", "get", { operationId: "a_get", responses: { "200": { $ref: "#/components/responses/Ok" } } }),
        extra: {
          components: {
            schemas: {},
            responses: { Ok: { description: "", content: { "text/plain": { schema: { type: "string" } }, "application/problem+json": { schema: { type: "string" } } } } },
          },
        },
      }),
    );
    expect(operation(model, "a_get").success).toEqual([{ status: "200", kind: "json", contentType: "application/problem+json", schema: ref("AGetResponse") }]);
    expect(namedType(model, "AGetResponse").schema).toEqual(STRING);
  });

  it.each([
    ["text/csv", "text"],
    ["application/xml", "text"],
    ["application/atom+xml", "text"],
    ["application/x-yaml", "text"],
    ["application/octet-stream; charset=utf-8", "text"],
    ["application/octet-stream", "blob"],
    ["application/pdf", "blob"],
    ["image/svg", "blob"],
  ])("a %s body is read as %s", (mediaType, kind) => {
    const model = build(
      document({
        paths: op("/a", "get", { operationId: "a_get", responses: { "200": { description: "", content: { [mediaType]: { schema: { type: "string" } } } } } }),
      }),
    );
    expect(operation(model, "a_get").success[0]?.kind).toBe(kind);
  });

  it("a */* body of an object schema is read as JSON and asks for the default", () => {
    const model = build(
      document({
        paths: op("/a", "get", { operationId: "a_get", responses: { "200": { description: "", content: { "*/*": { schema: { type: "object", properties: { id: { type: "integer" } } } } } } } }),
      }),
    );
    const got = operation(model, "a_get");
    expect([got.success[0]?.kind, got.accept]).toEqual(["json", []]);
  });

  it.each([
    ["application/octet-stream", "binary"],
    ["application/zip", "binary"],
    ["image/*", "binary"],
    ["*/*", "unknown"],
    ["application/*", "unknown"],
    ["text/plain", "unknown"],
    ["application/json", "unknown"],
    ["multipart/form-data", "unknown"],
    ["application/octet-stream; charset=utf-8", "unknown"],
  ])("a %s request body without a schema is %s", (mediaType, kind) => {
    const model = build(
      document({ paths: op("/a", "put", { operationId: "a_put", requestBody: { required: true, content: { [mediaType]: {} } }, responses: OK_EMPTY }) }),
    );
    const schema = operation(model, "a_put").body?.schema;
    const target = schema?.kind === "ref" ? namedType(model, schema.name).schema : schema;
    expect(target?.kind).toBe(kind);
  });

  it.each([
    ["JSON and bytes (Swagger 2.0 `type: file`)", { "application/json": { schema: { type: "string", format: "binary" } }, "application/octet-stream": { schema: { type: "string", format: "binary" } } }, "application/octet-stream"],
    ["JSON only", { "application/json": { schema: { $ref: "#/components/schemas/File" } } }, "application/json"],
    ["text", { "text/powershell": { schema: { type: "string", format: "binary" } } }, "text/powershell"],
  ])("a binary schema under %s is read as a Blob, asking for %s", (_label, content, asked) => {
    const model = build(
      document({
        paths: op("/a", "get", { operationId: "a_get", responses: { "200": { description: "", content } } }),
        extra: { components: { schemas: { File: { type: "string", format: "binary" } } } },
      }),
    );
    const got = operation(model, "a_get");
    expect([got.success[0]?.kind, got.accept]).toEqual(["blob", [asked]]);
  });
});

describe("operationIds", () => {
  it.each([
    ["missing", undefined],
    ["blank", ""],
  ])("%s operationId -> derived stable name + warning", (_label, operationId) => {
    const node = { ...(operationId === undefined ? {} : { operationId }), responses: OK_EMPTY };
    const model = build(document({ paths: op("/api/v1/users/{id}", "get", { ...node, parameters: [{ in: "path", name: "id", schema: { type: "string" } }] }) }));
    const resource = model.resources[0];
    expect(resource?.property).toBe("users");
    expect(resource?.operations.map((o) => [o.operationId, o.method, o.fnName])).toEqual([["get_api_v_1_users_id", "getApiV1UsersId", "getApiV1UsersId"]]);
    expect(model.diagnostics.map((d) => [d.code, d.pointer])).toEqual([["missing-operation-id", "#/paths/~1api~1v1~1users~1{id}/get"]]);
  });

  it.each([
    ["same method and function in one resource", "sources_list", "sourcesList", "sources", "sources"],
    ["same function across resources", "a_b_c", "aB_c", "a", "x"],
  ])("%s -> distinct names, a warning naming both operationIds", (_label, first, second, tag1, tag2) => {
    const doc = document({
      paths: {
        "/one": { get: { operationId: first, tags: [tag1], responses: OK_EMPTY } },
        "/two": { get: { operationId: second, tags: [tag2], responses: OK_EMPTY } },
      },
    });
    const model = build(doc);
    const fns = model.resources.flatMap((r) => r.operations.map((o) => o.fnName));
    expect(new Set(fns).size).toBe(2);
    const warning = model.diagnostics.find((d) => d.code === "operation-name-derived");
    expect(warning?.message).toContain(JSON.stringify(first));
    expect(warning?.message).toContain(JSON.stringify(second));
    // Configured names are never changed: two that meet in one resource stay an error; in two
    // resources the functions differ by the resource's words.
    const configured = { names: { [first]: "same", [second]: "same" } };
    if (tag1 === tag2) expect(buildError(doc, configured).diagnostics.some((d) => d.code === "operation-name-collision")).toBe(true);
    else expect(build(doc, configured).resources.flatMap((r) => r.operations.map((o) => o.fnName)).sort()).toEqual([`${tag1}Same`, `${tag2}Same`].sort());
  });

  it("an operationId starting with a digit still names valid types; an inline shape yields its name to a component", () => {
    const parameters = [{ in: "query", name: "q", schema: { type: "string" } }];
    const response = { "200": { description: "", content: { "application/json": { schema: { type: "object", properties: { ok: { type: "boolean" } } } } } } };
    const model = build(
      document({
        schemas: { RequestTwoFactorResponse: { type: "string" } },
        paths: { ...op("/a", "get", { operationId: "5476364f", parameters, responses: OK_EMPTY }), ...op("/b", "post", { operationId: "requestTwoFactor", responses: response }) },
      }),
    );
    expect(operation(model, "5476364f").paramsTypeName).toBe("_5476364FParams");
    expect(operation(model, "requestTwoFactor").success[0]?.schema).toEqual(ref("RequestTwoFactorResponseInline"));
    expect(namedType(model, "RequestTwoFactorResponse").schema).toEqual(STRING);
  });

  it("types that differ only in their first letter's case get distinct guards", () => {
    const model = build(document({ schemas: { accountRules: { type: "string" }, AccountRules: { type: "integer" } } }));
    expect(model.types.map((t) => [t.name, t.guardName, t.assertName, t.validateName])).toEqual([
      ["AccountRules", "isAccountRules", "assertAccountRules", "validateAccountRules"],
      ["accountRules", "is_accountRules", "assert_accountRules", "validate_accountRules"],
    ]);
  });

  it("a function named like a type or a validator gets an Operation suffix; the method keeps its name", () => {
    const model = build(
      document({
        schemas: { aGet: { type: "string" }, PatientManagement: { type: "object" } },
        paths: { ...op("/a", "get", { operationId: "a_get", tags: ["a"], responses: OK_EMPTY }), ...op("/p", "post", { operationId: "validatePatientManagement", tags: ["a"], responses: OK_EMPTY }) },
      }),
    );
    expect(model.resources[0]?.operations.map((o) => [o.method, o.fnName])).toEqual([
      ["get", "aGetOperation"],
      ["validatePatientManagement", "validatePatientManagementOperation"],
    ]);
  });

  it("drf-spectacular custom actions are shortened in the model, inline shapes keep the whole operationId, and a configured name wins", () => {
    const body = { content: { "application/json": { schema: { type: "object", properties: { port: { type: "string" } } } } } };
    const doc = document({
      paths: {
        ...op("/s/", "get", { operationId: "s_list", tags: ["s"], responses: OK_EMPTY }),
        ...op("/s/{id}/config/", "patch", { operationId: "s_config_partial_update", tags: ["s"], requestBody: body, responses: OK_EMPTY, parameters: [{ in: "path", name: "id", required: true, schema: { type: "string" } }] }),
        ...op("/s/add/", "post", { operationId: "s_add_create", tags: ["s"], responses: OK_EMPTY }),
      },
    });
    const names = (model: ApiModel) => model.resources[0]?.operations.map((o) => [o.method, o.fnName, o.body?.schema]);
    const configBody = { kind: "ref", name: "SConfigPartialUpdateBody" };
    expect(names(build(doc))).toEqual([
      ["list", "sList", undefined],
      ["config", "sConfig", configBody],
      ["add", "sAdd", undefined],
    ]);
    expect(names(build(doc, { names: { s_config_partial_update: "setConfig" } }))).toEqual([
      ["list", "sList", undefined],
      ["setConfig", "sSetConfig", configBody],
      ["add", "sAdd", undefined],
    ]);
    // A short name meeting a configured one keeps its long form.
    expect(names(build(doc, { names: { s_add_create: "config" } }))).toEqual([
      ["list", "sList", undefined],
      ["configPartialUpdate", "sConfigPartialUpdate", configBody],
      ["config", "sConfig", undefined],
    ]);
  });

  it("a client class named from the title gives way to a schema of that name; a schema gives way to an explicit --name", () => {
    const doc = { ...document({ schemas: { Hoot: { type: "object" } } }), info: { title: "Hoot", version: "1" } };
    expect(build(doc).clientName).toBe("HootClient");
    const named = build(doc, { name: "Hoot" });
    expect(named.clientName).toBe("Hoot");
    expect(named.types.map((t) => t.name)).toEqual(["HootSchema"]);
    expect(named.diagnostics).toContainEqual(expect.objectContaining({ code: "type-name-derived", pointer: "#/components/schemas/Hoot", severity: "warning" }));
    // A type the config names stays as named: then the clash is an error.
    expect(buildError(doc, { name: "Hoot", typeNames: { Hoot: "Hoot" } }).diagnostics.map((d) => d.code)).toContain("name-collision");
  });

  it("the Core class and the validator give way to a schema or a function of their name", () => {
    const doc = {
      ...document({
        schemas: { HootCore: { type: "object" } },
        paths: op("/a", "get", { operationId: "hootValidator", tags: ["a"], responses: OK_EMPTY }),
      }),
      info: { title: "Hoot", version: "1" },
    };
    const model = build(doc);
    expect([model.clientName, model.coreName, model.validatorName]).toEqual(["Hoot", "HootCoreClient", "hootValidatorFunction"]);
    expect(model.types.map((t) => t.name)).toContain("HootCore");
    expect(model.resources[0]?.operations[0]?.fnName).toBe("hootValidator");
    const plain = build({ ...document({}), info: { title: "Hoot", version: "1" } });
    expect([plain.coreName, plain.validatorName]).toEqual(["HootCore", "hootValidator"]);
  });
});

describe("security", () => {
  const scheme = { ApiKeyAuth: { type: "http", scheme: "bearer" }, BearerAuth: { type: "http", scheme: "Bearer" }, Key: { type: "apiKey", in: "header", name: "X-API-Key" } };
  it.each<[string, unknown, unknown, string[][]]>([
    ["optional auth with {}", undefined, [{ ApiKeyAuth: [] }, {}], [["ApiKeyAuth"], []]],
    ["two alternatives", undefined, [{ BearerAuth: [] }, { ApiKeyAuth: [] }], [["BearerAuth"], ["ApiKeyAuth"]]],
    ["one requirement of two schemes (sorted)", undefined, [{ Key: [], BearerAuth: [] }], [["BearerAuth", "Key"]]],
    ["document default", [{ Key: [] }], undefined, [["Key"]]],
    ["operation [] overrides the default", [{ Key: [] }], [], []],
    ["nothing declared", undefined, undefined, []],
  ])("%s", (_label, top, own, want) => {
    const model = build(
      document({
        paths: op("/a", "get", { operationId: "a_get", responses: OK_EMPTY, ...(own === undefined ? {} : { security: own }) }),
        extra: { components: { schemas: {}, securitySchemes: scheme }, ...(top === undefined ? {} : { security: top }) },
      }),
    );
    expect(operation(model, "a_get").security).toEqual(want);
    expect(model.securitySchemes).toEqual({
      ApiKeyAuth: { type: "http", scheme: "bearer" },
      BearerAuth: { type: "http", scheme: "bearer" },
      Key: { type: "apiKey", in: "header", name: "X-API-Key" },
    });
  });
});
