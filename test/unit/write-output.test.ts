import { mkdir, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeOutput } from "../../src/cli/write-output.js";
import { manifestFile } from "../../src/cli/manifest.js";
import { listFiles } from "../../src/cli/write-output.js";
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

  it("a new folder clears the staging folder a killed run left beside it, and keeps one of a running process", async () => {
    const fresh = join(work.path, "fresh");
    // No process has pid 2^22 + 1 (above Linux's pid_max); pid 1 always runs.
    const dead = `${fresh}.camelgen-tmp-4194305`;
    const alive = `${fresh}.camelgen-tmp-1`;
    for (const folder of [dead, alive]) {
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, "index.ts"), "// half-written\n");
    }
    await writeOutput(fresh, filesOf("fresh"));
    const beside = (await readdir(work.path)).filter((name) => name.startsWith("fresh"));
    expect(beside.sort()).toEqual(["fresh", "fresh.camelgen-tmp-1"]);
    await rm(alive, { recursive: true });
  });

  it("replaces owned files, removes owned files no longer generated, keeps the user's", async () => {
    await writeFile(join(output, "NOTES.md"), "mine");
    const next = filesOf("third").filter((f) => f.path !== "runtime/b.ts");
    await writeOutput(output, next);
    const digest = await folderDigest(output);
    expect(Object.keys(digest).sort()).toEqual([".camelgen-manifest.json", "NOTES.md", "index.ts", "runtime/a.ts", "types.ts"]);
  });

  it("rewrites only the files whose bytes differ: the others keep their inode and mtime", async () => {
    await writeOutput(output, filesOf("fourth"));
    const stamp = async (path: string) => {
      const { ino, mtimeMs } = await stat(join(output, path));
      return { ino, mtimeMs };
    };
    const kept = await stamp("runtime/a.ts");
    const next = filesOf("fourth").map((f) => (f.path === "types.ts" ? { ...f, contents: "// changed\n" } : f));
    const written = await writeOutput(output, next);
    expect(written).toEqual(["types.ts"]);
    expect(await stamp("runtime/a.ts")).toEqual(kept);
    expect(await readFile(join(output, "types.ts"), "utf8")).toBe("// changed\n");
  });

  it("a replacement that cannot be renamed in puts back every file already replaced", async () => {
    await writeOutput(output, filesOf("fifth"));
    await mkdir(join(output, "blocked"));
    await writeFile(join(output, "blocked/mine.txt"), "a folder of the user's where a file is to go");
    const before = await folderDigest(output);
    const next = [...filesOf("sixth").filter((f) => f.path !== ".camelgen-manifest.json"), { path: "blocked", contents: "x" }];
    await expect(writeOutput(output, next)).rejects.toThrow();
    expect(await folderDigest(output)).toEqual(before);
    expect((await listFiles(output)).filter((path) => /\.camelgen-(tmp|old)-/.test(path))).toEqual([]);
  });

  it("refuses to write through a symbolic link inside the output folder", async () => {
    const outside = join(work.path, "outside");
    await mkdir(outside);
    await symlink(outside, join(output, "linked"));
    await expect(writeOutput(output, [...filesOf("seventh"), { path: "linked/x.ts", contents: "x" }])).rejects.toThrow(/linked: it is a symbolic link/);
    expect(await readdir(outside)).toEqual([]);
  });

  it("refuses to remove its own files through a folder since replaced by a symbolic link", async () => {
    const plain = filesOf("tenth").filter((f) => f.path !== ".camelgen-manifest.json");
    const withLinked = [...plain, { path: "moved/x.ts", contents: "x" }];
    await writeOutput(output, [...withLinked, manifestFile(withLinked, KEY, "tenth")]);
    const elsewhere = join(work.path, "elsewhere");
    await mkdir(elsewhere);
    await writeFile(join(elsewhere, "x.ts"), "not camelgen's");
    await rm(join(output, "moved"), { recursive: true });
    await symlink(elsewhere, join(output, "moved"));
    await expect(writeOutput(output, [...plain, manifestFile(plain, KEY, "eleventh")])).rejects.toThrow(/moved: it is a symbolic link/);
    expect(await readFile(join(elsewhere, "x.ts"), "utf8")).toBe("not camelgen's");
    await rm(join(output, "moved"));
  });

  it("removes the folders that removing its own files emptied", async () => {
    const plain = filesOf("eighth").filter((f) => f.path !== ".camelgen-manifest.json");
    const withExtra = [...plain, { path: "extra/deep/x.ts", contents: "x" }];
    await writeOutput(output, [...withExtra, manifestFile(withExtra, KEY, "eighth")]);
    expect(await readdir(output)).toContain("extra");
    await writeOutput(output, [...plain, manifestFile(plain, KEY, "ninth")]);
    expect(await readdir(output)).not.toContain("extra");
  });

  it("fills a folder that is there already and empty in place (it may be a mount point)", async () => {
    const empty = join(work.path, "empty");
    await mkdir(empty);
    const { ino } = await stat(empty);
    expect(await writeOutput(empty, filesOf("twelfth"))).toHaveLength(5);
    expect((await stat(empty)).ino).toBe(ino);
    expect(Object.keys(await folderDigest(empty))).toHaveLength(5);
  });

  it("refuses a file path outside the output folder", async () => {
    await expect(writeOutput(output, [{ path: "../escape.ts", contents: "x" }])).rejects.toThrow(/outside the output folder/);
  });
});
