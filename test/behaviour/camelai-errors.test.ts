import { inspect } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import CamelAI, {
  APIError,
  BadRequestError,
  InternalServerError,
  MissingCredentialError,
  NotFoundError,
  ResponseValidationError,
  clientLogging,
} from "../../generated/camelai/index.js";
import { json, startServer, type TestServer } from "../templates/server.js";
import { API_KEY, camel, connection, withEnv } from "../helpers/camelai.js";
import { retryLog } from "../helpers/retry-log.js";

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

/** The rejection reason of a promise that must reject. */
async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the call to reject, it resolved");
    },
    (error: unknown) => error,
  );
}

describe("error statuses", () => {
  it("rejects a 404 with NotFoundError carrying status and parsed body", async () => {
    server.reset((_req, res) => json(res, 404, { detail: "Not found." }));
    const error = await rejection(
      camel(server).sources.partialUpdate("42", { account_name: "Prod" }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(APIError);
    const notFound = error as NotFoundError;
    expect(notFound.status).toBe(404);
    expect((notFound.body as { detail?: unknown }).detail).toBe("Not found.");
    expect(notFound.name).toBe("NotFoundError");
    expect(notFound.message).toContain("Not found.");
    expect(notFound.headers?.get("content-type")).toBe("application/json");
  });

  it("does not retry a 400 and rejects with BadRequestError", async () => {
    server.reset((_req, res) =>
      json(res, 400, { error: "bad", errors: { port: ["invalid"] } }),
    );
    const error = await rejection(
      camel(server, { maxRetries: 3 }).sources.updateConfig("42", {
        port: 1,
      }),
    );
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).status).toBe(400);
    expect((error as BadRequestError).body).toEqual({
      error: "bad",
      errors: { port: ["invalid"] },
    });
    expect(server.requests).toHaveLength(1);
  });
});

