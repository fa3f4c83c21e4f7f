import { describe, expectTypeOf, test } from "vitest";
import CamelAI, {
  APIError,
  BadRequestError,
  InternalServerError,
  MissingCredentialError,
  RateLimitError,
  CamelAICore,
  camelAIValidator,
  clientLogging,
  NotFoundError,
  assertConnection,
  isConnection,
  sourcesAddBigquery,
  sourcesPartialUpdate,
  sourcesUpdateConfig,
  stsToken,
  type APIClient,
  type APIPromise,
  type BigQueryConnectionRequest,
  type APIResult,
  type ChatRecommendationsResponse,
  type NotFoundResponseRetrieve,
  type PaginatedConnectionList,
  type RecommendationsAccessDeniedResponse,
  type RecommendationsErrorResponse,
  type RecommendationsNotFoundResponse,
  type ClickHouseConnectionRequest,
  type Connection,
  type ConnectionRequest,
  type NotFoundResponsePartialUpdate,
  type SourcesDestroyError404,
  type OrgAppearanceConfigRequest,
  type PatchedSourceConfigUpdateRequest,
  type PatchedSourcePartialUpdateRequest,
  type PostgresConnectionRequest,
  type RequestOptions,
  type SourcesAddBigqueryCreateResponse,
  type SourcesUpdateConfigPartialUpdateResponse,
  type STSTokenResponse,
  type ThreadMessagesResponse,
  type ThreadRenameRequest,
  type ValidationIssue,
  type Validator,
  type WithResponse,
} from "../../generated/camelai/index.js";

// Type tests are compiled, never run: nothing here sends a request.
const client = new CamelAI({ apiKey: "sk-test" });

type PartialUpdatePromise = APIPromise<
  Connection,
  { 404: NotFoundResponsePartialUpdate }
>;

describe("return types", () => {
  test("sources.partialUpdate returns APIPromise<Connection, its error bodies>", () => {
    expectTypeOf(
      client.sources.partialUpdate("42", { account_name: "Prod" }),
    ).toEqualTypeOf<PartialUpdatePromise>();
    expectTypeOf(client.sources.partialUpdate).returns.toEqualTypeOf<
      PartialUpdatePromise
    >();
    expectTypeOf(
      client.sources.partialUpdate("42"),
    ).resolves.toEqualTypeOf<Connection>();
    expectTypeOf(client.sources.partialUpdate("42")).not.toEqualTypeOf<
      APIPromise<unknown>
    >();
  });

  test("the flat function returns the same type as the method", () => {
    expectTypeOf(
      sourcesPartialUpdate(client, "42", { account_name: "Prod" }),
    ).toEqualTypeOf<PartialUpdatePromise>();
    expectTypeOf(sourcesPartialUpdate).parameters.toEqualTypeOf<
      [APIClient, string, PatchedSourcePartialUpdateRequest?, RequestOptions?]
    >();
  });

  test(".withResponse() resolves to { data, response }", () => {
    expectTypeOf(
      client.sources.retrieve("1").withResponse(),
    ).resolves.toEqualTypeOf<WithResponse<Connection>>();
    expectTypeOf<WithResponse<Connection>>().toEqualTypeOf<{
      data: Connection;
      response: Response;
    }>();
  });

  test("204 operations resolve to void; the response fields are typed", async () => {
    expectTypeOf(client.sources.destroy("42")).toEqualTypeOf<
      APIPromise<void, { 404: SourcesDestroyError404 }>
    >();
    const connection = await client.sources.retrieve("42");
    expectTypeOf(connection.id).toEqualTypeOf<number>();
    expectTypeOf(connection.type).toExtend<string>();
    expectTypeOf(connection.type).extract<"ORACLE">().toBeNever();
    expectTypeOf(connection.type)
      .extract<"DATABRICKS">()
      .toEqualTypeOf<"DATABRICKS">();
    // @ts-expect-error Connection has no such field
    void connection.hostname;
  });

  test("error classes are APIError subclasses", () => {
    expectTypeOf<NotFoundError>().toExtend<APIError>();
    expectTypeOf<NotFoundError["status"]>().toEqualTypeOf<404>();
  });
});

