import { DiagnosticSink } from "../../src/model/diagnostics.js";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { operationNames } from "../../src/model/operation-names.js";
import { CAMELAI } from "../helpers/run-cli.js";
import {
  apiKeyEnvVar,
  baseURLEnvVar,
  argumentName,
  assertName,
  camelCase,
  clientName,
  coreClassName,
  derivedOperationId,
  freeName,
  functionName,
  guardName,
  methodName,
  methodWord,
  pascalCase,
  resourceClassName,
  resourceFileNames,
  resourceProperty,
  safeIdentifier,
  typeName,
  validatorName,
  words,
} from "../../src/model/names.js";
import { drfShortNames, drfStem, looksLikeDrfSpectacular } from "../../src/model/drf-names.js";

/** All 47 camelAI operations: [operationId, first tag, HTTP method, method, function]. */
const CAMELAI_OPERATIONS: [string, string, string, string, string][] = [
  ["getJWKS", "STS", "GET", "getJWKS", "getJWKS"],
  ["token_create", "STS", "POST", "token", "stsToken"],
  ["appearance_list", "appearance", "GET", "list", "appearanceList"],
  ["appearance_create", "appearance", "POST", "create", "appearanceCreate"],
  ["appearance_update", "appearance", "PUT", "update", "appearanceUpdate"],
  ["appearance_partial_update", "appearance", "PATCH", "partialUpdate", "appearancePartialUpdate"],
  ["ask_camel_create", "ask_camel", "POST", "create", "askCamelCreate"],
  ["iframe_create_create", "iframe", "POST", "create", "iframeCreate"],
  ["knowledge_base_list", "knowledge-base", "GET", "list", "knowledgeBaseList"],
  ["knowledge_base_create", "knowledge-base", "POST", "create", "knowledgeBaseCreate"],
  ["knowledge_base_source_retrieve", "knowledge-base", "GET", "source", "knowledgeBaseSource"],
  ["knowledge_base_retrieve", "knowledge-base", "GET", "retrieve", "knowledgeBaseRetrieve"],
  ["knowledge_base_update", "knowledge-base", "PUT", "update", "knowledgeBaseUpdate"],
  ["knowledge_base_partial_update", "knowledge-base", "PATCH", "partialUpdate", "knowledgeBasePartialUpdate"],
  ["knowledge_base_destroy", "knowledge-base", "DELETE", "destroy", "knowledgeBaseDestroy"],
  ["recommendations_create", "recommendations", "POST", "create", "recommendationsCreate"],
  ["reference_queries_list", "reference-queries", "GET", "list", "referenceQueriesList"],
  ["reference_queries_create", "reference-queries", "POST", "create", "referenceQueriesCreate"],
  ["reference_queries_source_retrieve", "reference-queries", "GET", "source", "referenceQueriesSource"],
  ["reference_queries_retrieve", "reference-queries", "GET", "retrieve", "referenceQueriesRetrieve"],
  ["reference_queries_update", "reference-queries", "PUT", "update", "referenceQueriesUpdate"],
  ["reference_queries_partial_update", "reference-queries", "PATCH", "partialUpdate", "referenceQueriesPartialUpdate"],
  ["reference_queries_destroy", "reference-queries", "DELETE", "destroy", "referenceQueriesDestroy"],
  ["reference_queries_validate_create", "reference-queries", "POST", "validate", "referenceQueriesValidate"],
  ["sources_list", "sources", "GET", "list", "sourcesList"],
  ["sources_create", "sources", "POST", "create", "sourcesCreate"],
  ["sources_add_create", "sources", "POST", "add", "sourcesAdd"],
  ["sources_add_bigquery_create", "sources", "POST", "addBigquery", "sourcesAddBigquery"],
  ["sources_add_clickhouse_create", "sources", "POST", "addClickhouse", "sourcesAddClickhouse"],
  ["sources_add_mongodb_create", "sources", "POST", "addMongodb", "sourcesAddMongodb"],
  ["sources_add_motherduck_create", "sources", "POST", "addMotherduck", "sourcesAddMotherduck"],
  ["sources_add_mssql_create", "sources", "POST", "addMssql", "sourcesAddMssql"],
  ["sources_add_mysql_create", "sources", "POST", "addMysql", "sourcesAddMysql"],
  ["sources_add_postgres_create", "sources", "POST", "addPostgres", "sourcesAddPostgres"],
  ["sources_add_singlestore_create", "sources", "POST", "addSinglestore", "sourcesAddSinglestore"],
  ["sources_add_snowflake_create", "sources", "POST", "addSnowflake", "sourcesAddSnowflake"],
  ["sources_retrieve", "sources", "GET", "retrieve", "sourcesRetrieve"],
  ["sources_update", "sources", "PUT", "update", "sourcesUpdate"],
  ["sources_partial_update", "sources", "PATCH", "partialUpdate", "sourcesPartialUpdate"],
  ["sources_destroy", "sources", "DELETE", "destroy", "sourcesDestroy"],
  ["sources_update_config_partial_update", "sources", "PATCH", "updateConfig", "sourcesUpdateConfig"],
  ["threads_list", "threads", "GET", "list", "threadsList"],
  ["threads_retrieve", "threads", "GET", "retrieve", "threadsRetrieve"],
  ["threads_update", "threads", "PUT", "update", "threadsUpdate"],
  ["threads_partial_update", "threads", "PATCH", "partialUpdate", "threadsPartialUpdate"],
  ["threads_destroy", "threads", "DELETE", "destroy", "threadsDestroy"],
  ["threads_messages_retrieve", "threads", "GET", "messages", "threadsMessages"],
];

