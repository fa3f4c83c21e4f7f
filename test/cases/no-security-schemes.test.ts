/**
 * A client whose schema declares no security scheme (as GitHub's declares none): a credential
 * option would never be sent, so the client refuses it, through `withOptions` too, and sends one
 * given in `defaultHeaders`. fixtures/cases/operation-servers.yaml declares no scheme.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type Client = { releases: { listAssets(id: number): Promise<unknown> }; withOptions(options: Record<string, unknown>): Client };
type ClientClass = new (options?: Record<string, unknown>) => Client;

let generated: GeneratedCase;
let server: TestServer;
let Full: ClientClass;
let Core: ClientClass;

beforeAll(async () => {
  generated = await generateCase("operation-servers");
  server = await startServer();
  Full = generated.client["default"] as ClientClass;
  Core = generated.client["OperationServersCore"] as ClientClass;
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

describe("a client whose schema declares no security scheme", () => {
  it.each([["the client", () => Full], ["its Core", () => Core]])("%s refuses an apiKey it would never send", (_label, of) => {
    expect(() => new (of())({ apiKey: "ghp_token" })).toThrow(/declares no security scheme, so `apiKey` would never be sent/);
  });

  it("refuses one given through withOptions", () => {
    expect(() => new Full({ baseURL: server.url }).withOptions({ credentials: { bearer: "t" } })).toThrow(/so `credentials` would never be sent/);
  });

  it("sends a credential given in defaultHeaders", async () => {
    server.reset((_req, res) => json(res, 200, []));
    await new Full({ baseURL: server.url, maxRetries: 0, defaultHeaders: { Authorization: "Bearer ghp_token" } }).releases.listAssets(7);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer ghp_token");
  });
});
