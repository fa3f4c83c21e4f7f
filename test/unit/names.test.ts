import { describe, expect, it } from "vitest";
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
  pascalCase,
  resourceClassName,
  resourceFileNames,
  resourceProperty,
  safeIdentifier,
  typeName,
  validatorName,
  words,
} from "../../src/model/names.js";

/** All 47 camelAI operations: [operationId, first tag, method, function]. */
const CAMELAI_OPERATIONS: [string, string, string, string][] = [
  ["getJWKS", "STS", "getJWKS", "getJWKS"],
  ["token_create", "STS", "tokenCreate", "tokenCreate"],
  ["appearance_list", "appearance", "list", "appearanceList"],
  ["appearance_create", "appearance", "create", "appearanceCreate"],
  ["appearance_update", "appearance", "update", "appearanceUpdate"],
  ["appearance_partial_update", "appearance", "partialUpdate", "appearancePartialUpdate"],
  ["ask_camel_create", "ask_camel", "create", "askCamelCreate"],
  ["iframe_create_create", "iframe", "createCreate", "iframeCreateCreate"],
  ["knowledge_base_list", "knowledge-base", "list", "knowledgeBaseList"],
  ["knowledge_base_create", "knowledge-base", "create", "knowledgeBaseCreate"],
  ["knowledge_base_source_retrieve", "knowledge-base", "sourceRetrieve", "knowledgeBaseSourceRetrieve"],
  ["knowledge_base_retrieve", "knowledge-base", "retrieve", "knowledgeBaseRetrieve"],
  ["knowledge_base_update", "knowledge-base", "update", "knowledgeBaseUpdate"],
  ["knowledge_base_partial_update", "knowledge-base", "partialUpdate", "knowledgeBasePartialUpdate"],
  ["knowledge_base_destroy", "knowledge-base", "destroy", "knowledgeBaseDestroy"],
  ["recommendations_create", "recommendations", "create", "recommendationsCreate"],
  ["reference_queries_list", "reference-queries", "list", "referenceQueriesList"],
  ["reference_queries_create", "reference-queries", "create", "referenceQueriesCreate"],
  ["reference_queries_source_retrieve", "reference-queries", "sourceRetrieve", "referenceQueriesSourceRetrieve"],
  ["reference_queries_retrieve", "reference-queries", "retrieve", "referenceQueriesRetrieve"],
  ["reference_queries_update", "reference-queries", "update", "referenceQueriesUpdate"],
  ["reference_queries_partial_update", "reference-queries", "partialUpdate", "referenceQueriesPartialUpdate"],
  ["reference_queries_destroy", "reference-queries", "destroy", "referenceQueriesDestroy"],
  ["reference_queries_validate_create", "reference-queries", "validateCreate", "referenceQueriesValidateCreate"],
  ["sources_list", "sources", "list", "sourcesList"],
  ["sources_create", "sources", "create", "sourcesCreate"],
  ["sources_add_create", "sources", "addCreate", "sourcesAddCreate"],
  ["sources_add_bigquery_create", "sources", "addBigqueryCreate", "sourcesAddBigqueryCreate"],
  ["sources_add_clickhouse_create", "sources", "addClickhouseCreate", "sourcesAddClickhouseCreate"],
  ["sources_add_mongodb_create", "sources", "addMongodbCreate", "sourcesAddMongodbCreate"],
  ["sources_add_motherduck_create", "sources", "addMotherduckCreate", "sourcesAddMotherduckCreate"],
  ["sources_add_mssql_create", "sources", "addMssqlCreate", "sourcesAddMssqlCreate"],
  ["sources_add_mysql_create", "sources", "addMysqlCreate", "sourcesAddMysqlCreate"],
  ["sources_add_postgres_create", "sources", "addPostgresCreate", "sourcesAddPostgresCreate"],
  ["sources_add_singlestore_create", "sources", "addSinglestoreCreate", "sourcesAddSinglestoreCreate"],
  ["sources_add_snowflake_create", "sources", "addSnowflakeCreate", "sourcesAddSnowflakeCreate"],
  ["sources_retrieve", "sources", "retrieve", "sourcesRetrieve"],
  ["sources_update", "sources", "update", "sourcesUpdate"],
  ["sources_partial_update", "sources", "partialUpdate", "sourcesPartialUpdate"],
  ["sources_destroy", "sources", "destroy", "sourcesDestroy"],
  ["sources_update_config_partial_update", "sources", "updateConfigPartialUpdate", "sourcesUpdateConfigPartialUpdate"],
  ["threads_list", "threads", "list", "threadsList"],
  ["threads_retrieve", "threads", "retrieve", "threadsRetrieve"],
  ["threads_update", "threads", "update", "threadsUpdate"],
  ["threads_partial_update", "threads", "partialUpdate", "threadsPartialUpdate"],
  ["threads_destroy", "threads", "destroy", "threadsDestroy"],
  ["threads_messages_retrieve", "threads", "messagesRetrieve", "threadsMessagesRetrieve"],
];

describe("camelAI operationIds", () => {
  it("covers 47 distinct operationIds", () => {
    expect(new Set(CAMELAI_OPERATIONS.map(([id]) => id)).size).toBe(47);
  });

  it.each(CAMELAI_OPERATIONS)("%s on tag %s -> method %s, function %s", (operationId, tag, method, fn) => {
    expect(methodName(operationId, tag)).toBe(method);
    expect(functionName(operationId)).toBe(fn);
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
    // [operationId, tag, method, function]
    ["default", "x", "default_", "default_"],
    ["class", "x", "class_", "class_"],
    ["delete", "x", "delete_", "delete_"],
    ["new", "x", "new_", "new_"],
    ["await", "x", "await_", "await_"],
    ["x_delete", "x", "delete_", "xDelete"],
    ["x_new", "x", "new_", "xNew"],
    ["2fa_verify", "auth", "_2FaVerify", "_2FaVerify"],
    ["auth_2fa", "auth", "_2Fa", "auth2Fa"],
    ["constructor", "x", "constructor_", "constructor_"],
    ["x_constructor", "x", "constructor_", "xConstructor"],
    ["then", "x", "then_", "then_"],
    ["x_then", "x", "then_", "xThen"],
    ["x_prototype", "x", "prototype_", "xPrototype"],
    ["__proto__", "x", "proto", "proto"],
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
  ])("%s %s -> %s", (method, path, want) => {
    expect(derivedOperationId(method, path)).toBe(want);
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