describe("camelAI operationIds", () => {
  const inputs = CAMELAI_OPERATIONS.map(([operationId, group, httpMethod]) => ({ operationId, group, httpMethod, path: `/${group}`, resource: resourceProperty(group), pointer: `#/${operationId}` }));
  const sink = new DiagnosticSink();
  const chosen = operationNames(inputs, sink);

  it("covers the 47 distinct operationIds of fixtures/camelai/openapi.yaml, with their tags and HTTP methods", async () => {
    const document = parse(await readFile(CAMELAI, "utf8")) as { paths: Record<string, Record<string, { operationId: string; tags: string[] }>> };
    const declared = Object.values(document.paths).flatMap((item) =>
      Object.entries(item).map(([verb, op]) => [op.operationId, op.tags[0], verb.toUpperCase()].join(" ")),
    );
    expect(declared.sort()).toEqual(inputs.map((i) => [i.operationId, i.group, i.httpMethod].join(" ")).sort());
    expect(new Set(declared).size).toBe(47);
    expect(looksLikeDrfSpectacular(inputs)).toBe(true);
  });

  it.each(CAMELAI_OPERATIONS.map((row, i) => [...row, i] as const))(
    "%s on tag %s (%s) -> method %s, function %s",
    (_id, _tag, _verb, method, fn, i) => {
      expect(chosen[i]).toEqual({ method, fn });
    },
  );
});

