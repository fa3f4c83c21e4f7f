import { readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOutput } from "../../src/cli/write-output.js";
import { manifestFile } from "../../src/cli/manifest.js";
import { folderDigest, tempDir } from "../helpers/run-cli.js";

const KEY = { generator: "t", generatorHash: "h", optionsHash: "o", inputs: {} };
const filesOf = (tag: string) => {
  const files = ["index.ts", "types.ts", "runtime/a.ts", "runtime/b.ts"].map((path) => ({ path, contents: `// ${tag} ${path}\n` }));
  return [...files, manifestFile(files, KEY, tag)];
};

let work: Awaited<ReturnType<typeof tempDir>>;
let output: string;

beforeAll(async () => {
  work = await tempDir();
  output = join(work.path, "client");
  await writeOutput(output, filesOf("first"));
});
afterAll(() => work.remove());

describe("writeOutput", () => {
  it("a generation that fails mid-write leaves the previous output whole, and no temporary folder", async () => {
    const before = await folderDigest(output);
    let written = 0;
    const failing = async (path: string, contents: string | Uint8Array) => {
      if (++written > 2) throw new Error("disk full (simulated)");
      await writeFile(path, contents);
    };
    await expect(writeOutput(output, filesOf("second"), failing)).rejects.toThrow("disk full");
    expect(await folderDigest(output)).toEqual(before);
    expect(await readdir(dirname(output))).toEqual(["client"]);
  });

  it("replaces owned files, removes owned files no longer generated, keeps the user's", async () => {
    await writeFile(join(output, "NOTES.md"), "mine");
    const next = filesOf("third").filter((f) => f.path !== "runtime/b.ts");
    await writeOutput(output, next);
    const digest = await folderDigest(output);
    expect(Object.keys(digest).sort()).toEqual([".camelgen-manifest.json", "NOTES.md", "index.ts", "runtime/a.ts", "types.ts"]);
  });

  it("refuses a file path outside the output folder", async () => {
    await expect(writeOutput(output, [{ path: "../escape.ts", contents: "x" }])).rejects.toThrow(/outside the output folder/);
  });
});
