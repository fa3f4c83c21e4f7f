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
import {
  APIClient,
  clientLogging,
  InvalidParameterError,
  paginate,
  ResponseValidationError,
  responseValidator,
  type ClientOptions,
  type RequestOptions,
  type Validator,
} from "../../templates/index.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() =>
  server.reset((_req, res) => json(res, 200, { id: "not-a-number" })),
);
afterEach(() => vi.restoreAllMocks());

interface Thing {
  id: number;
}

/** Knows one type, `Thing`; records what it was asked. */
const asked: string[] = [];
const validator: Validator = responseValidator((typeName, value) => {
  asked.push(typeName);
  if (typeName !== "Thing")
    return [{ path: "", message: `unknown type ${typeName}` }];
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === "number"
    ? []
    : [{ path: "/id", message: "expected number", keyword: "type" }];
}, { "GET /things/{id}": "Thing", "GET /t": "Thing" });

function call(clientOptions: ClientOptions, options: RequestOptions = {}) {
  const api = new APIClient(
    {
      baseURL: server.url,
      apiKey: null,
      maxRetries: 0,
      logging: clientLogging,
      validator,
      ...clientOptions,
    },
    config,
  );
  return APIClient.request<Thing>(
    api,
    {
      method: "GET",
      path: "/things/{id}",
      parameters: [{ name: "id", in: "path", value: 7 }],
      security: [],
    },
    options,
  );
}

describe("validate", () => {
  it("does nothing by default", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    asked.length = 0;
    expect(await call({})).toEqual({ id: "not-a-number" });
    expect(warn).not.toHaveBeenCalled();
    expect(asked).toEqual([]);
  });

  it('warns once, naming method, path, type and issues, in "warn" mode', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await call({ validate: "warn" })).toEqual({ id: "not-a-number" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      "TestAPI: response body of GET /things/{id} does not match Thing: /id: expected number",
    );
  });

  it('rejects with ResponseValidationError in "throw" mode', async () => {
    asked.length = 0;
    const error = await call({ validate: "throw" }).catch((e: unknown) => e);
    expect(asked).toEqual(["Thing"]);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      name: "ResponseValidationError",
      status: 200,
      body: { id: "not-a-number" },
      typeName: "Thing",
      issues: [{ path: "/id", message: "expected number", keyword: "type" }],
    });
    expect((error as Error).message).toBe(
      "Response body of GET /things/{id} does not match Thing: /id: expected number",
    );
  });

  it("lets the request option override the client's mode", async () => {
    expect(await call({ validate: "throw" }, { validate: "off" })).toEqual({
      id: "not-a-number",
    });
    await expect(
      call({ validate: "off" }, { validate: "throw" }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("accepts a body that passes its guard", async () => {
    server.reset((_req, res) => json(res, 200, { id: 7 }));
    expect(await call({ validate: "throw" })).toEqual({ id: 7 });
  });

  it("checks only the operations the validator names a type for", async () => {
    asked.length = 0;
    const api = new APIClient(
      { baseURL: server.url, apiKey: null, maxRetries: 0, validate: "throw", validator },
      config,
    );
    const other = { method: "GET", path: "/other", security: [] } as const;
    expect(await APIClient.request(api, other)).toEqual({ id: "not-a-number" });
    expect(asked).toEqual([]);
  });

  it("checks every page of a list against the list operation's type, the pages after the first fetched by GET", async () => {
    server.reset((req, res) =>
      req.url === "/search"
        ? json(res, 200, { results: [1], next: `${server.url}/search?page=2` })
        : json(res, 200, { results: ["two"], next: null }),
    );
    const pages = responseValidator(
      (_typeName, value) =>
        (value as { results: unknown[] }).results.every((item) => typeof item === "number")
          ? []
          : [{ path: "/results", message: "expected numbers" }],
      { "POST /search": "Page" },
    );
    const api = new APIClient(
      { baseURL: server.url, apiKey: null, maxRetries: 0, validate: "throw", validator: pages },
      config,
    );
    const list = APIClient.requestPage(
      api,
      { method: "POST", path: "/search", body: {}, security: [], paginate },
      {},
      { items: "results", next: "next" },
    );
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of list) seen.push(item);
    })().catch((e: unknown) => e);
    expect(seen).toEqual([1]);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /search", "GET /search?page=2"]);
  });
});

describe("a client that cannot validate", () => {
  const bare = (options: ClientOptions) =>
    new APIClient({ baseURL: server.url, apiKey: null, ...options }, config);

  it.each<[ClientOptions, string]>([
    [{ validate: "throw" }, "a `validator`"],
    [{ validate: "warn" }, "a `validator`"],
    [
      { validate: "warn", validator },
      "`logging` to warn with (pass { logging: clientLogging })",
    ],
  ])("refuses %o at construction", (options, missing) => {
    const make = () => bare(options);
    expect(make).toThrow(InvalidParameterError);
    expect(make).toThrow(
      `TestAPI: validate "${options.validate ?? ""}" needs ${missing}`,
    );
  });

  it('takes "throw" with a validator alone', async () => {
    await expect(
      APIClient.request(bare({ validate: "throw", validator }), {
        method: "GET",
        path: "/t",
        security: [],
      }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it("rejects a per-call mode it cannot honour, before sending", async () => {
    const error = await APIClient.request(
      bare({}),
      { method: "GET", path: "/t", security: [] },
      {
        validate: "throw",
      },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(server.requests).toHaveLength(0);
  });
});
