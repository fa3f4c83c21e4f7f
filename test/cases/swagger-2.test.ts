import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type PetsClient = { pets: Record<string, Call> };

let generated: GeneratedCase;
let server: TestServer;
let client: PetsClient;

beforeAll(async () => {
  generated = await generateCase("swagger-2");
  server = await startServer();
  client = new (generated.client["default"] as new (o: object) => PetsClient)({ baseURL: `${server.url}/v2`, apiKey: "k", maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

function lastRequest() {
  const request = server.requests.at(-1);
  if (!request) throw new Error("no request reached the server");
  return request;
}

describe("a Swagger 2.0 document (fixtures/cases/swagger-2.yaml), upgraded and called on the wire", () => {
  it("host, basePath and schemes become the default base URL", async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => Response.json([]));
    const defaults = new (generated.client["default"] as new (o: object) => PetsClient)({ apiKey: "k", fetch });
    await defaults.pets["list"]?.();
    expect(fetch.mock.calls.map(([url]) => new URL(url).origin + new URL(url).pathname)).toEqual(["http://127.0.0.1/v2/pets"]);
  });

  it("collectionFormat csv, multi, ssv and pipes serialise as Swagger 2.0 meant; the apiKey goes in its header", async () => {
    server.reset((_req, res) => json(res, 200, [{ id: 1, name: "Rex", status: "sold" }]));
    const pets = await client.pets["list"]?.({ page_size: 2, tags: ["a", "b"], ids: [1, 2], words: ["x", "y"], flags: ["p", "q"], "X-Trace": ["t1", "t2"] });
    expect(pets).toEqual([{ id: 1, name: "Rex", status: "sold" }]);
    const request = lastRequest();
    expect(request.url).toBe("/v2/pets?page_size=2&tags=a,b&ids=1&ids=2&words=x%20y&flags=p%7Cq");
    expect(request.headers["x-trace"]).toBe("t1,t2");
    expect(request.headers["x-api-key"]).toBe("k");
  });

  it("a body parameter becomes the JSON request body", async () => {
    server.reset((_req, res) => json(res, 201, { id: 7, name: "Rex" }));
    await client.pets["create"]?.({ name: "Rex" });
    expect(lastRequest().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(lastRequest().body)).toEqual({ name: "Rex" });
  });

  it("formData with consumes urlencoded becomes a form body, its arrays in their collectionFormat (csv by default)", async () => {
    server.reset((_req, res) => res.writeHead(204).end());
    await client.pets["updateForm"]?.(7, { name: "Rex", status: "sold", codes: [1, 2], words: ["x", "y"], flags: ["p", "q"] });
    const request = lastRequest();
    expect(request.url).toBe("/v2/pets/7/form");
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request.body).toBe("name=Rex&status=sold&codes=1%2C2&words=x+y&flags=p&flags=q");
  });

  it("formData under the document's JSON consumes is a form body, or multipart where a field is a file", async () => {
    server.reset((_req, res) => res.writeHead(204).end());
    await client.pets["note"]?.(7, { text: "good dog" });
    expect(lastRequest().headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(lastRequest().body).toBe("text=good+dog");
    await client.pets["scan"]?.(7, { label: "x-ray", scan: new Blob(["IMG"]) });
    const request = lastRequest();
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Request("http://x/", { method: "POST", headers: { "content-type": String(request.headers["content-type"]) }, body: new Uint8Array(request.bytes) }).formData();
    expect(form.get("label")).toBe("x-ray");
    expect(await (form.get("scan") as Blob).text()).toBe("IMG");
    await client.pets["chip"]?.(7, { label: "tag", dump: new Uint8Array([1, 2]) });
    const chip = await new Request("http://x/", { method: "POST", headers: { "content-type": String(lastRequest().headers["content-type"]) }, body: new Uint8Array(lastRequest().bytes) }).formData();
    expect(chip.get("label")).toBe("tag");
    expect([...new Uint8Array(await (chip.get("dump") as Blob).arrayBuffer())]).toEqual([1, 2]);
  });

  it("formData with a file becomes multipart; produces text/plain gives a string", async () => {
    server.reset((_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("stored"));
    const receipt = await client.pets["uploadPhoto"]?.(7, { caption: "hi", file: new Blob(["PNG"], { type: "image/png" }) });
    expect(receipt).toBe("stored");
    const request = lastRequest();
    const form = await new Request("http://x/", { method: "POST", headers: { "content-type": String(request.headers["content-type"]) }, body: new Uint8Array(request.bytes) }).formData();
    expect(form.get("caption")).toBe("hi");
    const file = form.get("file");
    expect(file).toBeInstanceOf(Blob);
    expect(await (file as Blob).text()).toBe("PNG");
  });

  it("a required file makes the multipart body required, and Swagger's x-nullable is kept", () => {
    const operations = generated.files.find((f) => f.path === "resources/pets.ts")?.contents ?? "";
    expect(operations).toMatch(/petsUploadPhoto\(\s*client: APIClient,\s*petId: number,\s*body: PetsUploadPhotoBody,/);
    const types = generated.files.find((f) => f.path === "types.ts")?.contents ?? "";
    expect(types).toMatch(/tag\?: string \| null;/);
  });
});
