import { cp, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/cli/write-output.js";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
let spec: string;
let output: string;

/** path -> mtime of every file in the output, to prove a run rewrote nothing. */
async function mtimes(dir: string): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const path of await listFiles(dir)) result[path] = (await stat(join(dir, path))).mtimeMs;
  return result;
}

beforeAll(async () => {
  work = await tempDir();
  // A spec split over two files, so a change in a $ref'd file must count as a change too.
  await cp(join(REPO, "fixtures/cases/split-refs"), join(work.path, "spec"), { recursive: true });
  spec = join(work.path, "spec/openapi.yaml");
  output = join(work.path, "client");
  expect((await runCli(["generate", "--input", spec, "--output", output])).code).toBe(0);
});
afterAll(() => work.remove());

describe("generate when nothing changed", { timeout: 120_000 }, () => {
  it("is a no-op: exit 0, nothing rewritten", async () => {
    const before = await mtimes(output);
    const result = await runCli(["generate", "--input", spec, "--output", output]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/up to date/);
    expect(await mtimes(output)).toEqual(before);
  });

  it("--force regenerates anyway", async () => {
    const before = await mtimes(output);
    const result = await runCli(["generate", "--input", spec, "--output", output, "--force"]);
    expect(result.stdout).toMatch(/wrote \d+ files/);
    expect(await mtimes(output)).not.toEqual(before);
  });

  it("a changed $ref'd file, a changed option or an edited output file regenerates", async () => {
    const pet = join(work.path, "spec/schemas/pet.yaml");
    // The file ends inside `properties:`, so an indented line adds a property.
    await writeFile(pet, `${await readFile(pet, "utf8")}  nickname: { type: string }\n`);
    const changed = await runCli(["generate", "--input", spec, "--output", output]);
    expect(changed.stdout).toMatch(/wrote \d+ files/);
    expect(await readFile(join(output, "types.ts"), "utf8")).toContain("nickname");
    const renamed = await runCli(["generate", "--input", spec, "--output", output, "--name", "Pets"]);
    expect(renamed.stdout).toMatch(/wrote \d+ files/);
    await writeFile(join(output, "types.ts"), "// edited by hand\n");
    const repaired = await runCli(["generate", "--input", spec, "--output", output, "--name", "Pets"]);
    expect(repaired.stdout).toMatch(/wrote \d+ files/);
    expect(await readFile(join(output, "types.ts"), "utf8")).toContain("nickname");
  });
});
