/**
 * fixtures/cases/undeclared-success.yaml on the wire: a call whose operation declares no 2xx
 * response still resolves to the body of the 2xx it gets: `default`'s body, or the target of a
 * redirect fetch followed (bytes, or the redirect's declared content).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type UndeclaredClient = {
  reports: { list(): Promise<unknown> };
  archives: { tarball(name: string): Promise<unknown> };
  tasks: { cancel(id: string): Promise<unknown> };
};
type UndeclaredClass = new (options: Record<string, unknown>) => UndeclaredClient;

let generated: GeneratedCase;
let server: TestServer;
let client: UndeclaredClient;

beforeAll(async () => {
  generated = await generateCase("undeclared-success");
  server = await startServer();
  client = new (generated.client["default"] as UndeclaredClass)({ baseURL: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

describe("operations that declare no 2xx response", () => {
  it("type each call by what it reads: default's body, bytes, the redirect's content", async () => {
    const consumer = {
      path: "consumer.ts",
      contents: `import UndeclaredSuccess, { type Report, type TaskProgress } from "./undeclared/index.js";
const client = new UndeclaredSuccess();
export async function use(): Promise<number> {
  const report: Report = await client.reports.list();
  const archive: Blob = await client.archives.tarball("v1");
  const task: TaskProgress = await client.tasks.cancel("7");
  const outcome = await client.reports.list().result();
  const failed: Report | undefined = outcome.ok ? undefined : outcome.status === 500 ? outcome.error : undefined;
  return report.rows.length + archive.size + task.status.length + (failed?.rows.length ?? 0);
}
`,
    };
    const result = await typecheck({ variant: "nodenext", files: generated.files, into: "undeclared", extraFiles: [consumer], compiler: "ts7" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("parses a 200 by `default`'s JSON body, and carries it on an error status", async () => {
    server.reset((_req, res) => json(res, 200, { rows: ["a", "b"] }));
    expect(await client.reports.list()).toEqual({ rows: ["a", "b"] });
    server.reset((_req, res) => json(res, 500, { rows: ["failed"] }));
    await expect(client.reports.list()).rejects.toMatchObject({ status: 500, body: { rows: ["failed"] } });
  });

  it("reads the target of a 302 as the bytes it serves", async () => {
    const archive = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x80]);
    server.reset((req, res) => {
      if (req.url === "/archives/v1/tarball") res.writeHead(302, { location: "/downloads/v1.tar.gz" }).end();
      else res.writeHead(200, { "content-type": "application/x-gzip" }).end(archive);
    });
    const got = await client.archives.tarball("v1");
    expect(got).toBeInstanceOf(Blob);
    expect(Buffer.from(await (got as Blob).arrayBuffer())).toEqual(archive);
    expect(server.requests.map((r) => r.url)).toEqual(["/archives/v1/tarball", "/downloads/v1.tar.gz"]);
  });

  it("reads the target of a 303 as the redirect's declared JSON", async () => {
    server.reset((req, res) => {
      if (req.method === "POST") res.writeHead(303, { location: "/tasks/7" }).end();
      else json(res, 200, { status: "cancelled" });
    });
    expect(await client.tasks.cancel("7")).toEqual({ status: "cancelled" });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(["POST /tasks/7/cancel", "GET /tasks/7"]);
  });
});
