import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../src/load/load-spec.js";
import { cacheSchema, readCachedSchema } from "../../src/cli/schema-cache.js";
import { tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
const cwd = process.cwd();
const document = { openapi: "3.0.3", info: { title: "Café", version: "1" }, paths: {}, components: { schemas: { A: { example: { $ref: "x.yaml" } } } } };

beforeAll(async () => {
  work = await tempDir();
  await writeFile(join(work.path, "package.json"), "{}");
  process.chdir(work.path);
});
afterAll(async () => {
  process.chdir(cwd);
  await work.remove();
});

describe("the schema cache", () => {
  it("keeps a document given as JSON text (the input's bytes) as the document it parses to", async () => {
    await cacheSchema("out-bytes", "h1", Buffer.from(` ${JSON.stringify(document, null, 2)}\n`));
    expect(await readCachedSchema("out-bytes", "h1")).toEqual(document);
    expect(await readCachedSchema("out-bytes", "h2")).toBeUndefined();
  });

  it("keeps a document given as an object", async () => {
    await cacheSchema("out-object", "h1", document);
    expect(await readCachedSchema("out-object", "h1")).toEqual(document);
  });
});

describe("what loading hands to the cache and the manifest", () => {
  const sha256 = (data: Uint8Array) => createHash("sha256").update(data).digest("hex");

  it("a JSON input it left as it was: its bytes, and their hash for the manifest", async () => {
    const path = join(work.path, "plain.json");
    await writeFile(path, JSON.stringify(document));
    const loaded = await loadSpec(path);
    expect(JSON.parse(Buffer.from(loaded.json ?? new Uint8Array()).toString("utf8"))).toEqual(loaded.document);
    expect(Object.values(loaded.fileHashes)).toEqual([sha256(await readFile(path))]);
  });

  it("nothing for YAML, a repaired document, or the hash of a file that begins with a byte order mark", async () => {
    const yaml = join(work.path, "plain.yaml");
    await writeFile(yaml, "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\n");
    expect((await loadSpec(yaml)).json).toBeUndefined();
    const repaired = join(work.path, "number-version.json");
    await writeFile(repaired, JSON.stringify({ ...document, info: { title: "T", version: 1 } }));
    expect((await loadSpec(repaired)).json).toBeUndefined();
    const bom = join(work.path, "bom.json");
    await writeFile(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(document))]));
    const loaded = await loadSpec(bom);
    expect(loaded.fileHashes).toEqual({});
    expect(loaded.json).toBeDefined();
  });
});