describe("drf-spectacular action suffixes", () => {
  it.each([
    // [operationId, HTTP method, stem]: only the action drf-spectacular appends for that method
    ["sources_add_bigquery_create", "POST", "sources_add_bigquery"],
    ["sources_update_config_partial_update", "PATCH", "sources_update_config"],
    // A PUT to a custom action `partial` would end so too.
    ["sources_update_config_partial_update", "PUT", "sources_update_config_partial"],
    ["sources_update_config_update", "PUT", "sources_update_config"],
    ["sources_update_config_update", "PATCH", undefined],
    ["threads_messages_retrieve", "GET", "threads_messages"],
    ["sources_tables_list", "GET", "sources_tables"],
    ["sources_tables_list", "POST", undefined],
    ["sources_purge_destroy", "DELETE", "sources_purge"],
    ["sources_purge_delete", "DELETE", undefined],
    ["pulls/get", "GET", undefined],
    ["repos/delete", "DELETE", undefined],
    ["create", "POST", undefined],
    ["_create", "POST", undefined],
    ["sources_create", "OPTIONS", undefined],
  ])("%s sent with %s -> %s", (operationId, httpMethod, stem) => {
    expect(drfStem(operationId, httpMethod)).toBe(stem);
  });

  it.each<[string, string, string, { method: string; fn: string } | undefined]>([
    // [operationId, tag, HTTP method, short names]
    ["sources_update_config_partial_update", "sources", "PATCH", { method: "updateConfig", fn: "sourcesUpdateConfig" }],
    ["iframe_create_create", "iframe", "POST", { method: "create", fn: "iframeCreate" }],
    ["token_create", "STS", "POST", { method: "token", fn: "stsToken" }],
    ["sts_token_create", "STS", "POST", { method: "token", fn: "stsToken" }],
    ["knowledge_base_source_retrieve", "knowledge-base", "GET", { method: "source", fn: "knowledgeBaseSource" }],
    ["sources_partial_update", "sources", "PATCH", undefined],
    ["ask_camel_create", "ask_camel", "POST", undefined],
    ["sources_update_config_partial_update", "sources", "PUT", { method: "updateConfigPartial", fn: "sourcesUpdateConfigPartial" }],
    ["sources_update_config_partial_update", "sources", "POST", undefined],
    ["x_constructor_create", "x", "POST", { method: "constructor_", fn: "xConstructor" }],
    ["x_delete_destroy", "x", "DELETE", { method: "delete", fn: "xDelete" }],
    ["delete_destroy", "x", "DELETE", { method: "delete", fn: "xDelete" }],
  ])("%s on %s (%s) -> %j", (operationId, tag, httpMethod, want) => {
    expect(drfShortNames(operationId, tag, httpMethod)).toEqual(want);
  });
});

/** [operationId, tag, HTTP method] -> the names operationNames gives each, in order. */
type NameRow = [string, string, string];
const namesOf = (rows: NameRow[], configured: Record<string, string> = {}, sink = new DiagnosticSink()) =>
  operationNames(
    rows.map(([operationId, group, httpMethod]) => ({
      operationId,
      group,
      httpMethod,
      path: `/${group}`,
      resource: resourceProperty(group),
      pointer: `#/paths/${operationId}/${httpMethod.toLowerCase()}`,
      ...(configured[operationId] !== undefined ? { configured: configured[operationId] } : {}),
    })),
    sink,
  ).map(({ method, fn }) => `${method} ${fn}`);

