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

  it("turns a 404 into NotFoundError inside the page", async () => {
    answer(() => ({ status: 404, body: { detail: "Not found." } }));
    const result = await page.evaluate((base) => (globalThis as unknown as { missingConnection(b: string): Promise<unknown> }).missingConnection(base), api.url);
    expect(result).toEqual({ notFound: true, status: 404 });
  });
});
