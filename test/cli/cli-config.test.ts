import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
const config = (value: unknown) => writeFile(join(work.path, "camelgen.config.json"), JSON.stringify(value));

beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

describe("camelgen.config.json", { timeout: 120_000 }, () => {
  it("`camelgen` with no arguments generates every configured client, with naming overrides and a default validate mode", async () => {
    await config({
      clients: [
        { input: join(REPO, "fixtures/cases/pagination.yaml"), output: "pages", names: { items_list: "all" }, validate: "throw" },
        { input: join(REPO, "fixtures/cases/recursive.yaml"), output: "trees", name: "Forest" },
      ],
    });
    const result = await runCli([], work.path);
    expect(result.code, result.stderr).toBe(0);
    const pagesClient = await readFile(join(work.path, "pages/client.ts"), "utf8");
    expect(await readFile(join(work.path, "pages/resources/items.ts"), "utf8")).toMatch(/\ball\(/);
    expect(pagesClient).toContain('validate: options.validate ?? "throw"');
    const trees = await readFile(join(work.path, "trees/client.ts"), "utf8");
    expect(trees).toContain("export class ForestCore extends APIClient");
    expect(trees).toContain("export class Forest extends ForestCore");
  });

  it("flags override the file", async () => {
    await config({ input: join(REPO, "fixtures/cases/recursive.yaml"), output: "one", name: "Forest" });
    expect((await runCli(["generate", "--name", "Grove"], work.path)).code).toBe(0);
    expect(await readFile(join(work.path, "one/client.ts"), "utf8")).toContain("export class Grove extends GroveCore");
  });

  it("streams apply to the client's own input; --input naming another document leaves them out", async () => {
    await config({ input: join(REPO, "fixtures/cases/pagination.yaml"), output: "own", streams: { items_list: { media: "application/x-ndjson" } } });
    expect((await runCli(["generate"], work.path)).code).toBe(0);
    expect(await readFile(join(work.path, "own/resources/items.ts"), "utf8")).toContain("jsonLinesStream");
    const other = await runCli(["generate", "--input", join(REPO, "fixtures/cases/recursive.yaml"), "--output", "other"], work.path);
    expect(other.code, other.stderr).toBe(0);
  });

  const invalid: [string, unknown, RegExp][] = [
    ["an unknown key", { input: "a.yaml", outptu: "x" }, /camelgen\.config\.json: unknown key "outptu"/],
    ["a wrong value type", { clients: [{ input: "a.yaml", strict: "yes" }] }, /camelgen\.config\.json: "clients\[0\]\.strict" must be true or false, not "yes"/],
    ["a bad validate mode", { input: "a.yaml", validate: "loud" }, /"validate" must be "off", "warn" or "throw"/],
    ["an invalid method name", { input: join(REPO, "fixtures/cases/pagination.yaml"), output: "bad", names: { items_list: "all items" } }, /invalid-name-override .*names\.items_list/],
    ["a stream that is not a sequential media type", { input: "a.yaml", streams: { op: { media: "text/plain" } } }, /"streams\.op\.media" must be "text\/event-stream", .* not "text\/plain"/],
    ["a stream condition on no body property", { streams: { op: { media: "text/event-stream", when: { "params.x": 1 } } } }, /"streams\.op\.when" has "params\.x"; conditions are "body\.<property>"/],
    ["a stream of an unknown operation", { input: join(REPO, "fixtures/cases/pagination.yaml"), output: "bad", streams: { nope_list: { media: "application/x-ndjson" } } }, /invalid-stream .*streams\.nope_list: no operation has this operationId/],
    ["a stream item that is no component", { input: join(REPO, "fixtures/cases/pagination.yaml"), output: "bad", streams: { items_list: { media: "application/x-ndjson", item: "Nope" } } }, /streams\.items_list\.item: no component schema is named "Nope"/],
  ];

  it("camelgen.config.mjs: the default export is the same config, checked the same way", async () => {
    const mjs = join(work.path, "camelgen.config.mjs");
    await rm(join(work.path, "camelgen.config.json"), { force: true });
    const input = JSON.stringify(join(REPO, "fixtures/cases/recursive.yaml"));
    await writeFile(mjs, `// computed config\nexport default { input: ${input}, output: "from-mjs", name: ["Wood", "land"].join("") };\n`);
    const ok = await runCli([], work.path);
    expect(ok.code, ok.stderr).toBe(0);
    expect(await readFile(join(work.path, "from-mjs/client.ts"), "utf8")).toContain("export class Woodland extends WoodlandCore");
    await writeFile(mjs, `export default { input: ${input}, outptu: "x" };\n`);
    const bad = await runCli([], work.path);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/camelgen\.config\.mjs: unknown key "outptu"/);
    await config({ input: "a.yaml" });
    const both = await runCli([], work.path);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/two config files; keep one/);
    await rm(mjs);
  });

  it.each(invalid)("%s is an error naming the key and the file", async (_label, value, message) => {
    await config(value);
    const result = await runCli(["generate"], work.path);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});