describe("short names and collisions", () => {
  it.each<[string, NameRow[], string[]]>([
    [
      "a custom action named like a standard action keeps its long form; the standard action keeps its name",
      [["sources_create", "sources", "POST"], ["sources_create_create", "sources", "POST"], ["sources_list", "sources", "GET"]],
      ["create sourcesCreate", "createCreate sourcesCreateCreate", "list sourcesList"],
    ],
    [
      "two custom actions that shorten to one name both keep the long form",
      [["sources_config_retrieve", "sources", "GET"], ["sources_config_partial_update", "sources", "PATCH"], ["sources_list", "sources", "GET"]],
      ["configRetrieve sourcesConfigRetrieve", "configPartialUpdate sourcesConfigPartialUpdate", "list sourcesList"],
    ],
    [
      "the same short method in two resources is no collision",
      [["a_ping_create", "a", "POST"], ["b_ping_create", "b", "POST"], ["a_list", "a", "GET"]],
      ["ping aPing", "ping bPing", "list aList"],
    ],
    [
      "a short function meeting another resource's function keeps the long form",
      [["sources_add_create", "sources", "POST"], ["sources_add", "other", "GET"], ["sources_list", "sources", "GET"]],
      ["addCreate sourcesAddCreate", "sourcesAdd sourcesAdd", "list sourcesList"],
    ],
    [
      "a short name meeting a long one that is not shortened: only the short one reverts",
      [["sources_add_create", "sources", "POST"], ["sources_add", "sources", "GET"], ["sources_list", "sources", "GET"]],
      ["addCreate sourcesAddCreate", "add sourcesAdd", "list sourcesList"],
    ],
    [
      "a reverted name may meet another short name, which then reverts too",
      [["sources_add", "sources", "GET"], ["sources_add_create", "sources", "POST"], ["sources_add_create_update", "sources", "PUT"], ["sources_list", "sources", "GET"]],
      ["add sourcesAdd", "addCreate sourcesAddCreate", "addCreateUpdate sourcesAddCreateUpdate", "list sourcesList"],
    ],
    [
      "not drf-spectacular-shaped (most ids do not end in their method's action): nothing is shortened",
      [["user_create", "users", "POST"], ["listUsers", "users", "GET"], ["getUser", "users", "GET"]],
      ["userCreate userCreate", "listUsers listUsers", "getUser getUser"],
    ],
    [
      "GitHub's ids are not drf-spectacular's: reserved words stay members, functions stay safe",
      [["pulls/get", "pulls", "GET"], ["repos/delete", "repos", "DELETE"], ["pulls/update", "pulls", "PATCH"], ["repos/create-fork", "repos", "POST"]],
      ["get pullsGet", "delete reposDelete", "update pullsUpdate", "createFork reposCreateFork"],
    ],
  ])("%s", (_title, rows, want) => {
    expect(namesOf(rows)).toEqual(want);
    expect(namesOf([...rows].reverse())).toEqual([...want].reverse());
  });

  it("a configured method name wins, and renames the function too (the resource's words and the name)", () => {
    const rows: NameRow[] = [["sources_update_config_partial_update", "sources", "PATCH"], ["sources_add_create", "sources", "POST"], ["sources_list", "sources", "GET"]];
    expect(namesOf(rows, { sources_update_config_partial_update: "setConfig", sources_add_create: "addCreate" })).toEqual([
      "setConfig sourcesSetConfig",
      "addCreate sourcesAddCreate",
      "list sourcesList",
    ]);
  });

  it.each<[string, NameRow[], string[]]>([
    [
      "operationIds create_ and create in one resource: create keeps the name, create_ takes its HTTP method",
      [["create_", "things", "GET"], ["create", "things", "POST"]],
      ["createGet createGet", "create create"],
    ],
    [
      "a derived name already taken takes a number after the method",
      [["create_", "things", "GET"], ["create", "things", "POST"], ["create__", "things", "GET"], ["createGet", "things", "GET"]],
      ["createGet2 createGet2", "create create", "createGet3 createGet3", "createGet createGet"],
    ],
    [
      "OpenAPI 3.2 methods (QUERY, additionalOperations' M-SEARCH) are told apart by their method word",
      [["search_", "things", "QUERY"], ["search", "things", "GET"], ["search__", "things", "M-SEARCH"]],
      ["searchQuery searchQuery", "search search", "searchMSearch searchMSearch"],
    ],
  ])("%s", (_title, rows, want) => {
    const sink = new DiagnosticSink();
    expect(namesOf(rows, {}, sink)).toEqual(want);
    expect(namesOf([...rows].reverse())).toEqual([...want].reverse());
    const derived = want.filter((w, i) => w !== namesOf([rows[i] as NameRow])[0]).length;
    expect(sink.items.filter((d) => d.code === "operation-name-derived")).toHaveLength(derived);
  });

  it("two operations without operationId at /db-reset and /db/reset: the first by pointer keeps the function name", () => {
    const sink = new DiagnosticSink();
    const input = (resource: string, path: string) => ({ operationId: "post_db_reset", group: resource, resource, httpMethod: "POST", path, pointer: `#/paths/${path.replaceAll("/", "~1")}/post` });
    const chosen = operationNames([input("db", "/db/reset"), input("dbReset", "/db-reset")], sink);
    expect(chosen).toEqual([
      { method: "postDbResetPost", fn: "postDbResetPost" },
      { method: "postDbReset", fn: "postDbReset" },
    ]);
    expect(sink.items).toEqual([expect.objectContaining({ code: "operation-name-derived", pointer: "#/paths/~1db~1reset/post", severity: "warning" })]);
  });

  it("a short name meeting a configured one reverts; the configured one stays", () => {
    const rows: NameRow[] = [["sources_add_create", "sources", "POST"], ["sources_plus_create", "sources", "POST"], ["sources_list", "sources", "GET"]];
    expect(namesOf(rows, { sources_plus_create: "add" })).toEqual(["addCreate sourcesAddCreate", "add sourcesAdd", "list sourcesList"]);
  });
});

