import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

const PAGES = join(REPO, "fixtures/cases/pagination.yaml");
const TREES = join(REPO, "fixtures/cases/recursive.yaml");
let work: Awaited<ReturnType<typeof tempDir>>;
const config = (value: unknown, prefix = "") => writeFile(join(work.path, "camelgen.config.json"), prefix + JSON.stringify(value));

beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

describe("config and flag checks before any work", { timeout: 60_000 }, () => {
  it("two clients writing the same folder, or one inside the other, are a config error naming both", async () => {
    const cases: [string, string, string][] = [
      ["g", "./g/", "the same folder"],
      ["g", "g/sub", "one folder inside the other"],
      ["out/a/b", "out/a", "one folder inside the other"],
    ];
    for (const [first, second, relation] of cases) {
      await config({ clients: [{ input: TREES, output: "elsewhere" }, { input: TREES, output: first }, { input: PAGES, output: second }] });
      const result = await runCli([], work.path);
      expect(result.code, result.stderr).toBe(2);
      expect(result.stderr).toContain(`camelgen.config.json: "clients[1].output" (${JSON.stringify(first)}) and "clients[2].output" (${JSON.stringify(second)}) are ${relation}`);
      expect(existsSync(join(work.path, "elsewhere"))).toBe(false);
    }
    // A shared prefix that is no folder boundary is two folders.
    await config({ clients: [{ input: TREES, output: "g" }, { input: "nope.yaml", output: "g2" }] });
    expect((await runCli(["--check"], work.path)).stderr).not.toContain("are one folder");
  });

  it("--name, init --name and the config's name refuse reserved words, globals and runtime exports", async () => {
    for (const name of ["class", "default", "await", "implements", "Object", "Promise", "APIError"]) {
      const flag = await runCli(["-i", TREES, "-o", "named", "--name", name], work.path);
      expect(flag.code, name).toBe(2);
      expect(flag.stderr).toContain(`--name must be an identifier that is not a reserved word`);
      expect(flag.stderr).toContain(`not "${name}"`);
    }
    await config({ input: TREES, output: "named", name: "APIError" });
    const file = await runCli([], work.path);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/camelgen\.config\.json: "name" must be an identifier that is not a reserved word.*, not "APIError"/);
    const init = await runCli(["init", "-i", TREES, "--name", "Promise", "--force"], work.path);
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('not "Promise"');
    expect(existsSync(join(work.path, "named"))).toBe(false);
  });

  it("a boolean flag given twice or contradicted is a usage error", async () => {
    await config({ input: TREES, output: "twice" });
    for (const [args, message] of [
      [["--check", "--check"], "--check is given twice"],
      [["--check", "--no-check"], "--check and --no-check both set --check"],
      [["-q", "--quiet"], "-q and --quiet both set --quiet"],
      [["generate", "--force", "--force=true"], "--force is given twice"],
    ] as const) {
      const result = await runCli([...args], work.path);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(existsSync(join(work.path, "twice"))).toBe(false);
  });

  it("a UTF-8 BOM before camelgen.config.json or package.json is read past, and init keeps package.json's", async () => {
    await config({ input: "nope.yaml", output: "bom" }, "\uFEFF");
    const result = await runCli([], work.path);
    expect(result.stderr).not.toContain("not valid JSON");
    expect(result.stderr).toContain("nope.yaml");
    const dir = await tempDir();
    try {
      await writeFile(join(dir.path, "package.json"), '\uFEFF{\n  "name": "bom"\n}\n');
      const init = await runCli(["init", "-i", TREES], dir.path);
      expect(init.code, init.stderr).toBe(0);
      const text = await readFile(join(dir.path, "package.json"), "utf8");
      expect(text.startsWith("\uFEFF{")).toBe(true);
      expect((JSON.parse(text.slice(1)) as { scripts: Record<string, string> }).scripts["generate"]).toBe("camelgen");
    } finally {
      await dir.remove();
    }
  });

  it("names and typeNames keys that match nothing warn at the key, and fail under --strict", async () => {
    await config({ input: PAGES, output: "typos", names: { items_list: "all", itmes_list: "every" }, typeNames: { Itme: "Thing" } });
    const warned = await runCli([], work.path);
    expect(warned.code, warned.stderr).toBe(0);
    expect(warned.stderr).toContain("warning unknown-name-override #/paths: names.itmes_list: no operation has this operationId");
    expect(warned.stderr).toContain("warning unknown-name-override #/components/schemas: typeNames.Itme: no component schema has this name");
    expect(warned.stderr).not.toContain("names.items_list");
    const strict = await runCli(["--strict", "--force"], work.path);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("error unknown-name-override #/paths: names.itmes_list");
  });
});