describe("retries", () => {
  it("retries a 503 (retry-after-ms: 1) and resolves with the following 200", async () => {
    server.reset((_req, res) => {
      if (server.requests.length === 1)
        json(res, 503, { detail: "busy" }, { "retry-after-ms": "1" });
      else json(res, 200, connection({ id: 9 }));
    });
    const log = retryLog(clientLogging);
    const result = await camel(server, { maxRetries: 2, ...log.options }).sources.partialUpdate(
      "9",
      { account_name: "Prod" },
    );
    expect(result).toEqual(connection({ id: 9 }));
    expect(server.requests).toHaveLength(2);
    // The default backoff before a first retry is at least 375 ms; retry-after-ms: 1 must override it.
    expect(log.delays()).toEqual([1]);
    const [first, second] = server.requests;
    expect(second).toMatchObject({
      method: "PATCH",
      url: "/api/v1/sources/9/",
      body: '{"account_name":"Prod"}',
    });
    expect(second?.headers.authorization).toBe(first?.headers.authorization);
  });

  it("gives up after maxRetries and rejects with the last 5xx", async () => {
    server.reset((_req, res) =>
      json(res, 503, { detail: "busy" }, { "retry-after-ms": "1" }),
    );
    const error = await rejection(
      camel(server, { maxRetries: 2 }).sources.retrieve("1"),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(503);
    expect(server.requests).toHaveLength(3);
  });

  it("honours a per-request maxRetries of 0", async () => {
    server.reset((_req, res) => json(res, 503, {}, { "retry-after-ms": "1" }));
    const error = await rejection(
      camel(server, { maxRetries: 5 }).sources.retrieve("1", { maxRetries: 0 }),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("response validation", () => {
  const broken = {
    "an account_name of 256 characters": connection({
      account_name: "x".repeat(256),
    }),
    "an account_name of 300 characters": connection({
      account_name: "x".repeat(300),
    }),
    "a type outside the enum": connection({ type: "ORACLE" }),
    "a missing required field": (({ created_at: _, ...rest }) => rest)(
      connection(),
    ),
    "a string id": connection({ id: "42" }),
  };

  it.each(Object.entries(broken))(
    'rejects %s with ResponseValidationError under validate: "throw"',
    async (_label, body) => {
      server.reset((_req, res) => json(res, 200, body));
      const error = await rejection(
        camel(server, { validate: "throw" }).sources.retrieve("42"),
      );
      expect(error).toBeInstanceOf(ResponseValidationError);
      const invalid = error as ResponseValidationError;
      expect(invalid).toBeInstanceOf(APIError);
      expect(invalid.typeName).toBe("Connection");
      expect(invalid.status).toBe(200);
      expect(invalid.body).toEqual(body);
      expect(invalid.issues.length).toBeGreaterThan(0);
    },
  );

  it.each(Object.entries(broken))(
    'resolves %s unchanged under validate: "off"',
    async (_label, body) => {
      server.reset((_req, res) => json(res, 200, body));
      await expect(
        camel(server, { validate: "off" }).sources.retrieve("42"),
      ).resolves.toEqual(body);
    },
  );

  it('accepts a valid Connection (account_name of exactly 255) under validate: "throw"', async () => {
    const valid = connection({ account_name: "x".repeat(255) });
    server.reset((_req, res) => json(res, 200, valid));
    await expect(
      camel(server, { validate: "throw" }).sources.retrieve("42"),
    ).resolves.toEqual(valid);
  });

  it("lets a per-request validate override the client's mode", async () => {
    server.reset((_req, res) => json(res, 200, connection({ type: "ORACLE" })));
    const client = camel(server, { validate: "throw" });
    await expect(
      client.sources.retrieve("42", { validate: "off" }),
    ).resolves.toMatchObject({ type: "ORACLE" });
    await expect(
      camel(server).sources.retrieve("42", { validate: "throw" }),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });
});

describe("the API key never leaks into errors", () => {
  const failures: Record<string, (server: TestServer) => void> = {
    "a 404": (s) =>
      s.reset((_req, res) => json(res, 404, { detail: "Not found." })),
    "a 401": (s) =>
      s.reset((_req, res) => json(res, 401, { detail: "Invalid token." })),
    "a 500 after retries": (s) =>
      s.reset((_req, res) => json(res, 500, {}, { "retry-after-ms": "1" })),
    "a response validation failure": (s) =>
      s.reset((_req, res) => json(res, 200, { id: "nope" })),
  };

  it.each(Object.keys(failures))("%s", async (label) => {
    failures[label]?.(server);
    const error = await rejection(
      camel(server, { validate: "throw", maxRetries: 1 }).sources.partialUpdate(
        "42",
        { account_name: "Prod" },
      ),
    );
    expect(error).toBeInstanceOf(APIError);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const err = error as APIError;
    expect(String(err)).not.toContain(API_KEY);
    expect(err.stack ?? "").not.toContain(API_KEY);
    expect(JSON.stringify(err)).not.toContain(API_KEY);
    expect(inspect(err, { depth: 10, showHidden: true })).not.toContain(
      API_KEY,
    );
  });

  it("including an InvalidParameterError thrown before sending", async () => {
    const error = await rejection(camel(server).sources.retrieve(".."));
    const text = [
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ].join("\n");
    expect(text).not.toContain(API_KEY);
    expect(server.requests).toHaveLength(0);
  });
});

describe(".result()", () => {
  it("gives a declared 404 as a failed result with its body, and a 200 as data", async () => {
    server.reset((_req, res) => json(res, 404, { detail: "Not found." }));
    const missing = await camel(server).sources.retrieve("7").result();
    expect(missing).toMatchObject({
      ok: false,
      status: 404,
      error: { detail: "Not found." },
    });
    server.reset((_req, res) => json(res, 200, connection()));
    const found = await camel(server).sources.retrieve("7").result();
    expect(found).toMatchObject({ ok: true, data: connection() });
  });
});

describe("a missing API key", () => {
  it("rejects before sending, naming the schemes, the apiKey option and CAMELAI_API_KEY", async () => {
    const error = await withEnv("CAMELAI_API_KEY", undefined, () =>
      rejection(
        new CamelAI({ baseURL: server.url, maxRetries: 0 }).sources.retrieve(
          "7",
        ),
      ),
    );
    expect(error).toBeInstanceOf(MissingCredentialError);
    const { message } = error as MissingCredentialError;
    for (const part of [
      '"BearerAuth"',
      '"ApiKeyAuth"',
      "`apiKey`",
      "CAMELAI_API_KEY",
      "`credentials.ApiKeyAuth`",
    ])
      expect(message).toContain(part);
    expect(server.requests).toHaveLength(0);
  });
});