describe("words / camelCase / pascalCase", () => {
  it.each<[string, string[], string, string]>([
    ["sources_partial_update", ["sources", "partial", "update"], "sourcesPartialUpdate", "SourcesPartialUpdate"],
    ["knowledge-base", ["knowledge", "base"], "knowledgeBase", "KnowledgeBase"],
    ["getJWKS", ["get", "JWKS"], "getJWKS", "GetJWKS"],
    ["HTTPServer", ["HTTP", "Server"], "httpServer", "HTTPServer"],
    ["STS", ["STS"], "sts", "STS"],
    ["v2 items.list", ["v", "2", "items", "list"], "v2ItemsList", "V2ItemsList"],
    ["__proto__", ["proto"], "proto", "Proto"],
    ["", [], "", ""],
  ])("%j", (given, w, camel, pascal) => {
    expect(words(given)).toEqual(w);
    expect(camelCase(given)).toBe(camel);
    expect(pascalCase(given)).toBe(pascal);
  });
});

describe("reserved and unsafe names", () => {
  it.each([
    // [operationId, tag, method, function]: members may be reserved words, bindings may not
    ["default", "x", "default", "default_"],
    ["class", "x", "class", "class_"],
    ["delete", "x", "delete", "delete_"],
    ["new", "x", "new", "new_"],
    ["await", "x", "await", "await_"],
    ["get", "x", "get", "get_"],
    ["type", "x", "type", "type_"],
    ["x_get", "x", "get", "xGet"],
    ["x_delete", "x", "delete", "xDelete"],
    ["x_new", "x", "new", "xNew"],
    ["x_default", "x", "default", "xDefault"],
    ["x_type", "x", "type", "xType"],
    ["pulls/get", "pulls", "get", "pullsGet"],
    ["repos/delete", "repos", "delete", "reposDelete"],
    ["2fa_verify", "auth", "_2FaVerify", "_2FaVerify"],
    ["auth_2fa", "auth", "_2Fa", "auth2Fa"],
    // Names that would replace the object's own behaviour are escaped as members and as bindings.
    ["constructor", "x", "constructor_", "constructor_"],
    ["x_constructor", "x", "constructor_", "xConstructor"],
    ["then", "x", "then_", "then_"],
    ["x_then", "x", "then_", "xThen"],
    ["prototype", "x", "prototype_", "prototype_"],
    ["x_prototype", "x", "prototype_", "xPrototype"],
    ["x_to_string", "x", "toString_", "xToString"],
    ["toString", "x", "toString_", "toString_"],
    ["x_value_of", "x", "valueOf_", "xValueOf"],
    ["x_has_own_property", "x", "hasOwnProperty_", "xHasOwnProperty"],
    ["__proto__", "x", "proto", "proto"],
    ["x___proto__", "x", "proto", "xProto"],
    ["sources", "sources", "sources", "sources"],
    ["", "x", "_", "operation"],
  ])("operationId %j on %j -> method %j, function %j", (operationId, tag, method, fn) => {
    expect(methodName(operationId, tag)).toBe(method);
    expect(functionName(operationId)).toBe(fn);
  });

  it.each([
    ["default", "default_"],
    ["string", "string_"],
    ["type", "type_"],
    ["1st", "_1st"],
    ["", "_"],
    ["ok", "ok"],
  ])("safeIdentifier(%j) -> %j", (given, want) => {
    expect(safeIdentifier(given)).toBe(want);
  });
});

describe("argumentName", () => {
  it.each([
    ["source_id", "sourceId"],
    ["thread_id", "threadId"],
    ["id", "id"],
    ["pk", "pk"],
    ["body", "body_"],
    ["options", "options_"],
    ["client", "client_"],
    ["params", "params_"],
    ["class", "class_"],
    ["let", "let_"],
    ["undefined", "undefined_"],
    // Names TypeScript reserves for types only are fine as parameters.
    ["type", "type"],
    ["number", "number"],
    ["of", "of"],
    ["X-Request-ID", "xRequestID"],
    ["2nd", "_2Nd"],
    ["--", "param"],
  ])("%j -> %j", (wire, want) => {
    expect(argumentName(wire)).toBe(want);
  });
});

