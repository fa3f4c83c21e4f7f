import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type Resource = Record<string, Call>;
interface Options {
  baseURL?: string;
  maxRetries?: number;
  defaultHeaders?: Record<string, string>;
}
interface MembersClient {
  request: Resource;
  timeout: Resource;
  baseURL: Resource;
  maxRetries: Resource;
  withOptions_: Resource;
  withOptions(options: Options): MembersClient;
}
type Client = new (options?: Options) => MembersClient;

let generated: GeneratedCase;
let server: TestServer;
beforeAll(async () => {
  generated = await generateCase("client-members");
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});
afterEach(() => vi.unstubAllEnvs());

const Members = () => generated.client["default"] as Client;
const MembersCore = () => generated.client["MembersCore"] as Client;
const paths = () => server.requests.map((req) => `${req.method} ${req.url}`);

describe("tags named like the client's internals (fixtures/cases/client-members.yaml)", () => {
  it("are resources that work on the wire: client.request, client.timeout, client.baseURL, client.maxRetries", async () => {
    server.reset((req, res) => json(res, req.method === "POST" ? 201 : 200, req.url?.startsWith("/v1/requests/") ? { id: "7" } : []));
    const client = new (Members())({ baseURL: `${server.url}/v1`, maxRetries: 0 });
    expect(await client.request["retrieve"]?.("7")).toEqual({ id: "7" });
    expect(await client.timeout["list"]?.()).toEqual([]);
    expect(await client.baseURL["list"]?.()).toEqual([]);
    expect(await client.maxRetries["create"]?.({ id: "1" })).toEqual([]);
    expect(await client.withOptions_["list"]?.()).toEqual([]);
    expect(paths()).toEqual(["GET /v1/requests/7", "GET /v1/timeouts", "GET /v1/base-urls", "POST /v1/max-retries", "GET /v1/with-options"]);
  });

  it("leave withOptions to the client: a derived client of the same class, resources included; the parent unchanged", async () => {
    server.reset((_req, res) => json(res, 200, { id: "1" }));
    const parent = new (Members())({ baseURL: `${server.url}/v1`, maxRetries: 0, defaultHeaders: { "x-team": "a" } });
    const derived = parent.withOptions({ baseURL: `${server.url}/v2`, defaultHeaders: { "x-team": "b" } });
    expect(derived).toBeInstanceOf(Members());
    await derived.request["retrieve"]?.("1");
    await parent.request["retrieve"]?.("1");
    expect(paths()).toEqual(["GET /v2/requests/1", "GET /v1/requests/1"]);
    expect(server.requests.map((req) => req.headers["x-team"])).toEqual(["b", "a"]);
  });

  it("the Core derives a Core that the flat functions take", async () => {
    server.reset((_req, res) => json(res, 200, { id: "3" }));
    const core = new (MembersCore())({ baseURL: `${server.url}/v1`, maxRetries: 0 });
    const derived = core.withOptions({ baseURL: `${server.url}/v3` });
    expect(derived).toBeInstanceOf(MembersCore());
    expect(derived).not.toBeInstanceOf(Members());
    const requestRetrieve = generated.client["requestRetrieve"] as (client: unknown, id: string) => Promise<unknown>;
    expect(await requestRetrieve(derived, "3")).toEqual({ id: "3" });
    expect(paths()).toEqual(["GET /v3/requests/3"]);
  });

  it("take the base URL from MEMBERS_BASE_URL when no baseURL option is given; the option wins", async () => {
    server.reset((_req, res) => json(res, 200, []));
    vi.stubEnv("MEMBERS_BASE_URL", `${server.url}/from-env`);
    await new (Members())({ maxRetries: 0 }).timeout["list"]?.();
    await new (Members())({ baseURL: `${server.url}/from-option`, maxRetries: 0 }).timeout["list"]?.();
    expect(paths()).toEqual(["GET /from-env/timeouts", "GET /from-option/timeouts"]);
  });
});
