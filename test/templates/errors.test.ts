import { inspect } from "node:util";
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  expectTypeOf,
  it,
} from "vitest";
import {
  APIClient,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidParameterError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseValidationError,
  UnprocessableEntityError,
  ValidationError,
  matchesErrorResponse,
} from "../../templates/index.js";
import { SECRET, config } from "./config.js";
import { closedPort, json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe("APIError.from", () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
    [302, APIError],
  ])("maps %i to %o", (status, errorClass) => {
    const error = APIError.from(status, undefined, new Headers());
    expect(error.constructor).toBe(errorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(errorClass.name);
    expect(error.status).toBe(status);
  });

  it("writes a readable message and trims long bodies", () => {
    expect(
      APIError.from(404, { detail: "Not found." }, undefined).message,
    ).toBe('404 Not Found: {"detail":"Not found."}');
    expect(APIError.from(599, undefined, undefined).message).toBe("599");
    // A status outside the table takes its response's own phrase (HTTP/1.1), else none.
    const teapot = new Response(null, { status: 418, statusText: "I'm a teapot" });
    expect(APIError.from(418, "x", undefined, teapot).message).toBe("418 I'm a teapot: x");
    expect(APIError.from(405, "x", undefined, new Response(null, { status: 405 })).message).toBe("405: x");
    const long = APIError.from(500, "x".repeat(5000), undefined).message;
    expect(long.length).toBeLessThan(600);
    expect(long.endsWith("…")).toBe(true);
  });

  it.each([
    ["x-github-request-id", "C0DE:1"],
    ["twilio-request-id", "RQ1"],
  ])("reads the request id from a vendor's %s", (name, id) => {
    const headers = new Headers({ [name]: id, "x-request-identity": "no" });
    expect(APIError.from(500, undefined, headers).requestId).toBe(id);
  });

  it("reads the request id from x-request-id or request-id", () => {
    expect(
      APIError.from(500, undefined, new Headers({ "x-request-id": "req_1" }))
        .requestId,
    ).toBe("req_1");
    expect(
      APIError.from(500, undefined, new Headers({ "request-id": "req_2" }))
        .requestId,
    ).toBe("req_2");
    expect(
      APIError.from(500, undefined, new Headers()).requestId,
    ).toBeUndefined();
  });

  it("starts the stack with the subclass name", () => {
    expect(APIError.from(404, undefined, undefined).stack).toMatch(
      /^NotFoundError: 404 Not Found/,
    );
  });
});

describe("matchesErrorResponse", () => {
  interface FieldErrors {
    field: string[];
  }
  const isFieldErrors = (body: unknown): body is FieldErrors =>
    typeof body === "object" &&
    body !== null &&
    Array.isArray((body as { field?: unknown }).field);
  const error400 = APIError.from(400, { field: ["bad"] }, new Headers());

  it.each<[string, unknown, number | string, boolean]>([
    ["the exact status", error400, 400, true],
    ["the status as a string", error400, "400", true],
    ["its range", error400, "4XX", true],
    ["a lower-case range", error400, "4xx", true],
    ["default", error400, "default", true],
    ["another status", error400, 404, false],
    ["another range", error400, "5XX", false],
    [
      "a body that fails the guard",
      APIError.from(400, { detail: "x" }, undefined),
      400,
      false,
    ],
    [
      "a connection error, even for default",
      new APIConnectionError(),
      "default",
      false,
    ],
    [
      "a 2xx validation failure",
      new ResponseValidationError({
        status: 200,
        headers: new Headers(),
        body: { field: [] },
        typeName: "T",
        issues: [],
      }),
      "default",
      false,
    ],
    ["a plain Error", new Error("400"), 400, false],
    ["a look-alike object", { status: 400, body: { field: [] } }, 400, false],
    ["a malformed status pattern", error400, "4X", false],
  ])("matches %s: %s", (_label, error, status, want) => {
    expect(matchesErrorResponse(error, status, isFieldErrors)).toBe(want);
  });

  it("narrows the body type", () => {
    const error: unknown = error400;
    if (!matchesErrorResponse(error, 400, isFieldErrors))
      throw new Error("expected a match");
    expectTypeOf(error).toEqualTypeOf<
      APIError & { readonly body: FieldErrors }
    >();
    expectTypeOf(error.body.field).toEqualTypeOf<string[]>();
    expect(error.body.field).toEqual(["bad"]);
  });

  it("types each subclass's status as its literal and every body as unknown", () => {
    const error: unknown = APIError.from(404, { detail: "gone" }, undefined);
    if (!(error instanceof NotFoundError))
      throw new Error("expected a NotFoundError");
    expectTypeOf(error.status).toEqualTypeOf<404>();
    expectTypeOf(error.body).toEqualTypeOf<unknown>();
    expectTypeOf<BadRequestError["status"]>().toEqualTypeOf<400>();
    expectTypeOf<RateLimitError["status"]>().toEqualTypeOf<429>();
    expectTypeOf<InternalServerError["status"]>().toEqualTypeOf<number>();
    expectTypeOf(new APIConnectionError().body).toEqualTypeOf<undefined>();
    expectTypeOf(new APIConnectionError().status).toEqualTypeOf<undefined>();
    expect(error.status).toBe(404);
  });
});

