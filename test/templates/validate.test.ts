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
  ResponseValidationError,
  type ClientOptions,
  type RequestOptions,
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
const isThing = (value: unknown): value is Thing =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { id?: unknown }).id === "number";

function call(clientOptions: ClientOptions, options: RequestOptions = {}) {
  const api = new APIClient(
    { baseURL: server.url, apiKey: null, maxRetries: 0, ...clientOptions },
    config,
  );
  return api.request<Thing>(
    {
      method: "GET",
      path: "/things/{id}",
      parameters: [{ name: "id", in: "path", value: 7 }],
      security: [],
      success: { typeName: "Thing", check: isThing },
    },
    options,
  );
}

describe("validate", () => {
  it("does nothing by default", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await call({})).toEqual({ id: "not-a-number" });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once, naming method, path and type, in "warn" mode', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await call({ validate: "warn" })).toEqual({ id: "not-a-number" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(
      "TestAPI: response body of GET /things/{id} does not match Thing",
    );
  });

  it('rejects with ResponseValidationError in "throw" mode', async () => {
    const error = await call({ validate: "throw" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error).toMatchObject({
      name: "ResponseValidationError",
      status: 200,
      body: { id: "not-a-number" },
      typeName: "Thing",
      issues: [{ path: "", message: "response body does not match Thing" }],
    });
    expect((error as Error).message).toBe(
      "Response body of GET /things/{id} does not match Thing",
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
});
