import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type Walk<Page, Item> = Promise<Page> & AsyncIterable<Item> & { pages(): AsyncIterable<Page> };
type Repo = { id: number; full_name: string };
type Entry = { id: number };
type StylesClient = {
  repos: { listForOrg(org: string, params?: Record<string, unknown>): Walk<Repo[], Repo> };
  actions: { listRunnersForOrg(org: string): Walk<unknown, { id: number; name: string }> };
  records: { list(params?: Record<string, unknown>): Walk<unknown, Entry> };
  logs: { list(params?: Record<string, unknown>): Walk<string[], string> };
  events: { list(params?: Record<string, unknown>): Walk<unknown, Entry> };
  conversations: { list(): Walk<unknown, string> };
  things: { list(): Walk<unknown, Entry> };
  charges: { list(params?: Record<string, unknown>): Walk<unknown, { id: string; amount: number }> };
  assistants: { list(params?: Record<string, unknown>): Walk<unknown, Entry> };
  vaults: { list(): Walk<unknown, Entry> };
};
type StylesClass = new (options: Record<string, unknown>) => StylesClient;

let generated: GeneratedCase;
let server: TestServer;
let other: TestServer;
let client: StylesClient;

beforeAll(async () => {
  // things_list pages by `meta.next` sent back as `after`, vaults_list by Azure's `odata.nextLink`: shapes only the config can say.
  generated = await generateCase("pagination-styles", {
    pagination: { things_list: { style: "cursor", items: "data", cursor: "meta.next", param: "after" }, vaults_list: { style: "next", next: "odata.nextLink" } },
  });
  [server, other] = await Promise.all([startServer(), startServer()]);
  const warn = () => undefined;
  const logger = { warn, error: warn, info: warn, debug: warn };
  client = new (generated.client["default"] as StylesClass)({ baseURL: server.url, maxRetries: 0, logging: generated.client["clientLogging"], logger });
});
afterAll(async () => {
  await Promise.all([server.close(), other.close()]);
  await generated.remove();
});
beforeEach(() => other.reset((_req, res) => json(res, 200, [{ id: 99, full_name: "elsewhere" }])));

async function collect<T>(walk: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of walk) items.push(item);
  return items;
}

const paths = (s: TestServer): string[] => s.requests.map((r) => r.url);
const query = (url: string, name: string): string | null => new URL(url, "http://x").searchParams.get(name);

/** Seven repositories, `per_page` (default 3) a page, linked as GitHub links them: absolute, by org id, with `last`. */
function serveRepos(link: (page: number, last: number) => string | undefined): void {
  server.reset((req, res) => {
    const perPage = Number(query(req.url, "per_page") ?? 3);
    const page = Number(query(req.url, "page") ?? 1);
    const last = Math.ceil(7 / perPage);
    const repos = Array.from({ length: 7 }, (_, i) => ({ id: i + 1, full_name: `octo/r${i + 1}` }));
    const header = link(page, last);
    json(res, 200, repos.slice((page - 1) * perPage, page * perPage), header === undefined ? {} : { link: header });
  });
}