describe("typed errors", () => {
  test("instanceof gives the class's literal status and an unknown body, never any", () => {
    const error: unknown = new Error("x");
    if (error instanceof NotFoundError) {
      expectTypeOf(error.status).toEqualTypeOf<404>();
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
    }
    if (error instanceof APIError) {
      expectTypeOf(error.status).toEqualTypeOf<number | undefined>();
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
    }
    expectTypeOf<BadRequestError["status"]>().toEqualTypeOf<400>();
    expectTypeOf<RateLimitError["status"]>().toEqualTypeOf<429>();
    expectTypeOf<InternalServerError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<ReturnType<NotFoundError["toJSON"]>>().toEqualTypeOf<
      Record<string, unknown>
    >();
    expectTypeOf<MissingCredentialError>().not.toExtend<APIError>();
  });
});

describe(".result()", () => {
  const call = () => client.recommendations.create({});

  test("narrows by status to each declared error body, and to data on ok", async () => {
    const result = await call().result();
    expectTypeOf(result).toEqualTypeOf<
      APIResult<
        ChatRecommendationsResponse,
        {
          400: RecommendationsErrorResponse;
          403: RecommendationsAccessDeniedResponse;
          404: RecommendationsNotFoundResponse;
        }
      >
    >();
    if (result.ok) {
      expectTypeOf(result.data).toEqualTypeOf<ChatRecommendationsResponse>();
      expectTypeOf(result.response).toEqualTypeOf<Response>();
      // @ts-expect-error a success has no error
      void result.error;
    } else if (result.status === 400) {
      expectTypeOf(result.error).toEqualTypeOf<RecommendationsErrorResponse>();
      // @ts-expect-error an error response has no data
      void result.data;
    } else if (result.status === 403) {
      expectTypeOf(
        result.error,
      ).toEqualTypeOf<RecommendationsAccessDeniedResponse>();
    } else if (result.status === 404) {
      expectTypeOf(result.error).toEqualTypeOf<RecommendationsNotFoundResponse>();
    } else {
      expectTypeOf(result.error).toEqualTypeOf<unknown>();
      expectTypeOf(result.status).extract<400 | 403 | 404>().toBeNever();
      expectTypeOf(result.status).extract<500>().toEqualTypeOf<500>();
      expectTypeOf(result.status).extract<418>().toEqualTypeOf<418>();
      expectTypeOf(result.status).extract<200 | 204>().toBeNever();
      expectTypeOf(result.status).extract<304>().toEqualTypeOf<304>();
    }
  });

  test("`!r.ok && r.status === 404` is the 404 body; the catch-all's body is unknown", async () => {
    const r = await client.sources.retrieve("1").result();
    if (!r.ok && r.status === 404)
      expectTypeOf(r.error).toEqualTypeOf<NotFoundResponseRetrieve>();
    if (!r.ok && r.status === 500) expectTypeOf(r.error).toEqualTypeOf<unknown>();
    if (!r.ok) expectTypeOf(r.error).toEqualTypeOf<unknown>();
    if (r.ok) expectTypeOf(r.data).toEqualTypeOf<Connection>();
  });

  test("the first page of a list has it too; an operation without declared errors has only the catch-all", async () => {
    const r = await client.sources.list().result();
    if (r.ok) expectTypeOf(r.data).toEqualTypeOf<PaginatedConnectionList>();
    else {
      expectTypeOf(r.error).toEqualTypeOf<unknown>();
      expectTypeOf(r.status).extract<404>().toEqualTypeOf<404>();
    }
  });

  test("an annotation without the error map still accepts the call", () => {
    expectTypeOf(client.sources.retrieve("1")).toExtend<APIPromise<Connection>>();
  });
});

