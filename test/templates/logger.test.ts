import { inspect } from "node:util";
import {
  afterAll,
  afterEach,
  beforeAll,
  describe,
  expect,
  it,
  vi,
} from "vitest";
import {
  APIClient,
  clientLogging,
  inQuery,
  InvalidParameterError,
  type ClientOptions,
  type LogLevel,
  type Logger,
  type Validator,
  responseValidator,
} from "../../templates/index.js";
import { SECRET, config } from "./config.js";
import { closedPort, json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => vi.restoreAllMocks());

interface Line {
  level: keyof Logger;
  message: string;
  details: unknown[];
}

function recorder(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const record =
    (level: keyof Logger) =>
    (message: string, ...details: unknown[]) =>
      lines.push({ level, message, details });
  return {
    lines,
    logger: {
      error: record("error"),
      warn: record("warn"),
      info: record("info"),
      debug: record("debug"),
    },
  };
}

/** Every way a logged argument could end up printed. */
function expectNoSecret(lines: readonly Line[], secrets: readonly string[]) {
  for (const line of lines) {
    for (const value of [line.message, ...line.details]) {
      const views = [
        String(value),
        JSON.stringify(value),
        inspect(value, { depth: Infinity, showHidden: true }),
      ];
      for (const view of views)
        for (const secret of secrets) expect(view).not.toContain(secret);
    }
  }
}

const OTHER_SECRET = "other-credential-9876543210";

/** Accepts only the string "thing". */
const validator: Validator = responseValidator(
  (typeName, value) =>
    value === "thing" ? [] : [{ path: "", message: `expected ${typeName}` }],
  { "GET /l": "Thing" },
);

function logged(level: LogLevel, options: ClientOptions = {}) {
  const { logger, lines } = recorder();
  const api = new APIClient(
    {
      baseURL: server.url,
      apiKey: SECRET,
      credentials: { tenant: OTHER_SECRET },
      logging: clientLogging,
      logger,
      logLevel: level,
      validator,
      ...options,
    },
    config,
  );
  return { api, lines };
}

const call = (
  api: APIClient,
  security: string[][] = [["queryKey", "tenant"]],
) =>
  APIClient.request(api, {
    method: "GET",
    path: "/l",
    parameters: [{ name: "page", in: "query", value: 2 }],
    serializers: [inQuery],
    security,
  });

describe("debug", () => {
  it("logs each request and response with method, URL, status, duration and headers", async () => {
    server.reset((_req, res) =>
      json(res, 200, {}, { "x-request-id": "req_1", "set-cookie": "s=1" }),
    );
    const { api, lines } = logged("debug", {
      defaultHeaders: { "x-visible": "yes", "x-private": "hidden-value" },
      redactHeaders: ["X-Private"],
    });
    await call(api);
    const [request, response] = lines;
    expect(lines.map((line) => line.level)).toEqual(["debug", "debug"]);
    expect(request?.message).toBe(
      `TestAPI: request GET ${server.url}/l?page=2&api_key=***`,
    );
    expect(request?.details[0]).toMatchObject({
      headers: {
        "x-visible": "yes",
        "x-private": "***",
        "x-tenant": "***",
        accept: "application/json",
      },
    });
    expect(response?.message).toMatch(
      new RegExp(
        `^TestAPI: response GET ${server.url}/l\\?page=2&api_key=\\*\\*\\* 200 in \\d+ ms$`,
      ),
    );
    expect(response?.details[0]).toMatchObject({
      requestId: "req_1",
      headers: { "set-cookie": "***", "x-request-id": "req_1" },
    });
    expectNoSecret(lines, [SECRET, OTHER_SECRET, "hidden-value"]);
  });

  it("redacts authorization, x-api-key, cookie and proxy-authorization values", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const { api, lines } = logged("debug", {
      credentials: { headerKey: SECRET, cookieKey: SECRET },
      defaultHeaders: { "proxy-authorization": "Basic cHJveHk6cHc=" },
    });
    await call(api, [["bearer", "headerKey", "cookieKey"]]);
    expect(lines[0]?.details[0]).toMatchObject({
      headers: {
        authorization: "***",
        "x-api-key": "***",
        cookie: "***",
        "proxy-authorization": "***",
      },
    });
    expectNoSecret(lines, [SECRET, "cHJveHk6cHc="]);
  });

  it("scrubs the key wherever else it appears, even in a header the schema does not know", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const { api, lines } = logged("debug", {
      defaultHeaders: { "x-debug-copy": `key=${SECRET}` },
    });
    await call(api);
    expect(lines[0]?.details[0]).toMatchObject({
      headers: { "x-debug-copy": "key=***" },
    });
    expectNoSecret(lines, [SECRET]);
  });
});

describe("redaction by name", () => {
  it("hides a credential query value too short to be searched for", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const { api, lines } = logged("debug", { apiKey: "k1" });
    await call(api, [["queryKey"]]);
    expect(lines[0]?.message).toBe(
      `TestAPI: request GET ${server.url}/l?page=2&api_key=***`,
    );
    expect(server.requests[0]?.url).toBe("/l?page=2&api_key=k1");
  });
});