describe("Link header pages (GitHub's repos.listForOrg)", () => {
  it("walks every page by rel=\"next\", absolute and relative links alike", async () => {
    serveRepos((page, last) => {
      if (page >= last) return `<${server.url}/organizations/1/repos?per_page=3&page=1>; rel="first"`;
      const next = page === 1 ? `${server.url}/organizations/1/repos?per_page=3&page=2` : `/organizations/1/repos?per_page=3&page=${page + 1}`;
      return `<${next}>; rel="next", <${server.url}/organizations/1/repos?per_page=3&page=${last}>; rel="last"`;
    });
    const repos = await collect(client.repos.listForOrg("octo", { per_page: 3 }));
    expect(repos.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(paths(server)).toEqual(["/orgs/octo/repos?per_page=3", "/organizations/1/repos?per_page=3&page=2", "/organizations/1/repos?per_page=3&page=3"]);
  });

  it("reads rel with several values, quoted parameters holding commas, and several links", async () => {
    serveRepos((page, last) =>
      page < last
        ? `<${server.url}/r?page=1>; rel="first prev"; title="a, b; c", <${server.url}/r?page=${page + 1}>; title="next, please"; REL="Last  NEXT"`
        : undefined,
    );
    expect((await collect(client.repos.listForOrg("octo"))).map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(paths(server)).toEqual(["/orgs/octo/repos", "/r?page=2", "/r?page=3"]);
  });

  it("never follows a link to another origin: the other server gets no request", async () => {
    serveRepos(() => `<${other.url}/organizations/1/repos?page=2>; rel="next"`);
    expect((await collect(client.repos.listForOrg("octo"))).map((r) => r.id)).toEqual([1, 2, 3]);
    expect(paths(server)).toEqual(["/orgs/octo/repos"]);
    expect(other.requests).toHaveLength(0);
  });

  it("stops at a link already visited", async () => {
    serveRepos(() => `<${server.url}/r?page=2>; rel="next"`);
    expect((await collect(client.repos.listForOrg("octo"))).map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(paths(server)).toEqual(["/orgs/octo/repos", "/r?page=2"]);
  });

  it("stops when a server ignoring the page parameter repeats the page", async () => {
    let n = 1;
    server.reset((_req, res) => json(res, 200, [{ id: 1, full_name: "a" }], { link: `</r?page=${++n}>; rel="next"` }));
    expect((await collect(client.repos.listForOrg("octo"))).map((r) => r.id)).toEqual([1]);
    expect(paths(server)).toEqual(["/orgs/octo/repos", "/r?page=2"]);
  });

  it("takes the items of an object page from its one array (runners)", async () => {
    server.reset((req, res) => {
      const page = Number(query(req.url, "page") ?? 1);
      const runners = [{ id: page, name: `runner ${page}` }];
      json(res, 200, { total_count: 2, runners }, page === 1 ? { link: `<${server.url}/runners?page=2>; rel="next"` } : {});
    });
    expect((await collect(client.actions.listRunnersForOrg("octo"))).map((r) => r.name)).toEqual(["runner 1", "runner 2"]);
  });
});

/** Five entries served by `offset` and `limit` (default 2); `total` says how many when `withTotal`. */
function serveEntries(withTotal: boolean, ignoreOffset = false): void {
  server.reset((req, res) => {
    const limit = Number(query(req.url, "limit") ?? 2);
    const offset = ignoreOffset ? 0 : Number(query(req.url, "offset") ?? 0);
    const entries = [1, 2, 3, 4, 5].map((id) => ({ id })).slice(offset, offset + limit);
    if (req.url.startsWith("/logs")) json(res, 200, entries.map((e) => `line ${e.id}`));
    else json(res, 200, withTotal ? { total: 5, items: entries } : { items: entries });
  });
}

describe("offset pages", () => {
  it("advances the offset by the items received and stops at the total", async () => {
    serveEntries(true);
    expect((await collect(client.records.list({ limit: 2 }))).map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(paths(server)).toEqual(["/records?limit=2", "/records?limit=2&offset=2", "/records?limit=2&offset=4"]);
  });

  it("starts from the caller's offset", async () => {
    serveEntries(true);
    expect((await collect(client.records.list({ offset: 1, limit: 3 }))).map((e) => e.id)).toEqual([2, 3, 4, 5]);
    expect(paths(server)).toEqual(["/records?limit=3&offset=1", "/records?limit=3&offset=4"]);
  });

  it("without a total, stops at a page shorter than the first (a bare array)", async () => {
    serveEntries(false);
    expect(await collect(client.logs.list())).toEqual(["line 1", "line 2", "line 3", "line 4", "line 5"]);
    expect(paths(server)).toEqual(["/logs", "/logs?offset=2", "/logs?offset=4"]);
  });

  it("without a total, stops at an empty page", async () => {
    server.reset((req, res) => {
      const offset = Number(query(req.url, "offset") ?? 0);
      json(res, 200, offset < 4 ? [`line ${offset + 1}`, `line ${offset + 2}`] : []);
    });
    expect(await collect(client.logs.list())).toEqual(["line 1", "line 2", "line 3", "line 4"]);
    expect(paths(server)).toEqual(["/logs", "/logs?offset=2", "/logs?offset=4"]);
  });

  it("stops when the server ignores the offset, total or not", async () => {
    serveEntries(true, true);
    expect((await collect(client.records.list())).map((e) => e.id)).toEqual([1, 2]);
    expect(paths(server)).toEqual(["/records", "/records?offset=2"]);
    serveEntries(false, true);
    expect(await collect(client.logs.list())).toEqual(["line 1", "line 2"]);
    expect(paths(server)).toEqual(["/logs", "/logs?offset=2"]);
  });
});

/** Entries 1..5, two a page; the cursor of the next page is the id it starts at, in `at(body)`. */
function serveCursor(at: (body: Record<string, unknown>, next: string | null) => void, param = "cursor"): void {
  server.reset((req, res) => {
    const start = Number(query(req.url, param) ?? 1);
    const data = [start, start + 1].filter((id) => id <= 5).map((id) => ({ id }));
    const body: Record<string, unknown> = { data };
    at(body, start + 2 <= 5 ? String(start + 2) : null);
    json(res, 200, body);
  });
}

describe("cursor pages", () => {
  it("sends next_cursor back as `cursor` until it is null", async () => {
    serveCursor((body, next) => (body["next_cursor"] = next));
    expect((await collect(client.events.list())).map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(paths(server)).toEqual(["/events", "/events?cursor=3", "/events?cursor=5"]);
  });

  it("never sends one cursor twice", async () => {
    server.reset((req, res) => {
      const cursor = query(req.url, "cursor");
      json(res, 200, { data: cursor === null ? [{ id: 1 }] : [{ id: 2 }], next_cursor: "again" });
    });
    expect((await collect(client.events.list())).map((e) => e.id)).toEqual([1, 2]);
    expect(paths(server)).toEqual(["/events", "/events?cursor=again"]);
  });

  it("reads a cursor one object down and stops at an empty one (Slack's response_metadata)", async () => {
    server.reset((req, res) => {
      const cursor = query(req.url, "cursor");
      const last = cursor === "dGVhbTpD";
      json(res, 200, { ok: true, channels: [last ? "random" : "general"], response_metadata: { next_cursor: last ? "" : "dGVhbTpD" } });
    });
    expect(await collect(client.conversations.list())).toEqual(["general", "random"]);
    expect(paths(server)).toEqual(["/conversations", "/conversations?cursor=dGVhbTpD"]);
  });

  it("follows the configured cursor of a shape it cannot infer (meta.next sent as `after`)", async () => {
    serveCursor((body, next) => (body["meta"] = { next }), "after");
    expect((await collect(client.things.list())).map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(paths(server)).toEqual(["/things", "/things?after=3", "/things?after=5"]);
  });
});

/**
 * Charges ch_1..ch_5, two a page (`limit`), after the id in `starting_after` or before the one in
 * `ending_before`, with Stripe's `has_more` (whether any lie beyond the page in that direction).
 */
function serveCharges(hasMore?: () => unknown): void {
  server.reset((req, res) => {
    const after = query(req.url, "starting_after");
    const before = query(req.url, "ending_before");
    const limit = Number(query(req.url, "limit") ?? 2);
    const end = before === null ? 6 : Number(before.slice(3));
    const start = before === null ? (after === null ? 1 : Number(after.slice(3)) + 1) : Math.max(1, end - limit);
    const ids = Array.from({ length: limit }, (_, i) => start + i).filter((id) => id <= 5 && id < end);
    const data = ids.map((id) => ({ id: `ch_${id}`, amount: id * 100 }));
    const beyond = before === null ? (ids[ids.length - 1] ?? 5) < 5 : start > 1;
    json(res, 200, { object: "list", data, has_more: hasMore === undefined ? beyond : hasMore(), url: "/v1/charges" });
  });
}

describe("pages after the last item (Stripe's and OpenAI's has_more)", () => {
  it("sends the last item's id as starting_after while has_more is true, keeping the call's other parameters", async () => {
    serveCharges();
    expect((await collect(client.charges.list())).map((c) => c.id)).toEqual(["ch_1", "ch_2", "ch_3", "ch_4", "ch_5"]);
    expect(paths(server)).toEqual(["/v1/charges", "/v1/charges?starting_after=ch_2", "/v1/charges?starting_after=ch_4"]);
    serveCharges();
    expect((await collect(client.charges.list({ limit: 3 }))).length).toBe(5);
    expect(paths(server)).toEqual(["/v1/charges?limit=3", "/v1/charges?limit=3&starting_after=ch_3"]);
  });

  it("walks back from ending_before with the first item's id when the call sets it", async () => {
    serveCharges();
    expect((await collect(client.charges.list({ ending_before: "ch_5" }))).map((c) => c.id)).toEqual(["ch_3", "ch_4", "ch_1", "ch_2"]);
    expect(paths(server)).toEqual(["/v1/charges?ending_before=ch_5", "/v1/charges?ending_before=ch_3"]);
  });

  it("stops where has_more is false or absent, though the page is full", async () => {
    serveCharges(() => false);
    expect((await collect(client.charges.list())).map((c) => c.id)).toEqual(["ch_1", "ch_2"]);
    serveCharges(() => undefined);
    expect((await collect(client.charges.list())).map((c) => c.id)).toEqual(["ch_1", "ch_2"]);
    expect(paths(server)).toEqual(["/v1/charges"]);
  });

  it("follows a configured odata.nextLink, a key with a dot (Azure), until it is absent", async () => {
    server.reset((req, res) => {
      const page = Number(query(req.url, "page") ?? 1);
      json(res, 200, { value: [{ id: page }], ...(page < 3 ? { "odata.nextLink": `${server.url}/vaults?page=${page + 1}&api-version=2` } : {}) });
    });
    expect((await collect(client.vaults.list())).map((e) => e.id)).toEqual([1, 2, 3]);
    expect(paths(server)).toEqual(["/vaults", "/vaults?page=2&api-version=2", "/vaults?page=3&api-version=2"]);
  });

  it("takes a numeric id in `after` (OpenAI's lists) and never sends one twice", async () => {
    server.reset((req, res) => {
      const after = query(req.url, "after");
      json(res, 200, { data: after === null ? [{ id: 1 }] : [{ id: 7 }, { id: 1 }], first_id: "", last_id: "", has_more: true });
    });
    expect((await collect(client.assistants.list())).map((e) => e.id)).toEqual([1, 7, 1]);
    expect(paths(server)).toEqual(["/assistants", "/assistants?after=1"]);
  });
});
