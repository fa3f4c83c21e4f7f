import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMELAI, folderDigest, REPO, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
let server: Server;
let url: string;
let body = "";
let seen: IncomingHttpHeaders[] = [];
let etag = '"v1"';

beforeAll(async () => {
  work = await tempDir();
  body = await readFile(CAMELAI, "utf8");
  server = createServer((req, res) => {
    seen.push(req.headers);
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { "content-type": "application/yaml", etag }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/schema/`;
  await writeFile(
    join(work.path, "camelgen.config.json"),
    JSON.stringify({ input: "schema/camelai.yaml", output: "client", source: url, headers: { Authorization: "SCHEMA_TOKEN_FOR_TEST" } }),
  );
  process.env["SCHEMA_TOKEN_FOR_TEST"] = "Bearer schema-token";
});
afterAll(async () => {
  delete process.env["SCHEMA_TOKEN_FOR_TEST"];
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await work.remove();
});

const snapshot = () => join(work.path, "schema/camelai.yaml");

describe("camelgen pull", { timeout: 120_000 }, () => {
  it("stores the schema as the pinned snapshot (its folder made), sending auth headers from the environment", async () => {
    const result = await runCli(["pull"], work.path);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/updated .*camelai\.yaml/);
    expect(seen.at(-1)?.authorization).toBe("Bearer schema-token");
    expect(await readFile(snapshot(), "utf8")).toMatch(/^openapi: 3\.0\.3/);
    expect(JSON.parse(await readFile(`${snapshot()}.pull.json`, "utf8"))).toMatchObject({ source: url, etag: '"v1"' });
  });

  it("refuses, before any request, when a configured header's variable is unset, naming it", async () => {
    delete process.env["SCHEMA_TOKEN_FOR_TEST"];
    const before = seen.length;
    try {
      const refused = await runCli(["pull"], work.path);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("SCHEMA_TOKEN_FOR_TEST");
      expect(refused.stderr).toContain("--allow-missing-env");
      expect(seen.length).toBe(before);
      const allowed = await runCli(["pull", "--allow-missing-env"], work.path);
      expect(allowed.code, allowed.stderr).toBe(0);
      expect(allowed.stderr).toMatch(/warning: .*SCHEMA_TOKEN_FOR_TEST/);
      expect(seen.length).toBe(before + 1);
      expect(seen.at(-1)?.authorization).toBeUndefined();
    } finally {
      process.env["SCHEMA_TOKEN_FOR_TEST"] = "Bearer schema-token";
    }
  });

  it("sends If-None-Match and leaves an unchanged snapshot untouched", async () => {
    const before = (await stat(snapshot())).mtimeMs;
    const result = await runCli(["pull"], work.path);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/is current/);
    expect(seen.at(-1)?.["if-none-match"]).toBe('"v1"');
    expect((await stat(snapshot())).mtimeMs).toBe(before);
  });

  it("fetches the schema whole when the snapshot was deleted or edited since, whatever the ETag", async () => {
    const pinned = await readFile(snapshot(), "utf8");
    await rm(snapshot());
    const restored = await runCli(["pull"], work.path);
    expect(restored.code, restored.stderr).toBe(0);
    expect(seen.at(-1)?.["if-none-match"]).toBeUndefined();
    expect(await readFile(snapshot(), "utf8")).toBe(pinned);
    await writeFile(snapshot(), `${pinned}# edited by hand\n`);
    const repaired = await runCli(["pull"], work.path);
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(seen.at(-1)?.["if-none-match"]).toBeUndefined();
    expect(await readFile(snapshot(), "utf8")).toBe(pinned);
  });

  it("a changed schema replaces the snapshot and prints the API change summary", async () => {
    body = await readFile(join(REPO, "fixtures/camelai/spec-2025-08-18.qaml-ai-docs-0b7efe8.yaml"), "utf8");
    etag = '"v2"';
    const result = await runCli(["pull"], work.path);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/API changes: [1-9]\d* breaking/);
    expect(result.stdout).toMatch(/breaking OrgAppearanceConfig: schema removed/);
    expect(await readFile(snapshot(), "utf8")).toContain("X-API-Key");
  });

  it("follows a redirect within the source's origin and refuses one to another origin, naming it", async () => {
    const moved = createServer((req, res) => {
      if (req.url === "/schema") return void res.writeHead(301, { location: "/schema/" }).end();
      if (req.url === "/away") return void res.writeHead(302, { location: "http://localhost:9/elsewhere.yaml" }).end();
      res.writeHead(200, { "content-type": "application/yaml" }).end(body);
    });
    await new Promise<void>((r) => moved.listen(0, "127.0.0.1", r));
    const base = `http://127.0.0.1:${(moved.address() as AddressInfo).port}`;
    const folder = await tempDir();
    try {
      const pinned = join(folder.path, "pinned.yaml");
      const followed = await runCli(["pull", "--source", `${base}/schema`, "--output", pinned], folder.path);
      expect(followed.code, followed.stderr).toBe(0);
      expect(await readFile(pinned, "utf8")).toMatch(/^openapi: /);
      const refused = await runCli(["pull", "--source", `${base}/away`, "--output", join(folder.path, "other.yaml")], folder.path);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain("http://localhost:9/elsewhere.yaml");
    } finally {
      moved.closeAllConnections();
      await new Promise<void>((r) => moved.close(() => r()));
      await folder.remove();
    }
  });

  it("stores a schema split into files bundled, so generate needs no network", async () => {
    const files: Record<string, string> = {
      "/api/main.yaml": [
        "openapi: 3.0.3",
        "info: { title: Split, version: '1' }",
        "paths:",
        "  /things:",
        "    get:",
        "      operationId: things_list",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content: { application/json: { schema: { $ref: 'sub/models.yaml#/Thing' } } }",
        "",
      ].join("\n"),
      "/api/sub/models.yaml": "Thing: { type: object, properties: { id: { type: integer } } }\n",
    };
    const split = createServer((req, res) => {
      const text = files[req.url ?? ""];
      if (text === undefined) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "application/yaml" }).end(text);
    });
    await new Promise<void>((r) => split.listen(0, "127.0.0.1", r));
    const folder = await tempDir();
    try {
      const source = `http://127.0.0.1:${(split.address() as AddressInfo).port}/api/main.yaml`;
      await writeFile(join(folder.path, "camelgen.config.json"), JSON.stringify({ input: "schema/split.yaml", output: "client", source }));
      const pulled = await runCli(["pull"], folder.path);
      expect(pulled.code, pulled.stderr).toBe(0);
      expect(await readFile(join(folder.path, "schema/split.yaml"), "utf8")).not.toContain("sub/models.yaml");
      split.closeAllConnections();
      await new Promise<void>((r) => split.close(() => r()));
      const generated = await runCli(["generate"], folder.path);
      expect(generated.code, generated.stderr).toBe(0);
      expect(await readFile(join(folder.path, "client/types.ts"), "utf8")).toMatch(/id\?: number/);
    } finally {
      split.closeAllConnections();
      split.close();
      await folder.remove();
    }
  });

  it("of several clients, skips one without a source and pulls the others", async () => {
    const folder = await tempDir();
    try {
      await writeFile(
        join(folder.path, "camelgen.config.json"),
        JSON.stringify({ clients: [{ input: "schema/remote.yaml", output: "a", source: url }, { input: "local.yaml", output: "b" }] }),
      );
      const result = await runCli(["pull"], folder.path);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/local\.yaml has no "source"; nothing to pull/);
      expect(await readFile(join(folder.path, "schema/remote.yaml"), "utf8")).toMatch(/^openapi: /);
    } finally {
      await folder.remove();
    }
  });

  it("generate then needs no network", async () => {
    server.close();
    server.closeAllConnections();
    const result = await runCli(["generate"], work.path);
    expect(result.code, result.stderr).toBe(0);
    expect(await readFile(join(work.path, "client/types.ts"), "utf8")).toContain("export interface Connection");
  });

  it("an unreachable server exits 3 naming the URL and the cause, and changes nothing", async () => {
    const before = await folderDigest(work.path);
    const result = await runCli(["pull"], work.path);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(url);
    expect(result.stderr).toMatch(/ECONNREFUSED/);
    expect(await folderDigest(work.path)).toEqual(before);
  });
});
