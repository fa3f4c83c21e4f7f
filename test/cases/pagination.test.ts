import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type Item = { id: number; name: string };
type Page = { count: number; next: string | null; previous: string | null; results: Item[] };
type PageCall = ((params?: Record<string, unknown>) => Promise<Page> & AsyncIterable<Item> & { pages(): AsyncIterable<Page> });
type PagesClient = { items: { list: PageCall }; tags: { list: () => Promise<string[]> } };
type PagesClass = new (options: Record<string, unknown>) => PagesClient;

let generated: GeneratedCase;
let server: TestServer;
let client: PagesClient;

/** Three pages of two items each, linked by absolute `next` URLs as DRF writes them. */
function servePages(nextOf: (page: number) => string | null): void {
  server.reset((req, res) => {
    const page = Number(new URL(req.url, server.url).searchParams.get("page") ?? "1");
    const results = [1, 2].map((i) => ({ id: (page - 1) * 2 + i, name: `item ${(page - 1) * 2 + i}` }));
    json(res, 200, { count: 6, next: nextOf(page), previous: null, results });
  });
}

beforeAll(async () => {
  generated = await generateCase("pagination");
  server = await startServer();
  client = new (generated.client["default"] as PagesClass)({ baseURL: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

describe("next-link pagination of fixtures/cases/pagination.yaml", () => {
  it("awaiting the call gives the first page", async () => {
    servePages((p) => (p < 3 ? `${server.url}/items/?page=${p + 1}` : null));
    const page = await client.items.list({ page_size: 2 });
    expect(page.results.map((i) => i.id)).toEqual([1, 2]);
    expect(server.requests.map((r) => r.url)).toEqual(["/items/?page_size=2"]);
  });

  it("for await walks every item of every page", async () => {
    servePages((p) => (p < 3 ? `${server.url}/items/?page=${p + 1}` : null));
    const ids: number[] = [];
    for await (const item of client.items.list()) ids.push(item.id);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
    expect(server.requests.map((r) => r.url)).toEqual(["/items/", "/items/?page=2", "/items/?page=3"]);
  });

  it("pages() yields whole pages and stops on a link it has already followed", async () => {
    servePages(() => `${server.url}/items/?page=2`);
    const counts: number[] = [];
    for await (const page of client.items.list().pages()) counts.push(page.results.length);
    expect(counts).toEqual([2, 2]);
    expect(server.requests).toHaveLength(2);
  });

  it("never follows a next link to another origin", async () => {
    servePages(() => "http://127.0.0.2:9/items/?page=2");
    const ids: number[] = [];
    for await (const item of client.items.list()) ids.push(item.id);
    expect(ids).toEqual([1, 2]);
    expect(server.requests).toHaveLength(1);
  });

  it("a bare-array list is a plain promise", async () => {
    server.reset((_req, res) => json(res, 200, ["a", "b"]));
    expect(await client.tags.list()).toEqual(["a", "b"]);
  });
});
