import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileOutputs, generateInto, importClient, type Compiled } from "../../bench/corpus/check.js";
import { sliceCorpus } from "../../bench/corpus/select.js";
import { generate } from "../../src/generate.js";
import { tempDir } from "../helpers/run-cli.js";

// The CI slice of `npm run corpus` (bench/corpus/select.ts): real schemas of every version,
// GitHub's among them, each generated, type-checked by strict TypeScript 5.9 and imported.
const entries = sliceCorpus();
const folders = entries.map((_, i) => `s${i}`);
const failures = new Map<string, string>();
let work: Awaited<ReturnType<typeof tempDir>>;
let compiled: Compiled;

beforeAll(async () => {
  work = await tempDir("camelgen-corpus-slice-");
  for (const [i, entry] of entries.entries()) {
    await generateInto(generate, entry.path, `${work.path}/${folders[i]}`).catch((error: unknown) => {
      failures.set(entry.id, error instanceof Error ? error.message : String(error));
    });
  }
  compiled = compileOutputs(work.path, folders.filter((_, i) => !failures.has(entries[i]?.id ?? "")));
}, 30 * 60_000);
afterAll(() => work.remove());

describe("corpus slice: generated, 0 tsc errors, imported", { timeout: 5 * 60_000 }, () => {
  it.each(entries.map((e, i) => [e.id, i] as const))("%s", async (id, i) => {
    expect(failures.get(id)).toBeUndefined();
    const folder = folders[i] as string;
    expect(compiled.errors.get(folder) ?? []).toEqual([]);
    expect(await importClient(work.path, folder)).toBeUndefined();
  });

  it("no error outside the clients", () => {
    expect(compiled.errors.get("(program)") ?? []).toEqual([]);
  });
});