describe("other error classes", () => {
  it.each([
    [new APIConnectionError(), "APIConnectionError", APIError],
    [
      new APIConnectionTimeoutError(),
      "APIConnectionTimeoutError",
      APIConnectionError,
    ],
    [new APIUserAbortError(), "APIUserAbortError", APIError],
    [new InvalidParameterError("bad", "id"), "InvalidParameterError", Error],
    [
      new ValidationError([
        { path: "/a", message: "expected string", keyword: "type" },
      ]),
      "ValidationError",
      Error,
    ],
  ])("%o has its name and base class", (error, name, base) => {
    expect(error.name).toBe(name);
    expect(error).toBeInstanceOf(base);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
  });

  it("gives ValidationError its issues and a message listing them", () => {
    const issues = [
      { path: "", message: "expected object" },
      { path: "/b", message: "required" },
      { path: "/c", message: "x" },
      { path: "/d", message: "y" },
    ];
    const error = new ValidationError(issues);
    expect(error.issues).toBe(issues);
    expect(error.message).toBe(
      "Validation failed: (root): expected object; /b: required; /c: x (+1 more)",
    );
  });

  it("gives ResponseValidationError its type name and issues", () => {
    const error = new ResponseValidationError({
      status: 200,
      headers: new Headers(),
      body: { a: 1 },
      typeName: "Connection",
      issues: [
        { path: "", message: "response body does not match Connection" },
      ],
    });
    expect(error).toMatchObject({
      status: 200,
      typeName: "Connection",
      body: { a: 1 },
    });
    expect(error.message).toContain("Connection");
  });
});