describe("typeName, guardName, assertName", () => {
  it.each([
    ["Connection", "Connection"],
    ["AddConnectionRequestRequest", "AddConnectionRequestRequest"],
    ["my-type", "MyType"],
    ["my.type.v2", "MyTypeV2"],
    ["Blob", "BlobSchema"],
    ["Promise", "PromiseSchema"],
    ["Response", "ResponseSchema"],
    ["Record", "RecordSchema"],
    ["APIError", "APIErrorSchema"],
    ["NotFoundError", "NotFoundErrorSchema"],
    ["ValidationError", "ValidationErrorSchema"],
    ["default", "default_"],
    ["string", "string_"],
    ["123abc", "_123Abc"],
    ["---", "Schema"],
  ])("typeName(%j) -> %j", (given, want) => {
    expect(typeName(given)).toBe(want);
  });

  it.each([
    ["Connection", "isConnection", "assertConnection"],
    ["default_", "isDefault_", "assertDefault_"],
    ["foo", "isFoo", "assertFoo"],
  ])("%j -> %j / %j", (type, guard, assert) => {
    expect(guardName(type)).toBe(guard);
    expect(assertName(type)).toBe(assert);
  });
});

describe("resources", () => {
  it.each([
    ["sources", "sources", "SourcesResource"],
    ["knowledge-base", "knowledgeBase", "KnowledgeBaseResource"],
    ["reference-queries", "referenceQueries", "ReferenceQueriesResource"],
    ["ask_camel", "askCamel", "AskCamelResource"],
    ["STS", "sts", "STSResource"],
    ["constructor", "constructor_", "ConstructorResource"],
    ["then", "then_", "ThenResource"],
    // The client's internals are #private or static: only withOptions is taken.
    ["request", "request", "RequestResource"],
    ["timeout", "timeout", "TimeoutResource"],
    ["baseURL", "baseURL", "BaseURLResource"],
    ["max_retries", "maxRetries", "MaxRetriesResource"],
    ["with-options", "withOptions_", "WithOptionsResource"],
    ["", "root", "RootResource"],
    ["2fa", "_2Fa", "_2FaResource"],
  ])("tag %j -> client.%s, class %s", (tag, property, className) => {
    expect(resourceProperty(tag)).toBe(property);
    expect(resourceClassName(tag)).toBe(className);
  });
});

describe("resourceFileNames", () => {
  it.each([
    [["knowledgeBase", "sources"], ["knowledge-base", "sources"]],
    [["sts", "getJWKS"], ["sts", "get-jwks"]],
    [["_2Fa", "root"], ["2-fa", "root"]],
    [["obtenirÉlément", "名前"], ["obtenir-élément", "名前"]],
    // Equal but for case: one file system may hold only one of them.
    [["fooBar", "fooBAR", "fooBar2"], ["foo-bar", "foo-bar-2", "foo-bar-2-2"]],
    // Windows device names are not usable as file names, with any extension (`com1` splits into two words).
    [["con", "aux", "nul", "prn", "com1", "console"], ["_con", "_aux", "_nul", "_prn", "com-1", "console"]],
    [["a".repeat(100), `${"a".repeat(80)}B`, `${"a".repeat(79)}B`], ["a".repeat(80), `${"a".repeat(80)}-2`, "a".repeat(79)]],
  ])("%j -> %j", (properties, files) => {
    expect(resourceFileNames(properties)).toEqual(files);
  });
});

describe("derivedOperationId", () => {
  it.each([
    ["GET", "/users/{id}", "get_users_id"],
    ["POST", "/api/v1/sources/add/", "post_api_v_1_sources_add"],
    ["DELETE", "/", "delete"],
    ["QUERY", "/pets/search", "query_pets_search"],
    ["COPY", "/files/{path}", "copy_files_path"],
    ["M-SEARCH", "/devices", "m_search_devices"],
  ])("%s %s -> %s", (method, path, want) => {
    expect(derivedOperationId(method, path)).toBe(want);
  });
});