describe("method names", () => {
  test("drf-spectacular custom actions drop their action suffix; the old names do not compile", () => {
    expectTypeOf(client.sources.updateConfig("42", { port: 5432 })).toExtend<APIPromise<SourcesUpdateConfigPartialUpdateResponse>>();
    expectTypeOf(client.sources.addBigquery({ type: "BIGQUERY", service_account_key: {} })).toExtend<
      APIPromise<SourcesAddBigqueryCreateResponse>
    >();
    expectTypeOf(client.iframe.create).toBeFunction();
    expectTypeOf(client.referenceQueries.validate).toBeFunction();
    expectTypeOf(client.threads.messages(7)).toExtend<APIPromise<ThreadMessagesResponse>>();
    expectTypeOf(client.sts.token({ uid: "u" })).toExtend<APIPromise<STSTokenResponse>>();
    expectTypeOf(sourcesAddBigquery).parameters.toEqualTypeOf<[APIClient, BigQueryConnectionRequest, RequestOptions?]>();
    expectTypeOf(stsToken).returns.toExtend<APIPromise<STSTokenResponse>>();
    // @ts-expect-error the suffixed name is gone
    void client.sources.updateConfigPartialUpdate("42");
    // @ts-expect-error the suffixed name is gone
    void client.sources.addBigqueryCreate({ type: "BIGQUERY", service_account_key: {} });
    // @ts-expect-error the suffixed name is gone
    void client.iframe.createCreate;
    // @ts-expect-error the suffixed name is gone
    void client.sts.tokenCreate;
  });

  test("standard actions keep their names", () => {
    expectTypeOf(client.sources.partialUpdate).toBeFunction();
    expectTypeOf(client.sources.retrieve).toBeFunction();
    expectTypeOf(client.sources.destroy).toBeFunction();
    expectTypeOf(client.knowledgeBase.list).toBeFunction();
  });
});

describe("request bodies", () => {
  test("wrong field types are compile errors", () => {
    // @ts-expect-error account_name is a string
    void client.sources.partialUpdate("42", { account_name: 42 });
    // @ts-expect-error port is a number
    void client.sources.updateConfig("42", { port: "5432" });
    void client.sources.updateConfig("42", {
      // @ts-expect-error selected_schemas is a string array
      selected_schemas: "public",
    });
    // @ts-expect-error account_name is required by PUT
    void client.sources.update("42", {});
    void client.sources.update("42", { account_name: "Prod" });
  });

  test("unknown fields are compile errors", () => {
    // @ts-expect-error not a field of PatchedSourcePartialUpdateRequest
    void client.sources.partialUpdate("42", { acount_name: "typo" });
  });

  test("unknown enum values are compile errors", () => {
    void client.sources.add({ account_name: "Prod", type: "POSTGRES" });
    // @ts-expect-error ORACLE is not a connection type
    void client.sources.add({ account_name: "Prod", type: "ORACLE" });
    // @ts-expect-error DATABRICKS is a Connection type but not a ConnectionRequest type
    void client.sources.add({ account_name: "Prod", type: "DATABRICKS" });
    void client.appearance.partialUpdate("1", { theme_mode: "dark" });
    // @ts-expect-error theme_mode is light | dark | both
    void client.appearance.partialUpdate("1", { theme_mode: "sepia" });
    expectTypeOf<ConnectionRequest["type"]>()
      .extract<"DATABRICKS">()
      .toBeNever();
    expectTypeOf<Connection["type"]>()
      .extract<"DATABRICKS">()
      .toEqualTypeOf<"DATABRICKS">();
  });

  test("readOnly fields are not accepted in request bodies", () => {
    void client.sources.add({
      account_name: "Prod",
      type: "POSTGRES",
      // @ts-expect-error id is readOnly in Connection
      id: 1,
    });
    void client.sources.add({
      account_name: "Prod",
      type: "POSTGRES",
      // @ts-expect-error created_at is readOnly in Connection
      created_at: "2024-01-01T00:00:00Z",
    });
    void client.sources.add({
      account_name: "Prod",
      type: "POSTGRES",
      // @ts-expect-error is_fully_configured is readOnly in Connection
      is_fully_configured: true,
    });
    void client.appearance.create({ name: "Theme" });
    // @ts-expect-error is_default is readOnly in OrgAppearanceConfig
    void client.appearance.create({ name: "Theme", is_default: "yes" });
    expectTypeOf<Connection>().toHaveProperty("id");
    expectTypeOf<Connection>().toHaveProperty("created_at");
    expectTypeOf<ConnectionRequest>().not.toHaveProperty("id");
    expectTypeOf<ConnectionRequest>().not.toHaveProperty("created_at");
    expectTypeOf<ConnectionRequest>().not.toHaveProperty("is_fully_configured");
    expectTypeOf<OrgAppearanceConfigRequest>().not.toHaveProperty(
      "custom_css_vars",
    );
    expectTypeOf<OrgAppearanceConfigRequest>().not.toHaveProperty("created_at");
    expectTypeOf<ThreadRenameRequest>().not.toHaveProperty("id");
  });

  test("writeOnly fields stay in request bodies", () => {
    expectTypeOf<ClickHouseConnectionRequest>()
      .toHaveProperty("password")
      .toEqualTypeOf<string>();
    expectTypeOf<PostgresConnectionRequest>().toHaveProperty("password");
    void client.sources.addClickhouse({
      type: "CLICKHOUSE",
      host: "h",
      username: "u",
      password: "p",
    });
    // @ts-expect-error password is required (and writeOnly) in ClickHouseConnectionRequest
    void client.sources.addClickhouse({
      type: "CLICKHOUSE",
      host: "h",
      username: "u",
    });
  });
});