describe("info", () => {
  it("logs retries, and no requests or responses", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls === 1) json(res, 503, {}, { "retry-after-ms": "1" });
      else json(res, 200, {});
    });
    const { api, lines } = logged("info");
    await call(api);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "info",
      message: `TestAPI: retrying GET ${server.url}/l?page=2&api_key=*** in 1 ms (retry 1 of 2) after 503`,
    });
    expectNoSecret(lines, [SECRET]);
  });
});

describe("warn", () => {
  it("logs validation warnings through the logger, not retries", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls === 1) json(res, 503, {}, { "retry-after-ms": "1" });
      else json(res, 200, { not: "a thing" });
    });
    const { api, lines } = logged("warn", { validate: "warn" });
    await call(api);
    expect(lines).toEqual([
      {
        level: "warn",
        message:
          "TestAPI: response body of GET /l does not match Thing: (root): expected Thing",
        details: [],
      },
    ]);
  });

  it("is the default level, writing to console when no logger is given", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const debug = vi
      .spyOn(console, "debug")
      .mockImplementation(() => undefined);
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const api = new APIClient(
      {
        baseURL: server.url,
        apiKey: SECRET,
        credentials: { tenant: OTHER_SECRET },
        validate: "warn",
        validator,
        logging: clientLogging,
      },
      config,
    );
    await call(api);
    expect(debug).not.toHaveBeenCalled();
    expect(info).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe("error", () => {
  it("logs a failure that outlasted its retries, with its request id", async () => {
    server.reset((_req, res) =>
      json(
        res,
        503,
        { detail: "down" },
        {
          "retry-after-ms": "1",
          "x-request-id": "req_503",
        },
      ),
    );
    const { api, lines } = logged("error", { maxRetries: 1 });
    await expect(call(api)).rejects.toMatchObject({ status: 503 });
    expect(lines).toEqual([
      {
        level: "error",
        message: `TestAPI: GET ${server.url}/l?page=2&api_key=*** failed: 503 Service Unavailable: {"detail":"down"}`,
        details: [{ requestId: "req_503" }],
      },
    ]);
  });

  it("logs a connection failure without the key", async () => {
    const { lines, logger } = recorder();
    const api = new APIClient(
      {
        baseURL: `http://127.0.0.1:${await closedPort()}`,
        apiKey: SECRET,
        credentials: { tenant: OTHER_SECRET },
        maxRetries: 0,
        logging: clientLogging,
        logger,
        logLevel: "error",
      },
      config,
    );
    await expect(call(api)).rejects.toThrow("Connection error.");
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe("error");
    expectNoSecret(lines, [SECRET]);
  });

  it("does not log an answer the server meant, such as a 404", async () => {
    server.reset((_req, res) => json(res, 404, { detail: "Not found." }));
    const { api, lines } = logged("error");
    await expect(call(api)).rejects.toMatchObject({ status: 404 });
    expect(lines).toEqual([]);
  });
});

describe("logger plumbing", () => {
  it('logs nothing at "off"', async () => {
    server.reset((_req, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const { api, lines } = logged("off", { validate: "warn" });
    await expect(call(api)).rejects.toMatchObject({ status: 503 });
    expect(lines).toEqual([]);
  });

  it("survives a logger that throws or lacks a method", async () => {
    server.reset((_req, res) => json(res, 200, "thing"));
    const api = new APIClient(
      {
        baseURL: server.url,
        apiKey: null,
        logging: clientLogging,
        logLevel: "debug",
        logger: {
          debug: () => {
            throw new Error("logger broke");
          },
        } as unknown as Logger,
      },
      config,
    );
    expect(await call(api, [])).toBe("thing");
  });

  it("refuses an unknown log level", () => {
    expect(
      () =>
        new APIClient(
          { logging: clientLogging, logLevel: "verbose" as LogLevel },
          config,
        ),
    ).toThrow("logLevel must be one of off, error, warn, info, debug");
  });
});

describe("a client without logging", () => {
  it("logs nothing, not even to console", async () => {
    server.reset((_req, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const spies = (["debug", "info", "warn", "error"] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
    const api = new APIClient(
      {
        baseURL: server.url,
        apiKey: SECRET,
        credentials: { tenant: OTHER_SECRET },
        maxRetries: 1,
      },
      config,
    );
    await expect(call(api)).rejects.toMatchObject({ status: 503 });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it.each<[keyof ClientOptions, ClientOptions]>([
    ["logger", { logger: recorder().logger }],
    ["logLevel", { logLevel: "debug" }],
    ["redactHeaders", { redactHeaders: ["x-private"] }],
  ])("refuses %s, which only logging reads", (name, options) => {
    const make = () => new APIClient(options, config);
    expect(make).toThrow(InvalidParameterError);
    expect(make).toThrow(
      `TestAPI: \`${name}\` needs the \`logging\` option (clientLogging)`,
    );
  });

  it('accepts logLevel "off", which asks for no log', () => {
    expect(() => new APIClient({ logLevel: "off" }, config)).not.toThrow();
  });
});
