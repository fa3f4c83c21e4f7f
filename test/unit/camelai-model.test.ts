import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec, type LoadedSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import { ModelError } from "../../src/model/diagnostics.js";
import type { ApiModel, Operation, Schema } from "../../src/model/ir.js";

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/camelai/${name}`, import.meta.url));

const OPERATION_IDS = [
  "getJWKS", "appearance_list", "appearance_create", "appearance_update", "appearance_partial_update", "ask_camel_create",
  "iframe_create_create", "knowledge_base_list", "knowledge_base_create", "knowledge_base_source_retrieve",
  "knowledge_base_retrieve", "knowledge_base_update", "knowledge_base_partial_update", "knowledge_base_destroy",
  "recommendations_create", "reference_queries_list", "reference_queries_create", "reference_queries_source_retrieve",
  "reference_queries_retrieve", "reference_queries_update", "reference_queries_partial_update", "reference_queries_destroy",
  "reference_queries_validate_create", "sources_list", "sources_create", "sources_add_create", "sources_add_bigquery_create",
  "sources_add_clickhouse_create", "sources_add_mongodb_create", "sources_add_motherduck_create", "sources_add_mssql_create",
  "sources_add_mysql_create", "sources_add_postgres_create", "sources_add_singlestore_create", "sources_add_snowflake_create",
  "sources_retrieve", "sources_update", "sources_partial_update", "sources_destroy", "sources_update_config_partial_update",
  "threads_list", "threads_retrieve", "threads_update", "threads_partial_update", "threads_destroy",
  "threads_messages_retrieve", "token_create",
];

const DESTROY = "#/paths/~1api~1v1~1sources~1{id}~1/delete";
const UPDATE_CONFIG = "#/paths/~1api~1v1~1sources~1{id}~1update-config~1/patch";

let loaded: LoadedSpec;
let model: ApiModel;
const operations = (): Operation[] => model.resources.flatMap((r) => r.operations);
const op = (id: string): Operation => {
  const found = operations().find((o) => o.operationId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const typeSchema = (name: string): Schema => {
  const found = model.types.find((t) => t.name === name);
  if (!found) throw new Error(`no type ${name}`);
  return found.schema;
};
const property = (schema: Schema, wireName: string) => (schema.kind === "object" ? schema.properties.find((p) => p.wireName === wireName) : undefined);

beforeAll(async () => {
  loaded = await loadSpec(fixture("openapi.yaml"));
  model = buildModel(loaded.document);
});

describe("camelAI openapi.yaml -> model", () => {
  it("loads without validation diagnostics", () => {
    expect(loaded.diagnostics).toEqual([]);
    expect(loaded.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("has exactly 47 operations, each operationId once", () => {
    const ids = operations().map((o) => o.operationId);
    expect(ids).toHaveLength(47);
    expect([...ids].sort()).toEqual([...OPERATION_IDS].sort());
  });

  it("has exactly the three known warnings", () => {
    const got = model.diagnostics.map((d) => [d.severity, d.code, d.pointer]);
    expect(got).toHaveLength(3);
    expect(got).toEqual(
      expect.arrayContaining([
        ["warning", "path-param-not-in-template", `${DESTROY}/parameters/1`],
        ["warning", "path-param-not-in-template", `${UPDATE_CONFIG}/parameters/1`],
        ["warning", "body-on-empty-status", `${DESTROY}/responses/204/content`],
      ]),
    );
  });

  it.each([
    ["sources_update_config_partial_update", ["id"]],
    ["sources_destroy", ["id"]],
    ["threads_messages_retrieve", ["thread_id"]],
    ["knowledge_base_source_retrieve", ["source_id"]],
    ["sources_list", []],
  ])("%s has pathParams %j", (id, names) => {
    expect(op(id).pathParams.map((p) => p.wireName)).toEqual(names);
    expect(op(id).params.some((p) => p.wireName === "pk")).toBe(false);
  });

  it.each([
    ["sources_partial_update", "sources", "partialUpdate", "sourcesPartialUpdate"],
    ["sources_update_config_partial_update", "sources", "updateConfig", "sourcesUpdateConfig"],
    ["iframe_create_create", "iframe", "create", "iframeCreate"],
    ["token_create", "sts", "token", "stsToken"],
    ["getJWKS", "sts", "getJWKS", "getJWKS"],
    ["knowledge_base_list", "knowledgeBase", "list", "knowledgeBaseList"],
  ])("%s -> client.%s.%s / %s", (id, resource, method, fn) => {
    const owner = model.resources.find((r) => r.operations.some((o) => o.operationId === id));
    expect([owner?.property, op(id).method, op(id).fnName]).toEqual([resource, method, fn]);
  });

  it("sources_destroy's 204 has no schema", () => {
    expect(op("sources_destroy").success).toEqual([{ status: "204", kind: "empty" }]);
  });

  it("Connection: account_name maxLength 255 and the 18-value type enum", () => {
    const connection = typeSchema("Connection");
    expect(property(connection, "account_name")).toMatchObject({ required: true, schema: { kind: "string", maxLength: 255 } });
    const type = property(connection, "type")?.schema;
    expect(type?.kind).toBe("enum");
    const values = type?.kind === "enum" ? type.values : [];
    expect(values).toHaveLength(18);
    expect(values).toEqual(expect.arrayContaining(["SUPABASE", "DATABRICKS", "FILE", "MCP", "CSV", "EXCEL", "SQLITE", "GOOGLE_SHEETS"]));
  });

  it.each(["ReferenceQueryModel", "ReferenceQueryModelRequest", "PatchedReferenceQueryModelRequest"])(
    "%s.source_type is USER|AI|TABLE|''|null",
    (name) => {
      expect(property(typeSchema(name), "source_type")?.schema).toEqual({ kind: "enum", values: ["USER", "AI", "TABLE", "", null] });
    },
  );

  it.each([
    ["Message", "content"],
    ["Message", "metadata"],
    ["AskCamelResponse", "message"],
    ["BigQueryConnectionRequest", "service_account_key"],
  ])("untyped %s.%s is unknown", (name, wireName) => {
    expect(property(typeSchema(name), wireName)?.schema).toEqual({ kind: "unknown" });
  });

  it.each([
    ["threads_list", [["ApiKeyAuth"], []]],
    ["getJWKS", [["BearerAuth"], ["ApiKeyAuth"], []]],
    ["sources_partial_update", [["ApiKeyAuth"]]],
  ])("%s security %j", (id, want) => {
    expect(op(id).security).toEqual(want);
  });

  it("client name and API key variable", () => {
    expect([model.clientName, model.apiKeyEnvVar]).toEqual(["CamelAI", "CAMELAI_API_KEY"]);
  });
});

describe("camelAI variants", () => {
  it("openapi.strict-valid.yaml has no path-param warnings and builds in strict mode", async () => {
    const strictValid = await loadSpec(fixture("openapi.strict-valid.yaml"));
    const built = buildModel(strictValid.document);
    expect(built.diagnostics.filter((d) => d.code === "path-param-not-in-template")).toEqual([]);
    expect(built.diagnostics.map((d) => d.code)).toEqual(["body-on-empty-status"]);
    expect(built.resources.flatMap((r) => r.operations)).toHaveLength(47);
  });

  it("strict mode on openapi.yaml throws naming the pk pointers", () => {
    let thrown: unknown;
    try {
      buildModel(loaded.document, { strict: true });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ModelError);
    const error = thrown as ModelError;
    expect(error.message).toContain(`${UPDATE_CONFIG}/parameters/1`);
    expect(error.message).toContain(`${DESTROY}/parameters/1`);
    expect(error.diagnostics.every((d) => d.severity === "error")).toBe(true);
    expect(error.diagnostics).toHaveLength(3);
  });

  it("buildModel does not mutate the loaded document", () => {
    const before = JSON.stringify(loaded.document);
    buildModel(loaded.document);
    expect(JSON.stringify(loaded.document)).toBe(before);
  });
});
