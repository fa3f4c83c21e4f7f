import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO, tempDir } from "../helpers/run-cli.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";

/** Values of `Item.kind` in fixtures/cases/escaping.yaml, as the YAML defines them. */
const KINDS = ['a"b', "back\\slash", "line\u2028sep", "tick`${x}`", "*/", "ünïcödé", "\u202eRTL"];

let work: Awaited<ReturnType<typeof tempDir>>;
let files: { path: string; contents: string }[];

beforeAll(async () => {
  work = await tempDir();
  files = (await generate({ input: join(REPO, "fixtures/cases/escaping.yaml") })).files;
  for (const file of files) {
    await mkdir(dirname(join(work.path, file.path)), { recursive: true });
    await writeFile(join(work.path, file.path), file.contents);
  }
});
afterAll(() => work.remove());

describe("schema text that would break out of comments, strings and identifiers", () => {
  it("compiles under strict TypeScript", async () => {
    const result = await typecheck({ variant: "nodenext", files, compiler: "ts5.9" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("runs no code from the schema when imported", async () => {
    const module = (await import(join(work.path, "index.ts"))) as Record<string, unknown>;
    expect((globalThis as { __camelgenCanary?: unknown }).__camelgenCanary).toBeUndefined();
    expect(module).not.toHaveProperty("pwned");
    expect(typeof module["itemsRetrieve"]).toBe("function");
  });

  it("keeps every enum value byte for byte", async () => {
    const { isItem } = (await import(join(work.path, "guards.ts"))) as { isItem: (v: unknown) => boolean };
    for (const kind of KINDS) expect(isItem({ kind, "weird key": "k", default: 1 }), JSON.stringify(kind)).toBe(true);
    expect(isItem({ kind: "a'b", "weird key": "k", default: 1 })).toBe(false);
    expect(isItem({ kind: "\u202dRTL", "weird key": "k", default: 1 })).toBe(false);
  });

  it("checks property names that Object.prototype also has as own properties", async () => {
    const { isItem } = (await import(join(work.path, "guards.ts"))) as { isItem: (v: unknown) => boolean };
    const base = { kind: "*/", "weird key": "k", default: 1 };
    expect(isItem(base)).toBe(true);
    expect(isItem({ ...base, constructor: "c" })).toBe(true);
    expect(isItem({ ...base, constructor: 5 })).toBe(false);
    expect(isItem({ ...base, pattern: "ab\"/" })).toBe(true);
    expect(isItem({ ...base, pattern: "AB" })).toBe(false);
  });

  it("writes invisible and bidirectional characters as escapes", () => {
    const types = files.find((f) => f.path === "types.ts")?.contents ?? "";
    expect(types).toContain('"\\u202eRTL"');
    expect(types).toContain('"line\\u2028sep"');
    expect(files.every((f) => !/[\u2028\u2029\u202a-\u202e]/.test(f.contents))).toBe(true);
  });
});