describe("errors from the wire", () => {
  const api = () =>
    new APIClient(
      { baseURL: server.url, apiKey: SECRET, maxRetries: 0 },
      config,
    );

  it("carries status, headers, parsed JSON body and request id", async () => {
    server.reset((_req, res) =>
      json(res, 422, { field: ["bad"] }, { "x-request-id": "req_42" }),
    );
    const error = await APIClient.request(api(), {
      method: "POST",
      path: "/x",
      body: {},
      security: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({
      status: 422,
      body: { field: ["bad"] },
      requestId: "req_42",
    });
    expect((error as APIError).headers?.get("content-type")).toBe(
      "application/json",
    );
    expect((error as APIError).message).toBe(
      '422 Unprocessable Content: {"field":["bad"]}',
    );
  });

  it("keeps a non-JSON error body as text and an empty one as undefined", async () => {
    server.reset((_req, res) =>
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>nope</h1>"),
    );
    await expect(
      APIClient.request(api(), { method: "GET", path: "/x", security: [] }),
    ).rejects.toMatchObject({ body: "<h1>nope</h1>" });
    server.reset((_req, res) => res.writeHead(403).end());
    await expect(
      APIClient.request(api(), { method: "GET", path: "/x", security: [] }),
    ).rejects.toMatchObject({
      name: "PermissionDeniedError",
      body: undefined,
    });
  });
});

describe("toJSON", () => {
  it("writes name, status, message, body and request id, not the headers", () => {
    const headers = new Headers({
      "x-request-id": "req-1",
      "set-cookie": "s=1",
    });
    const error = APIError.from(404, { detail: "gone" }, headers);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "NotFoundError",
      status: 404,
      message: error.message,
      body: { detail: "gone" },
      requestId: "req-1",
    });
  });

  it("adds the type name and issues of a validation failure", () => {
    const issues = [
      { path: "/id", keyword: "type", message: "must be integer" },
    ];
    const error = new ResponseValidationError({
      status: 200,
      headers: new Headers(),
      body: { id: "x" },
      typeName: "Thing",
      issues,
    });
    expect(error.toJSON()).toMatchObject({
      status: 200,
      typeName: "Thing",
      issues,
    });
  });

  it("leaves out what a connection error does not have", () => {
    expect(JSON.parse(JSON.stringify(new APIConnectionError()))).toEqual({
      name: "APIConnectionError",
      message: "Connection error.",
    });
  });
});

