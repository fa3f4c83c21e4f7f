import { createServer, type Server, type ServerResponse } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadSpec } from "../../src/load/load-spec.js";
import { tempDir } from "../helpers/run-cli.js";
import { expectOutcome, runHere } from "./harness.js";
import { HOSTILE, loadFixtures } from "./manifest.js";

/** A loopback server that records every request and answers from `route`. */
interface Recorder {
  origin: string;
  requests: string[];
  server: Server;
}

/** Paths on A that redirect to the same path on B. */
const REDIRECTS = new Set(["/remote-redirect/pet.yaml", "/remote-root-redirect/openapi.yaml"]);
const BIG = 65 * 1024 * 1024;

let a: Recorder;
let b: Recorder;
let work: Awaited<ReturnType<typeof tempDir>>;
let localFile: string;

async function serve(route: (path: string, res: ServerResponse) => Promise<void>): Promise<Recorder> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    route(req.url ?? "", res).catch(() => res.writeHead(500).end());
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server };
}

/** A fixture file with its placeholders filled in, or a 404. */
async function fixtureFile(path: string, res: ServerResponse): Promise<void> {
  const text = await readFile(join(HOSTILE, path), "utf8").catch(() => undefined);
  if (text === undefined || path.includes("..")) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": "application/yaml" }).end(text.replaceAll("{{ORIGIN_B}}", b.origin).replaceAll("{{LOCAL_FILE}}", localFile));
}

async function routeA(path: string, res: ServerResponse): Promise<void> {
  if (REDIRECTS.has(path)) return void res.writeHead(302, { location: `${b.origin}${path}` }).end();
  if (path === "/moved/openapi.yaml") return void res.writeHead(301, { location: "/same/openapi.yaml" }).end();
  if (path.startsWith("/same/")) return fixtureFile(path.replace("/same/", "/remote-root-redirect/"), res);
  if (path === "/huge.yaml") return streamZeros(res, BIG);
  if (path === "/stalls/openapi.yaml") return fixtureFile("remote-root-redirect/openapi.yaml", res);
  if (path === "/stalls/pet.yaml") return void res.writeHead(200).write("type: object\n");
  return fixtureFile(path, res);
}

/** A body larger than the limit, with no Content-Length to refuse it early. */
async function streamZeros(res: ServerResponse, size: number): Promise<void> {
  res.writeHead(200, { "content-type": "application/yaml" });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let sent = 0; sent < size && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await new Promise((done) => res.once("drain", done));
  }
  res.end();
}

beforeAll(async () => {
  work = await tempDir("camelgen-hostile-remote-");
  localFile = join(work.path, "local-schema.yaml");
  // A valid schema: if a remote spec could read it, generation would succeed.
  await writeFile(localFile, "type: object\nproperties: { local: { type: string } }\n");
  a = await serve(routeA);
  b = await serve(fixtureFile);
});

afterAll(async () => {
  for (const { server } of [a, b]) {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  }
  await work.remove();
});

beforeEach(() => {
  a.requests.length = 0;
  b.requests.length = 0;
});

describe.each(loadFixtures().filter((f) => f.serve))("remote fixture $name", (fixture) => {
  it("gives the manifest's outcome, and origin B sees no request", async () => {
    const outcome = await runHere(`${a.origin}/${fixture.name}/openapi.yaml`, join(work.path, fixture.name));
    expectOutcome(outcome, fixture);
    expect(b.requests).toEqual([]);
    expect(a.requests.length).toBeGreaterThan(0);
  });
});

describe("remote inputs that must keep working", () => {
  it("a spec split over files on one origin resolves its relative refs there", async () => {
    const outcome = await runHere(`${a.origin}/same/openapi.yaml`, join(work.path, "same-origin"));
    expectOutcome(outcome, { outcome: "generates" });
    expect(a.requests).toEqual(["/same/openapi.yaml", "/same/pet.yaml"]);
  });

  it("a same-origin redirect is followed, and refs resolve against where the document was found", async () => {
    const outcome = await runHere(`${a.origin}/moved/openapi.yaml`, join(work.path, "moved"));
    expectOutcome(outcome, { outcome: "generates" });
    expect(a.requests).toEqual(["/moved/openapi.yaml", "/same/openapi.yaml", "/same/pet.yaml"]);
    expect(b.requests).toEqual([]);
  });
});

describe("remote inputs within limits", () => {
  it("a body past the size limit is cut off, even without a Content-Length", async () => {
    await expect(loadSpec(`${a.origin}/huge.yaml`)).rejects.toThrow(/document exceeds the limit of 67108864 bytes/);
  });

  it("a referenced file whose body never ends times out", async () => {
    const started = performance.now();
    await expect(loadSpec(`${a.origin}/stalls/openapi.yaml`, { maxBytes: 1024 * 1024, timeoutMs: 1_000 })).rejects.toThrow(
      /stalls\/pet\.yaml: no complete answer within 1000 ms/,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
