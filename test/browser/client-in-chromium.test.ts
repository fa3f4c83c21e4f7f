import type { ServerResponse } from "node:http";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium.js";
import { REPO } from "../helpers/run-cli.js";
import { startServer, type RecordedRequest, type TestServer } from "../templates/server.js";
import { corsHeaders, servePage, type PageServer } from "./page-server.js";

// The checked-in camelAI client, bundled by esbuild as an application would, runs in Debian's
// headless Chromium against a loopback API on another origin (so CORS applies, as in production).
const ENTRY = `
import CamelAI, { NotFoundError } from "./index.js";

const client = (baseURL: string) => new CamelAI({ baseURL, apiKey: "sk-browser-key", maxRetries: 0 });

Object.assign(globalThis, {
  async patchConnection(baseURL: string) {
    return client(baseURL).sources.partialUpdate("42", { account_name: "From the browser" });
  },
  async ask(baseURL: string, stopAfter: number) {
    const seen: { event: string | undefined; type: string; content: string | null }[] = [];
    Object.assign(globalThis, { seen });
    for await (const event of await client(baseURL).askCamel.create({ message: "hi", stream: true })) {
      seen.push({ event: event.event, type: event.data.type, content: event.data.content ?? null });
      if (seen.length === stopAfter) break;
    }
    return seen;
  },
  async missingConnection(baseURL: string) {
    try {
      await client(baseURL).sources.retrieve("404");
      return "resolved";
    } catch (error) {
      return { notFound: error instanceof NotFoundError, status: (error as NotFoundError).status };
    }
  },
});
`;

let browser: Browser;
let page: Page;
let site: PageServer;
let api: TestServer;
let origin: string;

/** The API's answer to one request that is not a preflight. */
type Answer = (req: RecordedRequest) => { status: number; body: unknown };

function answer(with_: Answer): void {
  api.reset((req, res) => {
    const cors = corsHeaders(origin, req.headers["access-control-request-headers"]);
    if (req.method === "OPTIONS") return void res.writeHead(204, cors).end();
    const { status, body } = with_(req);
    res.writeHead(status, { ...cors, "content-type": "application/json" }).end(JSON.stringify(body));
  });
}

/** A server-sent event of camelAI's ask, as the loopback API writes it. */
function sse(type: string, content?: string): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...(content === undefined ? {} : { content }) })}\n\n`;
}

/**
 * Answers the ask with the first event and holds the response open: the test writes the rest
 * (`held.end(...)`) once the page has shown that it received the first one.
 */
function holdStream(): Promise<{ res: ServerResponse; closed: Promise<void> }> {
  return new Promise((resolve) => {
    api.reset((req, res) => {
      const cors = corsHeaders(origin, req.headers["access-control-request-headers"]);
      if (req.method === "OPTIONS") return void res.writeHead(204, cors).end();
      res.writeHead(200, { ...cors, "content-type": "text/event-stream", "cache-control": "no-store" });
      res.write(`: hello\n\n${sse("delta", "Forty")}`);
      resolve({ res, closed: new Promise((closed) => res.on("close", () => closed())) });
    });
  });
}

type Ask = { ask(base: string, stopAfter: number): Promise<unknown> };
const seenInPage = (count: number) => (globalThis as unknown as { seen?: unknown[] }).seen?.length === count;

/** Requests the page sent, preflights left out. */
function calls(): RecordedRequest[] {
  return api.requests.filter((req) => req.method !== "OPTIONS");
}

beforeAll(async () => {
  [browser, site, api] = await Promise.all([launchChromium(), servePage(ENTRY, join(REPO, "generated/camelai")), startServer()]);
  origin = new URL(site.url).origin;
  page = await browser.newPage();
  await page.goto(site.url);
  await page.waitForFunction(() => "patchConnection" in globalThis);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), api?.close()]);
});

beforeEach(() => answer(() => ({ status: 500, body: {} })));

describe("the generated client in headless Chromium", () => {
  it("sends a PATCH with the key and JSON body across origins and returns the typed answer", async () => {
    answer((req) => ({ status: 200, body: { id: 42, type: "POSTGRES", created_at: "2024-05-01T12:00:00Z", ...JSON.parse(req.body) } }));
    const result = await page.evaluate((base) => (globalThis as unknown as { patchConnection(b: string): Promise<unknown> }).patchConnection(base), api.url);
    expect(result).toMatchObject({ id: 42, account_name: "From the browser" });
    expect(calls()).toHaveLength(1);
    expect(calls()[0]).toMatchObject({ method: "PATCH", url: "/api/v1/sources/42/" });
    expect(calls()[0]?.headers.authorization).toBe("Bearer sk-browser-key");
    expect(JSON.parse(calls()[0]?.body ?? "")).toEqual({ account_name: "From the browser" });
  });

  it("streams ask's server-sent events to a for await loop as they arrive", async () => {
    const held = holdStream();
    const done = page.evaluate((base) => (globalThis as unknown as Ask).ask(base, 0), api.url);
    const { res } = await held;
    // The first event reaches the loop while the server still holds the response open.
    await page.waitForFunction(seenInPage, 1);
    res.end(`${sse("delta", "-two ✓")}${sse("done")}`);
    expect(await done).toEqual([
      { event: "delta", type: "delta", content: "Forty" },
      { event: "delta", type: "delta", content: "-two ✓" },
      { event: "done", type: "done", content: null },
    ]);
    expect(JSON.parse(calls()[0]?.body ?? "")).toEqual({ message: "hi", stream: true });
  });

  it("break after the first event closes the connection the server holds", async () => {
    const held = holdStream();
    const done = page.evaluate((base) => (globalThis as unknown as Ask).ask(base, 1), api.url);
    const { closed } = await held;
    expect(await done).toEqual([{ event: "delta", type: "delta", content: "Forty" }]);
    await closed;
  });

  it("turns a 404 into NotFoundError inside the page", async () => {
    answer(() => ({ status: 404, body: { detail: "Not found." } }));
    const result = await page.evaluate((base) => (globalThis as unknown as { missingConnection(b: string): Promise<unknown> }).missingConnection(base), api.url);
    expect(result).toEqual({ notFound: true, status: 404 });
  });
});