describe("methodWord", () => {
  it.each([
    ["GET", "Get"],
    ["QUERY", "Query"],
    ["COPY", "Copy"],
    ["M-SEARCH", "MSearch"],
    ["x.y", "XY"],
    ["propFind", "PropFind"],
    ["!", "Method"],
  ])("%s -> %s", (method, want) => {
    expect(methodWord(method)).toBe(want);
  });
});

describe("clientName and apiKeyEnvVar", () => {
  it.each([
    ["camelAI API", "CamelAI", "CAMELAI_API_KEY"],
    ["Swagger Petstore", "SwaggerPetstore", "SWAGGERPETSTORE_API_KEY"],
    ["GitHub v3 REST API", "GitHubV3", "GITHUBV3_API_KEY"],
    ["API", "Client", "CLIENT_API_KEY"],
    ["", "Client", "CLIENT_API_KEY"],
    ["blob", "BlobSchema", "BLOBSCHEMA_API_KEY"],
    ["GitHub's official OpenAPI spec + Octokit extension", "GitHub", "GITHUB_API_KEY"],
    ["The Jira Cloud platform REST API", "JiraCloudPlatform", "JIRACLOUDPLATFORM_API_KEY"],
    ["The API", "The", "THE_API_KEY"],
    ["Theta API", "Theta", "THETA_API_KEY"],
    ["Crediwatch’s Covid APIs", "CrediwatchCovid", "CREDIWATCHCOVID_API_KEY"],
    ["Visma e-conomic OpenAPI", "VismaEConomic", "VISMAECONOMIC_API_KEY"],
    ["Airflow API (Stable)", "Airflow", "AIRFLOW_API_KEY"],
    ["Api2Pdf - PDF Generation", "Api2PdfPDFGeneration", "API2PDFPDFGENERATION_API_KEY"],
    ["APIs.guru", "APIsGuru", "APISGURU_API_KEY"],
    ["AmazonApiGatewayManagementApi", "AmazonApiGatewayManagement", "AMAZONAPIGATEWAYMANAGEMENT_API_KEY"],
    ["Reisezentren-API", "Reisezentren", "REISEZENTREN_API_KEY"],
    ["O'Reilly Media", "OReillyMedia", "OREILLYMEDIA_API_KEY"],
  ])("title %j -> %s, %s", (title, name, envVar) => {
    expect(clientName(title)).toBe(name);
    expect(apiKeyEnvVar(clientName(title))).toBe(envVar);
  });

  it.each([
    ["CamelAI", "CAMELAI_API_KEY"],
    ["My-Client", "MYCLIENT_API_KEY"],
  ])("apiKeyEnvVar(%j) -> %j", (client, want) => {
    expect(apiKeyEnvVar(client)).toBe(want);
  });

  it.each([
    ["CamelAI", "CAMELAI_BASE_URL"],
    ["My-Client", "MYCLIENT_BASE_URL"],
  ])("baseURLEnvVar(%j) -> %j", (client, want) => {
    expect(baseURLEnvVar(client)).toBe(want);
  });
});

describe("the Core class and the validator", () => {
  it.each([
    ["CamelAI", "CamelAICore", "camelAIValidator"],
    ["HootClient", "HootClientCore", "hootClientValidator"],
    ["GitHubV3", "GitHubV3Core", "gitHubV3Validator"],
    ["HTTPBin", "HTTPBinCore", "httpBinValidator"],
  ])("%s -> %s, %s", (client, core, validator) => {
    expect(coreClassName(client)).toBe(core);
    expect(validatorName(client)).toBe(validator);
  });

  it.each([
    ["CamelAICore", [], "Client", "CamelAICore"],
    ["CamelAICore", ["CamelAICore"], "Client", "CamelAICoreClient"],
    ["camelAIValidator", ["camelAIValidator"], "Function", "camelAIValidatorFunction"],
  ])("freeName(%j, %j, %j) -> %j", (wanted, taken, suffix, want) => {
    expect(freeName(wanted, new Set(taken), suffix)).toBe(want);
  });
});