describe("path parameters", () => {
  test("a missing path id is a compile error", () => {
    // @ts-expect-error id is required
    void client.sources.partialUpdate();
    // @ts-expect-error id is required
    void client.sources.retrieve();
    // @ts-expect-error id is required
    void client.sources.destroy();
    // @ts-expect-error id is a string in the schema
    void client.sources.retrieve(42);
  });

  test("updateConfig takes exactly (id, body?, options?): the stray pk is gone", () => {
    expectTypeOf(
      client.sources.updateConfig,
    ).parameters.toEqualTypeOf<
      [string, PatchedSourceConfigUpdateRequest?, RequestOptions?]
    >();
    expectTypeOf(sourcesUpdateConfig).parameters.toEqualTypeOf<
      [APIClient, string, PatchedSourceConfigUpdateRequest?, RequestOptions?]
    >();
    void client.sources.updateConfig("42");
    void client.sources.updateConfig(
      "42",
      { hostname: "db.example" },
      { timeout: 1000 },
    );
    // @ts-expect-error no pk argument between id and body
    void client.sources.updateConfig("42", 7, {
      hostname: "db.example",
    });
    // @ts-expect-error at most three arguments
    void client.sources.updateConfig("42", {}, {}, {});
    // @ts-expect-error pk is not a body field either
    void client.sources.updateConfig("42", { pk: 7 });
  });
});

describe("query parameters and options", () => {
  test("list parameters are typed", () => {
    void client.sources.list({ page: 2, page_size: 10 });
    void client.sources.list();
    // @ts-expect-error page is a number
    void client.sources.list({ page: "2" });
    // @ts-expect-error no such parameter
    void client.sources.list({ limit: 10 });
  });

  test("client and request options are typed", () => {
    void new CamelAI({ validate: "throw", validator: camelAIValidator, maxRetries: 1, timeout: 5000 });
    // @ts-expect-error validate is off | warn | throw
    void new CamelAI({ validate: "always" });
    // @ts-expect-error timeout is milliseconds as a number
    void client.sources.retrieve("1", { timeout: "5s" });
  });
});

describe("guards", () => {
  test("isConnection narrows unknown to Connection", () => {
    expectTypeOf(isConnection).guards.toEqualTypeOf<Connection>();
    const value: unknown = JSON.parse("{}");
    if (isConnection(value)) expectTypeOf(value).toEqualTypeOf<Connection>();
    else expectTypeOf(value).toEqualTypeOf<unknown>();
  });

  test("assertConnection asserts Connection", () => {
    expectTypeOf(assertConnection).asserts.toEqualTypeOf<Connection>();
    const value: unknown = JSON.parse("{}");
    assertConnection(value);
    expectTypeOf(value).toEqualTypeOf<Connection>();
  });
});

describe("the Core", () => {
  test("every flat function takes a CamelAICore, and CamelAI is one", () => {
    const core = new CamelAICore({ apiKey: "sk-test" });
    expectTypeOf(
      sourcesPartialUpdate(core, "42", { account_name: "Prod" }),
    ).toEqualTypeOf<PartialUpdatePromise>();
    expectTypeOf(client).toMatchTypeOf<CamelAICore>();
    expectTypeOf(core).toMatchTypeOf<APIClient>();
    // @ts-expect-error the Core has no resources
    void core.sources;
  });

  test("the validator and logging are options a Core takes", () => {
    expectTypeOf(camelAIValidator).toMatchTypeOf<Validator>();
    expectTypeOf(camelAIValidator.issues).returns.toEqualTypeOf<ValidationIssue[]>();
    expectTypeOf(
      new CamelAICore({
        validate: "throw",
        validator: camelAIValidator,
        logging: clientLogging,
      }),
    ).toEqualTypeOf<CamelAICore>();
    // @ts-expect-error a validator is camelAIValidator or responseValidator(issues), not a bare function
    new CamelAICore({ validator: (typeName: string, value: unknown) => [] });
  });
});
