import { createServer, type Server } from "node:http";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMELAI, folderDigest, REPO, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

// Each test spawns full generations; on a loaded 2-core machine one takes several seconds.
describe("camelgen generate", { timeout: 120_000 }, () => {
  it("--help and --version", async () => {
    const help = await runCli(["generate", "--help"]);
    expect(help.code).toBe(0);
    for (const flag of ["--input", "--output", "--name", "--strict", "--check"]) expect(help.stdout).toContain(flag);
    const version = await runCli(["--version"]);
    const pkg = JSON.parse(await readFile(join(REPO, "package.json"), "utf8")) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it("writes the client and reports the pk defect as warnings with JSON pointers", async () => {
    const output = join(work.path, "camelai");
    const result = await runCli(["generate", "--input", CAMELAI, "--output", output]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      `warning path-param-not-in-template #/paths/~1api~1v1~1sources~1{id}~1update-config~1/patch/parameters/1 at ${CAMELAI}:`,
    );
    expect(result.stderr).toContain(`warning path-param-not-in-template #/paths/~1api~1v1~1sources~1{id}~1/delete/parameters/1 at ${CAMELAI}:`);
    const files = Object.keys(await folderDigest(output));
    for (const f of ["index.ts", "client.ts", "operations.ts", "resources/sources.ts", "types.ts", "guards.ts", "runtime/index.ts"]) expect(files).toContain(f);
  });

  it("the same input gives the same bytes, and --name renames the client", async () => {
    const a = join(work.path, "a");
    const b = join(work.path, "b");
    await runCli(["generate", "--input", CAMELAI, "--output", a]);
    await runCli(["generate", "--input", CAMELAI, "--output", b]);
    expect(await folderDigest(a)).toEqual(await folderDigest(b));
    const named = join(work.path, "named");
    expect((await runCli(["generate", "--input", CAMELAI, "--output", named, "--name", "Camel"])).code).toBe(0);
    expect(await readFile(join(named, "client.ts"), "utf8")).toMatch(/export class Camel extends CamelCore/);
  });

  it("reads the schema from an http URL", async () => {
    const yaml = await readFile(CAMELAI, "utf8");
    const server: Server = createServer((_req, res) => res.writeHead(200, { "content-type": "application/yaml" }).end(yaml));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    try {
      const output = join(work.path, "from-url");
      const result = await runCli(["generate", "--input", `http://127.0.0.1:${port}/api/schema/`, "--output", output]);
      expect(result.code).toBe(0);
      expect(await readFile(join(output, "types.ts"), "utf8")).toContain("export interface Connection");
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it("--check: 0 when current; 1 naming stale, missing and extra files", async () => {
    const output = join(work.path, "checked");
    await runCli(["generate", "--input", CAMELAI, "--output", output]);
    expect((await runCli(["generate", "--input", CAMELAI, "--output", output, "--check"])).code).toBe(0);
    await writeFile(join(output, "types.ts"), "// edited\n");
    await rm(join(output, "guards.ts"));
    const manifestPath = join(output, ".camelgen-manifest.json");
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { files: Record<string, string> };
    manifest.files["old.ts"] = "0";
    await writeFile(manifestPath, JSON.stringify(manifest));
    const before = await folderDigest(output);
    const result = await runCli(["generate", "--input", CAMELAI, "--output", output, "--check"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/stale .*types\.ts/);
    expect(result.stderr).toMatch(/missing .*guards\.ts/);
    expect(result.stderr).toMatch(/extra .*old\.ts/);
    expect(result.stderr).toMatch(/run `camelgen generate`/);
    expect(await folderDigest(output)).toEqual(before);
  });

  it("prints the API change summary when the schema changed since the last generation", async () => {
    const output = join(work.path, "changed");
    const schema = join(work.path, "schema.yaml");
    await copyFile(join(REPO, "fixtures/camelai/spec-2025-08-18.qaml-ai-docs-0b7efe8.yaml"), schema);
    const first = await runCli(["generate", "--input", schema, "--output", output]);
    expect(first.code).toBe(0);
    expect(first.stdout).not.toMatch(/API changes/);
    await copyFile(CAMELAI, schema);
    const second = await runCli(["generate", "--input", schema, "--output", output]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/camelgen: API changes: 34 breaking, 25 not breaking/);
    expect(second.stdout).toMatch(/breaking .*MongoDBConnectionRequest/);
    expect(second.stdout).toMatch(/and \d+ more; run `camelgen diff`/);
    const json = await runCli(["generate", "--input", schema, "--output", output, "--force", "--json"]);
    expect((JSON.parse(json.stdout) as { changes?: unknown }).changes).toBeUndefined();
    await writeFile(schema, (await readFile(CAMELAI, "utf8")).replace("AI-powered data analytics platform", "data analytics, reworded"));
    const unseen = await runCli(["generate", "--input", schema, "--output", output]);
    expect(unseen.code, unseen.stderr).toBe(0);
    expect(unseen.stdout).toMatch(/wrote/);
    expect(unseen.stdout).not.toMatch(/API changes/);
  });

  it("keeps files in the output folder that camelgen does not own", async () => {
    const output = join(work.path, "mixed");
    await runCli(["generate", "--input", CAMELAI, "--output", output]);
    await writeFile(join(output, "NOTES.md"), "mine");
    expect((await runCli(["generate", "--input", CAMELAI, "--output", output])).code).toBe(0);
    expect(await readFile(join(output, "NOTES.md"), "utf8")).toBe("mine");
  });
});
