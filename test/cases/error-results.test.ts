import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { closedPort, json, startServer, type TestServer } from "../templates/server.js";

type Outcome = { ok: boolean; status?: number; data?: unknown; error?: unknown; response: Response };
type Call = { result(): Promise<Outcome> } & Promise<unknown>;
type Items = Record<"retrieve" | "ranged" | "plain", (id: string) => Call> & { list(): Call };
type ResultsClass = new (options: Record<string, unknown>) => { items: Items };

const KEY = "sk-results-SECRET-4b1d9e";

let generated: GeneratedCase;
let server: TestServer;
let Results: ResultsClass;
let errors: Record<string, new (...args: never[]) => Error>;

beforeAll(async () => {
  generated = await generateCase("error-results");
  Results = generated.client["default"] as ResultsClass;
  errors = generated.client as typeof errors;
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});
beforeEach(() => server.reset((_req, res) => res.writeHead(500).end()));

function client(options: Record<string, unknown> = {}): Items {
  return new Results({ baseURL: server.url, apiKey: KEY, maxRetries: 0, ...options }).items;
}

/** Answers every request with this status and JSON body. */
function answer(status: number, body: unknown): void {
  server.reset((_req, res) => json(res, status, body, { "x-request-id": "req-7" }));
}

describe(".result() on a generated client (fixtures/cases/error-results.yaml)", () => {
  it("gives { ok: true, data, response } on a 2xx", async () => {
    answer(200, { id: "1" });
    const result = await client().retrieve("1").result();
    expect(result).toMatchObject({ ok: true, data: { id: "1" } });
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get("x-request-id")).toBe("req-7");
  });

  it.each([
    ["a declared exact status", 404, { missing: "1" }],
    ["a status of the declared 4XX range", 418, { client: "teapot" }],
    ["a status only `default` covers", 503, { server: "down" }],
  ])("gives { ok: false, status, error, response } for %s", async (_label, status, body) => {
    answer(status, body);
    const result = await client().retrieve("1").result();
    expect(result).toMatchObject({ ok: false, status, error: body });
    expect(result.response.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it("gives the catch-all for a status the operation does not declare", async () => {
    server.reset((_req, res) => res.writeHead(502, { "content-type": "text/plain" }).end("bad gateway"));
    const result = await client().plain("1").result();
    expect(result).toMatchObject({ ok: false, status: 502, error: "bad gateway" });
  });

  it("still rejects on a connection failure, and awaiting still rejects on an error status", async () => {
    const port = await closedPort();
    const offline = client({ baseURL: `http://127.0.0.1:${port}` });
    await expect(offline.retrieve("1").result()).rejects.toBeInstanceOf(errors["APIConnectionError"]);
    answer(404, { missing: "1" });
    await expect(client().retrieve("1")).rejects.toBeInstanceOf(errors["NotFoundError"]);
  });

  it("retries before the result is settled", async () => {
    let count = 0;
    server.reset((_req, res) => {
      count += 1;
      if (count < 3) json(res, 503, { server: "busy" }, { "retry-after-ms": "0" });
      else json(res, 200, { id: "1" });
    });
    const ok = await client({ maxRetries: 2 }).retrieve("1").result();
    expect(ok).toMatchObject({ ok: true, data: { id: "1" } });
    expect(server.requests).toHaveLength(3);

    server.reset((_req, res) => json(res, 503, { server: "busy" }, { "retry-after-ms": "0" }));
    const failed = await client({ maxRetries: 2 }).retrieve("1").result();
    expect(failed).toMatchObject({ ok: false, status: 503, error: { server: "busy" } });
    expect(server.requests).toHaveLength(3);
  });
});

describe("a missing credential", () => {
  it("rejects before any request reaches the server, naming the scheme, the option and the variable", async () => {
    const saved = process.env["RESULTS_API_KEY"];
    delete process.env["RESULTS_API_KEY"];
    try {
      const keyless = client({ apiKey: undefined });
      const error = await keyless.retrieve("1").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(errors["MissingCredentialError"]);
      const { message } = error as Error;
      expect(message).toContain('"bearer"');
      expect(message).toContain("`apiKey`");
      expect(message).toContain("RESULTS_API_KEY");
      expect(message).toContain("credentials.bearer");
      await expect(keyless.plain("1").result()).rejects.toBeInstanceOf(errors["MissingCredentialError"]);
      expect(server.requests).toHaveLength(0);
    } finally {
      if (saved !== undefined) process.env["RESULTS_API_KEY"] = saved;
    }
  });

  it("sends the call where the operation allows anonymous access", async () => {
    answer(200, []);
    await expect(client({ apiKey: null }).list()).resolves.toEqual([]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it("sends the call when the caller sets the scheme's header itself", async () => {
    answer(200, { id: "1" });
    await client({ apiKey: null, defaultHeaders: { Authorization: "Bearer own" } }).retrieve("1");
    expect(server.requests[0]?.headers.authorization).toBe("Bearer own");
  });
});

describe("an error as JSON", () => {
  it("holds name, status, message, body and request id, and never the key the request carried", async () => {
    server.reset((req, res) =>
      json(res, 401, { seen: req.headers.authorization }, { "x-request-id": "req-9", "set-cookie": `echo=${KEY}` }),
    );
    const error = await client().plain("1").catch((e: unknown) => e);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(error).toBeInstanceOf(errors["AuthenticationError"]);
    const text = JSON.stringify(error);
    expect(text).not.toContain(KEY);
    expect(Object.keys(JSON.parse(text) as object).sort()).toEqual(["body", "message", "name", "requestId", "status"]);
    expect(JSON.parse(text)).toMatchObject({ name: "AuthenticationError", status: 401, requestId: "req-9" });
  });
});
