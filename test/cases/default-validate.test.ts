import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

/**
 * A client generated with a default `validate` mode (the config's `validate`) brings its validator,
 * and for `"warn"` its log: constructed without options it checks every response.
 */
type Tags = { tags: { list(): Promise<unknown> } };
type TagsClient = new (options: object) => Tags;

let warning: GeneratedCase;
let throwing: GeneratedCase;
let server: TestServer;

beforeAll(async () => {
  [warning, throwing] = await Promise.all([generateCase("pagination", { validate: "warn" }), generateCase("pagination", { validate: "throw" })]);
  server = await startServer();
  server.reset((_req, res) => json(res, 200, ["a", 7]));
});
afterAll(async () => {
  await server.close();
  await Promise.all([warning.remove(), throwing.remove()]);
});
afterEach(() => vi.restoreAllMocks());

const client = (generated: GeneratedCase, options: object = {}) =>
  new (generated.client["default"] as TagsClient)({ baseURL: server.url, maxRetries: 0, ...options });

describe("a client generated with a default validate mode", () => {
  it('"warn" warns through its own log when constructed without options, and passes the body', async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await expect(client(warning).tags.list()).resolves.toEqual(["a", 7]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("response body of GET /tags/ does not match");
  });

  it('"throw" rejects with ResponseValidationError, and "off" per client turns it off', async () => {
    const error = await client(throwing).tags.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(throwing.client["ResponseValidationError"] as new () => Error);
    await expect(client(throwing, { validate: "off" }).tags.list()).resolves.toEqual(["a", 7]);
  });
});