describe("the API key never leaks", () => {
  /** The error of a GET /x made with this key in this security scheme. */
  const failedCall = (apiKey: string, scheme: string): Promise<unknown> =>
    APIClient.request(
      new APIClient({ baseURL: server.url, apiKey, maxRetries: 0 }, config),
      { method: "GET", path: "/x", security: [[scheme]] },
    ).catch((e: unknown) => e);
  function expectNoSecret(value: unknown): void {
    const views = [
      String(value),
      JSON.stringify(value),
      inspect(value, { depth: Infinity, showHidden: true }),
    ];
    if (value instanceof Error)
      views.push(value.stack ?? "", String(value.cause));
    for (const view of views) expect(view).not.toContain(SECRET);
  }

  it("not in the client", () => {
    const client = new APIClient(
      { apiKey: SECRET, defaultHeaders: { "x-other": "v" } },
      config,
    );
    expectNoSecret(client);
    expectNoSecret(client.withOptions({ timeout: 5 }));
    expect(Object.keys(client)).toEqual([]);
  });

  it("not in HTTP errors, for header and query keys", async () => {
    server.reset((_req, res) => json(res, 401, { detail: "Invalid token." }));
    const api = new APIClient(
      { baseURL: server.url, apiKey: SECRET, maxRetries: 0 },
      config,
    );
    for (const security of [[["bearer"]], [["queryKey"]], [["headerKey"]]]) {
      const error = await APIClient.request(api, {
        method: "GET",
        path: "/x",
        security,
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AuthenticationError);
      expectNoSecret(error);
    }
  });

  it("not in connection and timeout errors", async () => {
    const refused = new APIClient(
      {
        baseURL: `http://127.0.0.1:${await closedPort()}`,
        apiKey: SECRET,
        maxRetries: 0,
      },
      config,
    );
    const connection = await APIClient.request(refused, {
      method: "GET",
      path: "/x",
      security: [["queryKey"]],
    }).catch((e: unknown) => e);
    expect(connection).toBeInstanceOf(APIConnectionError);
    expectNoSecret(connection);
    server.reset(() => undefined);
    const slow = new APIClient(
      { baseURL: server.url, apiKey: SECRET, maxRetries: 0, timeout: 50 },
      config,
    );
    const timeout = await APIClient.request(slow, {
      method: "GET",
      path: "/x",
      security: [["bearer"]],
    }).catch((e: unknown) => e);
    expect(timeout).toBeInstanceOf(APIConnectionTimeoutError);
    expectNoSecret(timeout);
  });

  it("not in an error body that echoes it back", async () => {
    server.reset((req, res) => {
      const key = JSON.stringify(req.headers["x-api-key"]);
      res
        .writeHead(401, { "content-type": "application/json" })
        .end(
          `{"detail":"Invalid token ${SECRET}.","__proto__":{"tried":[${key}]},"code":"bad_key"}`,
        );
    });
    const error = await failedCall(SECRET, "headerKey");
    expect(error).toBeInstanceOf(AuthenticationError);
    expectNoSecret(error);
    const body = (error as APIError).body as Record<string, unknown>;
    expect(body.detail).toBe("Invalid token ***.");
    expect(body.code).toBe("bad_key");
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(body, "__proto__")?.value).toEqual({
      tried: ["***"],
    });
  });

  it("not in an error body that echoes a basic credential as sent (base64), with or without its scheme word", async () => {
    server.reset((req, res) => {
      const sent = req.headers.authorization ?? "";
      json(res, 401, { got: sent, token: sent.replace(/^Basic /, "") });
    });
    const credentials = { basic: { username: "alice", password: SECRET } };
    const sent = `Basic ${Buffer.from(`alice:${SECRET}`).toString("base64")}`;
    const error = await APIClient.request(
      new APIClient({ baseURL: server.url, credentials, maxRetries: 0 }, config),
      { method: "GET", path: "/x", security: [["basic"]] },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const views = [String(error), JSON.stringify(error)];
    for (const view of views) expect(view).not.toContain(sent.slice(6));
    expect((error as APIError).body).toEqual({ got: "***", token: "***" });
  });

  it("not in an error body that echoes a credential given as a header, by default or per call", async () => {
    server.reset((req, res) =>
      json(res, 401, { auth: req.headers.authorization, key: req.headers["x-api-key"] }),
    );
    const api = new APIClient(
      { baseURL: server.url, maxRetries: 0, defaultHeaders: { Authorization: `Token ${SECRET}` } },
      config,
    );
    const perCall = "per-call-key-0987654321";
    const error = await APIClient.request(
      api,
      { method: "GET", path: "/x", security: [["headerKey"], ["drfToken"]] },
      { headers: { "X-API-Key": perCall } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expectNoSecret(error);
    expect(JSON.stringify(error)).not.toContain(perCall);
    expect((error as APIError).body).toEqual({ auth: "***", key: "***" });
  });

  it("not in an error body that echoes a key of digits as a number: the redacted text is the body", async () => {
    const digits = "9876543210";
    server.reset((_req, res) => json(res, 401, { tried: Number(digits), ok: false }));
    const error = await failedCall(digits, "headerKey");
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as APIError).body).toBe('{"tried":***,"ok":false}');
    expect(JSON.stringify(error)).not.toContain(digits);
  });

  it("not in the cause, when a fetch implementation quotes the URL", async () => {
    const quoting = new APIClient(
      {
        apiKey: SECRET,
        maxRetries: 0,
        logLevel: "off",
        fetch: (input) =>
          Promise.reject(
            Object.assign(new Error(`request to ${String(input)} failed`), {
              url: String(input),
            }),
          ),
      },
      config,
    );
    const error = await APIClient.request(quoting, {
      method: "GET",
      path: "/x",
      security: [["queryKey"]],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expectNoSecret(error);
    expect(String((error as Error).cause)).toContain("request to http://");
    expect(String((error as Error).cause)).toContain("api_key=***");
  });

  it("not in the error for a Location header that cannot be parsed", async () => {
    server.reset((_req, res) =>
      res.writeHead(302, { location: "http://[bad" }).end(),
    );
    const error = await failedCall(SECRET, "queryKey");
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toContain("invalid Location");
    expectNoSecret(error);
  });

  it("not in the error for a key that cannot go in a header", async () => {
    const badKey = `${SECRET}\nX-Evil: 1`;
    server.reset((_req, res) => json(res, 200, {}));
    const error = await failedCall(badKey, "headerKey");
    expect(error).toBeInstanceOf(InvalidParameterError);
    expectNoSecret(error);
    expect(server.requests).toHaveLength(0);
  });
});
