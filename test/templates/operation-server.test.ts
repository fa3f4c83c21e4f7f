/**
 * An operation's own server (OpenAPI's operation or path item `servers`): it replaces the schema's
 * server while the client's `baseURL` is the schema's, and gives way to a `baseURL` of the caller's.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { APIClient, paginate, type ClientOptions, type OperationRequest } from "../../templates/index.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let api: TestServer;
let uploads: TestServer;
beforeAll(async () => {
  [api, uploads] = await Promise.all([startServer(), startServer()]);
});
afterAll(() => Promise.all([api.close(), uploads.close()]));
beforeEach(() => {
  for (const server of [api, uploads]) server.reset((req, res) => json(res, 200, { url: req.url }));
});

/** The test config with the `api` server as the schema's. */
const clientOf = (options: ClientOptions = {}) =>
  new APIClient({ apiKey: null, maxRetries: 0, ...options }, { ...config, defaultBaseURL: `${api.url}/v3` });

const upload = (): OperationRequest => ({ method: "POST", path: "/assets", server: `${uploads.url}/up`, security: [] });
const plain: OperationRequest = { method: "GET", path: "/assets", security: [] };

const hits = () => [...api.requests.map((r) => `api ${r.url}`), ...uploads.requests.map((r) => `uploads ${r.url}`)];

describe("an operation's own server", () => {
  it("replaces the schema's server while the client keeps it", async () => {
    const client = clientOf();
    await APIClient.request(client, upload());
    await APIClient.request(client, plain);
    expect(hits()).toEqual(["api /v3/assets", "uploads /up/assets"]);
  });

  it("applies when the caller's baseURL is the schema's own", async () => {
    await APIClient.request(clientOf({ baseURL: `${api.url}/v3` }), upload());
    expect(hits()).toEqual(["uploads /up/assets"]);
  });

  it("gives way to a baseURL of the caller's, through withOptions too", async () => {
    await APIClient.request(clientOf({ baseURL: `${api.url}/mock` }), upload());
    await APIClient.request(clientOf().withOptions({ baseURL: `${api.url}/other` }), upload());
    expect(hits()).toEqual(["api /mock/assets", "api /other/assets"]);
  });

  it("keeps a list's pages on its own server's origin", async () => {
    uploads.reset((req, res) =>
      json(res, 200, req.url.includes("page=2") ? { results: [3], next: null } : { results: [1, 2], next: `${uploads.url}/up/assets?page=2` }),
    );
    const pages = APIClient.requestPage<unknown, number>(clientOf(), { ...upload(), method: "GET", paginate }, undefined, { items: "results", next: "next" });
    const items: number[] = [];
    for await (const item of pages) items.push(item);
    expect([items, hits()]).toEqual([[1, 2, 3], ["uploads /up/assets", "uploads /up/assets?page=2"]]);
  });
});
