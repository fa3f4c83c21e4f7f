import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as prettier from "prettier";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMELAI, folderDigest, REPO, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

describe("camelgen generate --format prettier", { timeout: 120_000 }, () => {
  it("formats every file with the user's prettier config, deterministically, and regenerates when that config changes", async () => {
    const config = join(work.path, ".prettierrc.json");
    await writeFile(config, JSON.stringify({ useTabs: true, singleQuote: true, printWidth: 80 }));
    const output = join(work.path, "client");
    const first = await runCli(["generate", "--input", CAMELAI, "--output", output, "--format", "prettier", "--quiet"], work.path);
    expect(first.code, first.stderr).toBe(0);
    const digest = await folderDigest(output);
    const sources = Object.keys(digest).filter((path) => path.endsWith(".ts"));
    expect(sources).toContain("resources/sources.ts");
    const options = { useTabs: true, singleQuote: true, printWidth: 80 };
    for (const path of sources) {
      const text = await readFile(join(output, path), "utf8");
      expect(await prettier.check(text, { ...options, filepath: join(output, path) }), path).toBe(true);
    }
    expect(await readFile(join(output, "types.ts"), "utf8")).toMatch(/^\t/m);

    const again = await runCli(["generate", "--input", CAMELAI, "--output", output, "--format", "prettier", "--force", "--quiet"], work.path);
    expect(again.code).toBe(0);
    expect(await folderDigest(output)).toEqual(digest);

    const noOp = await runCli(["generate", "--input", CAMELAI, "--output", output, "--format", "prettier", "--json"], work.path);
    expect((JSON.parse(noOp.stdout) as { status: string }).status).toBe("up-to-date");
    await writeFile(config, JSON.stringify({ useTabs: false, singleQuote: true, printWidth: 80 }));
    const changed = await runCli(["generate", "--input", CAMELAI, "--output", output, "--format", "prettier", "--json"], work.path);
    expect((JSON.parse(changed.stdout) as { status: string }).status).toBe("written");
    expect(await readFile(join(output, "types.ts"), "utf8")).not.toMatch(/^\t/m);
  });

  it("regenerates when a prettier config appears where there was none, or an .editorconfig changes", async () => {
    const project = await tempDir();
    try {
      const output = join(project.path, "src", "client");
      const small = join(REPO, "fixtures/cases/recursive.yaml");
      const run = () => runCli(["generate", "--input", small, "--output", output, "--format", "prettier", "--json"], project.path);
      expect((await run()).code).toBe(0);
      expect(await readFile(join(output, "types.ts"), "utf8")).toMatch(/;$/m);
      await writeFile(join(project.path, ".prettierrc"), JSON.stringify({ semi: false }));
      const added = await run();
      expect((JSON.parse(added.stdout) as { status: string }).status).toBe("written");
      expect(await readFile(join(output, "types.ts"), "utf8")).not.toMatch(/;$/m);
      await writeFile(join(project.path, ".editorconfig"), "root = true\n[*]\nindent_style = tab\n");
      const edited = await run();
      expect((JSON.parse(edited.stdout) as { status: string }).status).toBe("written");
      expect(await readFile(join(output, "types.ts"), "utf8")).toMatch(/^\t/m);
    } finally {
      await project.remove();
    }
  });

  it("without --format, the fixed style is printed whatever prettier config is around", async () => {
    const output = join(work.path, "fixed");
    expect((await runCli(["generate", "--input", CAMELAI, "--output", output, "--quiet"], work.path)).code).toBe(0);
    // The reference is generated where no prettier config (and no camelgen config) is around.
    const plain = await tempDir();
    try {
      const reference = join(plain.path, "reference");
      expect((await runCli(["generate", "--input", CAMELAI, "--output", reference, "--quiet"], plain.path)).code).toBe(0);
      expect(await folderDigest(output)).toEqual(await folderDigest(reference));
    } finally {
      await plain.remove();
    }
  });

  it("refuses a --format value it does not know, before any work", async () => {
    const output = join(work.path, "unknown-format");
    const result = await runCli(["generate", "--input", CAMELAI, "--output", output, "--format", "biome"], work.path);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/format/);
  });
});
