import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

const SPEC = join(REPO, "fixtures/cases/docs.yaml");
let work: Awaited<ReturnType<typeof tempDir>>;
let output: string;

const generate = async (...flags: string[]) => JSON.parse((await runCli(["generate", "--input", SPEC, "--output", output, "--json", ...flags])).stdout) as Record<string, unknown>;

beforeAll(async () => {
  work = await tempDir();
  output = join(work.path, "client");
});
afterAll(() => work.remove());

describe("api.md is an owned output file", { timeout: 120_000 }, () => {
  it("is written, listed in the manifest and left alone by a no-op run", async () => {
    expect(await generate()).toMatchObject({ exitCode: 0, status: "written" });
    const manifest = JSON.parse(await readFile(join(output, ".camelgen-manifest.json"), "utf8")) as { files: Record<string, string> };
    expect(Object.keys(manifest.files)).toContain("api.md");
    expect(await generate()).toMatchObject({ exitCode: 0, status: "up-to-date" });
  });

  it("is reported stale or missing by --check, and restored by the next generation", async () => {
    const path = join(output, "api.md");
    const written = await readFile(path, "utf8");
    await writeFile(path, "edited\n");
    expect(await generate("--check")).toMatchObject({ exitCode: 1, status: "stale", drift: [{ path: "api.md", state: "stale" }] });
    await rm(path);
    expect(await generate("--check")).toMatchObject({ exitCode: 1, status: "stale", drift: [{ path: "api.md", state: "missing" }] });
    expect(await generate("--force")).toMatchObject({ exitCode: 0, status: "written" });
    expect(await readFile(path, "utf8")).toBe(written);
  });
});
