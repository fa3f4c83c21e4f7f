import { createServer, type Server } from "node:http";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMELAI, folderDigest, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
let output: string;
let before: Record<string, string>;

beforeAll(async () => {
  work = await tempDir();
  output = join(work.path, "client");
  const first = await runCli(["generate", "--input", CAMELAI, "--output", output]);
  expect(first.code).toBe(0);
  before = await folderDigest(output);
  await writeFile(join(work.path, "broken.yaml"), "openapi: 3.0.3\ninfo:\n  title: x\n  version: [1\npaths: {}\n");
  await writeFile(join(work.path, "not-openapi.yaml"), "name: my-package\nversion: 1.0.0\n");
});

afterAll(() => work.remove());

/** A loopback port nobody listens on: bind one, then close it. */
async function closedPortUrl(): Promise<string> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return `http://127.0.0.1:${port}/openapi.yaml`;
}

describe("bad input: one clear message naming the input and the cause, output untouched", { timeout: 120_000 }, () => {
  // Exit codes (README): 1 for an unusable input, 3 when the network failed.
  const cases: [string, () => Promise<string>, RegExp, number][] = [
    ["a missing file", async () => join(work.path, "nope.yaml"), /nope\.yaml: no such file/, 1],
    ["a URL that refuses connection", closedPortUrl, /http:\/\/127\.0\.0\.1:\d+\/openapi\.yaml: ECONNREFUSED/, 3],
    ["invalid YAML", async () => join(work.path, "broken.yaml"), /broken\.yaml:\d+:\d+: invalid YAML/, 1],
    ["a document that is not OpenAPI", async () => join(work.path, "not-openapi.yaml"), /not-openapi\.yaml: not an OpenAPI document/, 1],
  ];

  it.each(cases)("%s", async (_label, input, message, code) => {
    const result = await runCli(["generate", "--input", await input(), "--output", output]);
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/nothing was written/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(await folderDigest(output)).toEqual(before);
  });

  it("--strict turns the pk defect into an error naming its JSON pointer", async () => {
    const result = await runCli(["generate", "--input", CAMELAI, "--output", output, "--strict"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `error path-param-not-in-template #/paths/~1api~1v1~1sources~1{id}~1update-config~1/patch/parameters/1 at ${CAMELAI}:`,
    );
    expect(await folderDigest(output)).toEqual(before);
  });

  it("--check fails, not passes, when the input cannot be fetched", async () => {
    const result = await runCli(["generate", "--check", "--input", await closedPortUrl(), "--output", output]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/ECONNREFUSED/);
  });

  it("an output folder that cannot be created is an I/O failure: exit 3", async () => {
    const file = join(work.path, "a-file");
    await writeFile(file, "not a folder");
    const result = await runCli(["generate", "--input", CAMELAI, "--output", join(file, "client")]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/ENOTDIR|EEXIST/);
    expect(result.stderr).toMatch(/nothing was written/);
  });

  it("refuses to replace a folder camelgen did not write", async () => {
    const foreign = join(work.path, "foreign");
    await mkdir(foreign);
    await writeFile(join(foreign, "keep.txt"), "mine");
    const result = await runCli(["generate", "--input", CAMELAI, "--output", foreign]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/was not written by camelgen/);
    expect(await folderDigest(foreign)).toEqual({ "keep.txt": expect.any(String) });
  });

  it("refuses a URL with a password without repeating it, and a URL of another scheme as a URL", async () => {
    const withPassword = await runCli(["generate", "--input", "http://user:s3cret-pw@127.0.0.1:9/openapi.yaml", "--output", join(work.path, "u1")]);
    expect(withPassword.code).toBe(1);
    expect(withPassword.stderr).toMatch(/cannot load http:\/\/127\.0\.0\.1:9\/openapi\.yaml: a URL with a user name or password is not fetched/);
    expect(withPassword.stderr).not.toContain("s3cret-pw");
    const ftp = await runCli(["generate", "--input", "ftp://127.0.0.1/openapi.yaml", "--output", join(work.path, "u2")]);
    expect([ftp.code, ftp.stderr]).toEqual([1, expect.stringMatching(/cannot load ftp:\/\/127\.0\.0\.1\/openapi\.yaml: ftp: URLs are not read/)]);
  });

  it("refuses an output that is a file or a foreign folder before reading the schema", async () => {
    const file = join(work.path, "out-file");
    await writeFile(file, "hi");
    const missing = join(work.path, "no-such-schema.yaml");
    const onFile = await runCli(["generate", "--input", missing, "--output", file]);
    expect([onFile.code, onFile.stderr]).toEqual([1, expect.stringMatching(/out-file is a file, not a folder/)]);
    expect(await readFile(file, "utf8")).toBe("hi");
    const foreign = join(work.path, "foreign");
    const onForeign = await runCli(["generate", "--input", missing, "--output", foreign]);
    expect([onForeign.code, onForeign.stderr]).toEqual([1, expect.stringMatching(/was not written by camelgen/)]);
  });
});
