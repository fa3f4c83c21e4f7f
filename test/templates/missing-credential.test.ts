import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  APIError,
  MissingCredentialError,
  type ClientOptions,
  type OperationRequest,
} from "../../templates/index.js";
import { SECRET, config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset((_req, res) => json(res, 200, {})));

function call(
  security: OperationRequest["security"],
  options: ClientOptions = {},
  headers?: Record<string, string>,
): Promise<unknown> {
  return APIClient.request(
    new APIClient(
      { baseURL: server.url, apiKey: null, maxRetries: 0, ...options },
      config,
    ),
    { method: "GET", path: "/me", security },
    headers === undefined ? {} : { headers },
  );
}

async function refusal(
  promise: Promise<unknown>,
): Promise<MissingCredentialError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof MissingCredentialError))
    throw new Error(`expected a MissingCredentialError, got ${String(error)}`);
  return error;
}

describe("a call whose security requirement has no credential", () => {
  it("rejects the returned promise (no synchronous throw) and sends nothing", async () => {
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = call([["bearer"]]);
    }).not.toThrow();
    const error = await refusal(promise as Promise<unknown>);
    expect(error).not.toBeInstanceOf(APIError);
    expect(error.name).toBe("MissingCredentialError");
    expect(error.requirements).toEqual([["bearer"]]);
    expect(server.requests).toHaveLength(0);
  });

  it("names every scheme, the apiKey option, the environment variable and credentials.<scheme>", async () => {
    const error = await refusal(call([["drfToken", "tenant"], ["queryKey"]]));
    expect(error.message).toBe(
      'GET /me needs a credential for scheme "drfToken" and "tenant" or "queryKey" (nothing was sent): ' +
        "pass the `apiKey` option or set the TESTAPI_API_KEY environment variable, " +
        "or `credentials.drfToken` and `credentials.tenant` or `credentials.queryKey`",
    );
  });

  it("is refused when only part of a requirement is given", async () => {
    await refusal(
      call([["drfToken", "tenant"]], { credentials: { tenant: "acme" } }),
    );
    expect(server.requests).toHaveLength(0);
  });

  it("serialises to its name, message and requirements", async () => {
    const error = await refusal(call([["bearer"]]));
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "MissingCredentialError",
      message: error.message,
      requirements: [["bearer"]],
    });
  });
});

describe("calls that are sent", () => {
  it("with an anonymous alternative", async () => {
    await call([["bearer"], []]);
    expect(server.requests).toHaveLength(1);
  });

  it("with any alternative satisfied", async () => {
    await call([["bearer"], ["headerKey"]], {
      credentials: { headerKey: SECRET },
    });
    expect(server.requests[0]?.headers["x-api-key"]).toBe(SECRET);
  });

  it("when the caller sets the scheme's header itself, per call or by default", async () => {
    await call([["headerKey"]], {}, { "X-API-Key": "own" });
    await call([["bearer"]], {
      defaultHeaders: { authorization: "Bearer own" },
    });
    expect(
      server.requests.map((r) => [
        r.headers["x-api-key"],
        r.headers.authorization,
      ]),
    ).toEqual([
      ["own", undefined],
      [undefined, "Bearer own"],
    ]);
  });

  it("not when the caller's header is removed again per call", async () => {
    await refusal(
      APIClient.request(
        new APIClient(
          {
            baseURL: server.url,
            apiKey: null,
            defaultHeaders: { authorization: "Bearer own" },
          },
          config,
        ),
        { method: "GET", path: "/me", security: [["bearer"]] },
        { headers: { authorization: null } },
      ),
    );
    expect(server.requests).toHaveLength(0);
  });

  it("when a requirement names a scheme the client does not know", async () => {
    await call([["unknownScheme"]]);
    expect(server.requests).toHaveLength(1);
  });
});
