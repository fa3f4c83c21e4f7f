import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import CamelAI, {
  APIClient,
  CamelAICore,
  camelAIValidator,
  clientLogging,
  InvalidParameterError,
  ResponseValidationError,
  sourcesList,
  sourcesPartialUpdate,
  type ClientOptions,
} from "../../generated/camelai/index.js";
import { json, startServer, type TestServer } from "../templates/server.js";
import { API_KEY, connection, onlyRequest } from "../helpers/camelai.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset((_req, res) => json(res, 200, connection()));
});
afterEach(() => vi.restoreAllMocks());

function core(options: ClientOptions = {}): CamelAICore {
  return new CamelAICore({
    baseURL: server.url,
    apiKey: API_KEY,
    maxRetries: 0,
    ...options,
  });
}

describe("CamelAICore", () => {
  it("is an APIClient without resources", () => {
    const client = core();
    expect(client).toBeInstanceOf(APIClient);
    expect(Object.keys(client)).toEqual([]);
    expect(new CamelAI({ apiKey: API_KEY })).toBeInstanceOf(CamelAICore);
  });

  it("sends a flat call exactly as the full client does", async () => {
    await sourcesPartialUpdate(core(), "42", { account_name: "Prod" });
    const viaCore = onlyRequest(server);
    server.reset((_req, res) => json(res, 200, connection()));
    await new CamelAI({
      baseURL: server.url,
      apiKey: API_KEY,
      maxRetries: 0,
    }).sources.partialUpdate("42", { account_name: "Prod" });
    const viaClient = onlyRequest(server);
    for (const request of [viaCore, viaClient]) {
      expect(request).toMatchObject({
        method: "PATCH",
        url: "/api/v1/sources/42/",
        body: '{"account_name":"Prod"}',
      });
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    }
  });

  it("walks a paginated list", async () => {
    server.reset((req, res) => {
      const page = new URL(req.url, server.url).searchParams.get("page");
      json(
        res,
        200,
        page === "2"
          ? { count: 2, next: null, results: [connection({ id: 2 })] }
          : {
              count: 2,
              next: `${server.url}/api/v1/sources/?page=2`,
              results: [connection()],
            },
      );
    });
    const ids: number[] = [];
    for await (const source of sourcesList(core())) ids.push(source.id);
    expect(ids).toEqual([42, 2]);
  });

  it('refuses validate "warn" or "throw" without a validator, at construction, naming the one to pass', () => {
    for (const validate of ["warn", "throw"] as const) {
      for (const make of [core, (o: ClientOptions) => new CamelAI(o)]) {
        expect(() => make({ validate })).toThrow(InvalidParameterError);
        expect(() => make({ validate })).toThrow(
          `CamelAI: validate "${validate}" needs a \`validator\` (pass { validator: camelAIValidator })`,
        );
      }
    }
  });

  it("validates with camelAIValidator when given it, as the full client does", async () => {
    server.reset((_req, res) => json(res, 200, connection({ id: "42" })));
    const error = await sourcesPartialUpdate(
      core({ validate: "throw", validator: camelAIValidator }),
      "42",
      {},
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      typeName: "Connection",
      issues: [{ path: "/id" }],
    });
    const full = await new CamelAI({
      baseURL: server.url,
      apiKey: API_KEY,
      validate: "throw",
      validator: camelAIValidator,
    }).sources
      .partialUpdate("42", {})
      .catch((e: unknown) => e);
    expect((full as ResponseValidationError).issues).toEqual(
      (error as ResponseValidationError).issues,
    );
  });

  it("logs only with the logging option, and refuses a logger without it", async () => {
    server.reset((_req, res) => json(res, 503, {}));
    const errorLog = vi
      .spyOn(console, "error")
      .mockImplementation(() => undefined);
    await expect(sourcesPartialUpdate(core(), "42", {})).rejects.toMatchObject({
      status: 503,
    });
    expect(errorLog).not.toHaveBeenCalled();
    await expect(
      sourcesPartialUpdate(core({ logging: clientLogging }), "42", {}),
    ).rejects.toMatchObject({ status: 503 });
    expect(errorLog).toHaveBeenCalledTimes(1);
    expect(() => core({ logger: console })).toThrow(InvalidParameterError);
  });

  it("CamelAI too logs only with the logging option, and refuses logger, logLevel and redactHeaders without it", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => undefined);
    const full = (options: ClientOptions) =>
      new CamelAI({ baseURL: server.url, apiKey: API_KEY, maxRetries: 0, ...options });
    await full({ logLevel: "off" }).sources.partialUpdate("42", {});
    expect(debug).not.toHaveBeenCalled();
    await full({ logging: clientLogging, logLevel: "debug" }).sources.partialUpdate("42", {});
    expect(debug).toHaveBeenCalled();
    expect(debug.mock.calls.flat().join(" ")).not.toContain(API_KEY);
    for (const option of [{ logger: console }, { logLevel: "debug" }, { redactHeaders: ["x-secret"] }] as const) {
      expect(() => full(option)).toThrow(InvalidParameterError);
      expect(() => full(option)).toThrow("needs the `logging` option (clientLogging)");
    }
  });

  it('refuses validate "warn" without logging, at construction and per call, for the Core and CamelAI', async () => {
    for (const make of [core, (o: ClientOptions) => new CamelAI({ baseURL: server.url, apiKey: API_KEY, ...o })]) {
      expect(() => make({ validate: "warn", validator: camelAIValidator })).toThrow(
        'CamelAI: validate "warn" needs `logging` to warn with (pass { logging: clientLogging })',
      );
      const client = make({ validator: camelAIValidator });
      await expect(sourcesPartialUpdate(client, "42", {}, { validate: "warn" })).rejects.toBeInstanceOf(InvalidParameterError);
      await expect(sourcesPartialUpdate(client, "42", {}, { validate: "throw" })).resolves.toEqual(connection());
    }
    expect(server.requests).toHaveLength(2);
  });
});

describe("camelAIValidator", () => {
  it("lists the issues of a body against its named type, none for a valid one", () => {
    expect(camelAIValidator.issues("Connection", connection())).toEqual([]);
    expect(
      camelAIValidator.issues("Connection", connection({ id: "42" })),
    ).toMatchObject([{ path: "/id" }]);
  });

  it("reports a type it does not know instead of passing it", () => {
    expect(camelAIValidator.issues("NoSuchType", {})).toEqual([
      { path: "", message: "no validator for type NoSuchType" },
    ]);
  });
});
