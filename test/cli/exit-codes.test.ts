import { createServer, type Server } from "node:http";
import { cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderDigest, REPO, runCli, tempDir, type CliResult } from "../helpers/run-cli.js";

// One row per command and exit code the README documents (0 ok or current, 1 generation or check
// failure, 2 usage or config error, 3 network or I/O failure). Each row runs in its own folder,
// prepared from one generation made in beforeAll, and proves what must not have changed.

const SPEC = join(REPO, "fixtures/cases/recursive.yaml");
const OTHER = join(REPO, "fixtures/cases/pagination.yaml");

let work: Awaited<ReturnType<typeof tempDir>>;
let server: Server;
let base = "";
let closed = "";
let generated = "";
let counter = 0;

beforeAll(async () => {
  work = await tempDir();
  const spec = await readFile(SPEC, "utf8");
  server = createServer((req, res) => {
    if (req.url === "/openapi.yaml") res.writeHead(200, { "content-type": "application/yaml" }).end(spec);
    else res.writeHead(200, { "content-type": "text/html" }).end("<html>not a schema</html>");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const unused = createServer();
  await new Promise<void>((r) => unused.listen(0, "127.0.0.1", r));
  closed = `http://127.0.0.1:${(unused.address() as AddressInfo).port}/openapi.yaml`;
  await new Promise<void>((r) => unused.close(() => r()));
  // Copies of this project sit at the same depth, so the manifest's relative input path holds in each.
  generated = join(work.path, "base");
  await mkdir(generated);
  await writeFile(join(generated, "camelgen.config.json"), JSON.stringify({ input: SPEC, output: "out" }));
  const first = await runCli(["-q"], generated);
  expect(first.code, first.stderr).toBe(0);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await work.remove();
});

/** A fresh folder holding SPEC's current client in `out` and a config for it, or the config given (null: none). */
async function project(config: object | null = { input: SPEC, output: "out" }): Promise<string> {
  const dir = join(work.path, `p${counter++}`);
  await cp(generated, dir, { recursive: true });
  await rm(join(dir, "camelgen.config.json"));
  if (config) await writeFile(join(dir, "camelgen.config.json"), JSON.stringify(config));
  return dir;
}

type Row = [command: string, code: number, why: string, run: () => Promise<{ result: CliResult; unchanged?: [string, Record<string, string>] }>];

/** Runs `args` in `dir` and records whether `dir`'s files changed. */
async function inProject(dir: string, args: string[]) {
  const before = await folderDigest(dir);
  const result = await runCli(args, dir);
  return { result, unchanged: [dir, before] as [string, Record<string, string>] };
}

const rows: Row[] = [
  ["generate", 0, "written", async () => ({ result: await runCli(["--input", SPEC, "--output", "out"], await project(null)) })],
  ["generate", 0, "--check, current", async () => inProject(await project(), ["--check"])],
  ["generate", 1, "--check, a stale file", async () => {
    const dir = await project();
    await writeFile(join(dir, "out/types.ts"), "// edited\n");
    return inProject(dir, ["--check"]);
  }],
  ["generate", 1, "an input that is not OpenAPI", async () => inProject(await project({ input: join(REPO, "package.json"), output: "out" }), [])],
  ["generate", 2, "a typo'd flag", async () => inProject(await project(), ["--chek"])],
  ["generate", 2, "an unknown command", async () => inProject(await project(), ["generat"])],
  ["generate", 2, "a boolean flag with a value", async () => inProject(await project(), ["--check=yes"])],
  ["generate", 2, "neither a config nor --input", async () => inProject(await project(null), [])],
  ["generate", 2, "an unknown config key", async () => inProject(await project({ input: SPEC, outptu: "out" }), [])],
  ["generate", 3, "an --input URL that cannot be reached", async () => inProject(await project(), ["--input", closed])],
  ["pull", 0, "the snapshot written", async () => ({ result: await runCli(["pull", "--source", `${base}/openapi.yaml`, "--output", "snapshot.yaml"], await project(null)) })],
  ["pull", 1, "an answer that is not OpenAPI", async () => inProject(await project({ input: "snapshot.yaml", output: "out", source: `${base}/page` }), ["pull"])],
  ["pull", 2, "a typo'd flag", async () => inProject(await project({ input: "snapshot.yaml", output: "out", source: `${base}/openapi.yaml` }), ["pull", "--sourc", closed])],
  ["pull", 3, "a server that cannot be reached", async () => {
    const dir = await project({ input: "snapshot.yaml", output: "out", source: closed });
    await writeFile(join(dir, "snapshot.yaml"), await readFile(SPEC));
    return inProject(dir, ["pull"]);
  }],
  ["diff", 0, "compared", async () => inProject(await project(), ["diff", SPEC, OTHER])],
  ["diff", 1, "--fail-on-breaking with a breaking change", async () => inProject(await project(), ["diff", SPEC, OTHER, "--fail-on-breaking"])],
  ["diff", 2, "a missing argument", async () => inProject(await project(), ["diff", SPEC])],
  ["diff", 3, "an input URL that cannot be reached", async () => inProject(await project(), ["diff", closed, SPEC])],
  ["init", 0, "config written", async () => ({ result: await runCli(["init", "--input", SPEC, "--output", "out"], await project(null)) })],
  ["init", 2, "a config that exists, without --force", async () => inProject(await project(), ["init", "--input", SPEC])],
  ["init", 2, "no --input without a terminal", async () => inProject(await project(null), ["init"])],
  ["init", 3, "a package.json that cannot be read", async () => {
    const dir = await project(null);
    await mkdir(join(dir, "package.json"));
    return inProject(dir, ["init", "--input", SPEC]);
  }],
];

describe("exit codes: every command, every documented code", { timeout: 120_000 }, () => {
  it.each(rows)("camelgen %s exits %i: %s", async (_command, code, _why, run) => {
    const { result, unchanged } = await run();
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(code);
    if (code >= 2) expect(result.stderr).toMatch(/camelgen: /);
    // A failure changes nothing on disk (the output folder, the snapshot, the config).
    if (code !== 0 && unchanged) expect(await folderDigest(unchanged[0])).toEqual(unchanged[1]);
  });

  it("the help of each command lists its options, the config keys and its exit codes", async () => {
    const help = await runCli(["--help"], work.path);
    expect(help.code).toBe(0);
    for (const text of ["init", "pull", "diff", "--check", "--input", "importExtension", "Exit codes:", "3  network"]) expect(help.stdout).toContain(text);
    const perCommand = [["init", ["--input", "--prebuild", "--force", "Config keys"]], ["pull", ["--source", "--allow-missing-env", "Config keys"]], ["diff", ["--fail-on-breaking"]]] as const;
    for (const [command, flags] of perCommand) {
      const text = (await runCli([command, "--help"], work.path)).stdout;
      for (const flag of [...flags, "Exit codes:", "  0  ", "  2  "]) expect(text).toContain(flag);
    }
  });
});
