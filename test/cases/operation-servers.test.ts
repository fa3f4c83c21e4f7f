/**
 * fixtures/cases/operation-servers.yaml: each call goes to its operation's own server while the
 * client's base URL is the schema's, and every call to a base URL the caller gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type ServersClient = {
  releases: { uploadAsset(id: number, body: Blob): Promise<unknown>; listAssets(id: number): Promise<unknown> };
  files: { download(name: string): Promise<unknown>; delete(name: string): Promise<unknown> };
};
type ServersClass = new (options: Record<string, unknown>) => ServersClient;

let generated: GeneratedCase;
let server: TestServer;
let Client: ServersClass;

beforeAll(async () => {
  generated = await generateCase("operation-servers");
  server = await startServer();
  Client = generated.client["default"] as ServersClass;
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

/** Every call of the four operations, answered by a fetch that records where each went. */
async function destinations(options: Record<string, unknown>): Promise<string[]> {
  const sent: string[] = [];
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    sent.push(`${init?.method ?? "GET"} ${String(url)}`);
    return new Response(init?.method === "DELETE" ? null : "[]", { status: init?.method === "DELETE" ? 204 : 200, headers: { "content-type": "application/json" } });
  };
  const client = new Client({ maxRetries: 0, fetch, ...options });
  await client.releases.uploadAsset(7, new Blob(["zip"]));
  await client.releases.listAssets(7);
  await client.files.download("a.txt");
  await client.files.delete("a.txt");
  return sent;
}

describe("operations with their own servers", () => {
  it("go to their own servers while the client keeps the schema's", async () => {
    expect(await destinations({})).toEqual([
      "POST https://uploads.example.com/releases/7/assets",
      "GET https://api.example.com/v3/releases/7/assets",
      "GET https://files.example.com/raw/files/a.txt",
      "DELETE https://api.example.com/v3/files/a.txt",
    ]);
  });

  it("all go to a base URL the caller gives", async () => {
    server.reset((req, res) => (req.method === "DELETE" ? res.writeHead(204).end() : json(res, 200, [])));
    const client = new Client({ baseURL: `${server.url}/mock`, maxRetries: 0 });
    await client.releases.uploadAsset(7, new Blob(["zip"]));
    await client.files.download("a.txt");
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /mock/releases/7/assets", "GET /mock/files/a.txt"]);
  });
});
