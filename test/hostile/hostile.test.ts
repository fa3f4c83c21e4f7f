import { readdirSync, statSync } from "node:fs";
import { rm, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainText } from "../helpers/markdown.js";
import { tempDir } from "../helpers/run-cli.js";
import { createTypecheckProject, describeResult, type TypecheckResult } from "../helpers/typecheck.js";
import { expectOutcome, outputName, runFixture, writeFiles, type GeneratedFile, type Outcome } from "./harness.js";
import { CANARY, fixtureText, HOSTILE, loadFixtures, NOT_FIXTURES, OUTPUT_PATH, type Fixture } from "./manifest.js";
import { findLeaks, RAW_INVISIBLE } from "./token-scan.js";

const all = loadFixtures();
/** Remote fixtures need loopback servers: remote.test.ts runs them. */
const fixtures = all.filter((f) => !f.serve);
const generating = fixtures.filter((f) => f.outcome === "generates");
const outputNames = generating.map(outputName);
const outcomes = new Map<string, Outcome>();
let work: Awaited<ReturnType<typeof tempDir>>;
let compiled: TypecheckResult;

/** Runs `task` on every item, at most `limit` at a time (isolated fixtures each start a Node process). */
async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await task(item);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}

function filesOf(fixture: Fixture): GeneratedFile[] {
  const outcome = outcomes.get(fixture.name);
  return outcome?.ok ? outcome.files : [];
}

/** Every output's runtime/ folder is the same copy of templates/: keep one, link the others to it. */
const SHARED_RUNTIME = "_runtime";

async function shareRuntime(root: string, outputs: readonly Fixture[]): Promise<GeneratedFile[]> {
  const runtime = outputs.length > 0 ? filesOf(outputs[0] as Fixture).filter((f) => f.path.startsWith("runtime/")) : [];
  for (const fixture of outputs) {
    const own = filesOf(fixture).filter((f) => f.path.startsWith("runtime/"));
    expect(own, `${fixture.name}: runtime/ differs from the other outputs'`).toEqual(runtime);
    await rm(join(root, outputName(fixture), "runtime"), { recursive: true, force: true });
    await symlink(`../${SHARED_RUNTIME}`, join(root, outputName(fixture), "runtime"));
  }
  return runtime.map((f) => ({ path: f.path.replace(/^runtime\//, `${SHARED_RUNTIME}/`), contents: f.contents }));
}

/**
 * One tsc program for every output: one compiler start, and the shared runtime checked once (tsc
 * would load a symlinked runtime/ once per link, so each output gets re-export stubs instead).
 */
async function compileAll(outputs: readonly Fixture[], runtime: GeneratedFile[]): Promise<TypecheckResult> {
  const files = outputs.flatMap((fixture) =>
    filesOf(fixture).map((file) => {
      const path = `${outputName(fixture)}/${file.path}`;
      const stub = file.path.replace(/^runtime\/(.*)\.ts$/, `export * from "../../${SHARED_RUNTIME}/$1.js";\n`);
      return { path, contents: file.path.startsWith("runtime/") ? stub : file.contents };
    }),
  );
  const project = await createTypecheckProject({ variant: "nodenext", files: [...files, ...runtime], label: "hostile" });
  try {
    return await project.run("ts5.9", { timeoutMs: 300_000 });
  } finally {
    await project.dispose();
  }
}

beforeAll(async () => {
  work = await tempDir("camelgen-hostile-");
  const isolated = pool(fixtures.filter((f) => f.isolate), 2, async (f) => void outcomes.set(f.name, await runFixture(f, work.path)));
  for (const f of fixtures.filter((f) => !f.isolate)) outcomes.set(f.name, await runFixture(f, work.path));
  await isolated;
  const produced = generating.filter((f) => filesOf(f).length > 0);
  const runtime = await shareRuntime(work.path, produced);
  await writeFiles(join(work.path, SHARED_RUNTIME), runtime.map((f) => ({ ...f, path: f.path.slice(SHARED_RUNTIME.length + 1) })));
  compiled = await compileAll(produced, runtime);
}, 400_000);

afterAll(() => work?.remove());

describe("fixtures/hostile", () => {
  it("has at least 40 fixtures, each in the manifest, each saying what it attacks and what is expected", () => {
    const onDisk = readdirSync(HOSTILE).filter((name) => !NOT_FIXTURES.has(name)).sort();
    expect(onDisk).toEqual(all.map((f) => f.name).sort());
    expect(all.length).toBeGreaterThanOrEqual(40);
    for (const fixture of all) {
      // Small: the big inputs (65 MiB, 5,000 levels) are built at test time from a seed.
      expect(statSync(fixture.path).size, fixture.name).toBeLessThan(8 * 1024);
      const head = fixtureText(fixture).slice(0, 400);
      expect(head, fixture.name).toMatch(/^(# |\{\s*"\/\/": ")(Attack|Defect): /);
      expect(head, fixture.name).toMatch(/Expect: /);
    }
  });
});

describe.each(fixtures)("$name", (fixture) => {
  it(`${fixture.outcome === "generates" ? "generates" : "fails"} as the manifest says`, () => {
    expectOutcome(outcomes.get(fixture.name) as Outcome, fixture);
  });
});

describe.each(generating)("output of $name", (fixture) => {
  const prefix = `${outputName(fixture)}/`;

  it("compiles under strict TypeScript 5.9", () => {
    // Lines naming no output at all (the shared runtime) would fail every fixture's check.
    const foreign = compiled.diagnostics.split("\n").filter((line) => /^\S+\.ts\(/.test(line) && !outputNames.some((o) => line.startsWith(`${o}/`)));
    expect(foreign, describeResult(compiled)).toEqual([]);
    expect(filesOf(fixture).length, "nothing was generated").toBeGreaterThan(0);
    const own = compiled.diagnostics.split("\n").filter((line) => line.startsWith(prefix));
    expect(own, describeResult(compiled)).toEqual([]);
  });

  it("is only the fixed set of files, with schema text only in strings and comments", () => {
    const files = filesOf(fixture);
    expect(files.length, "nothing was generated").toBeGreaterThan(0);
    const markers = fixtureText(fixture).includes(CANARY) ? [CANARY] : [];
    for (const file of files) {
      expect(file.path).toMatch(OUTPUT_PATH);
      expect(RAW_INVISIBLE.test(file.contents), `${file.path} holds a raw separator, bidi control or NUL`).toBe(false);
      if (file.path.startsWith("runtime/")) continue;
      if (file.path.endsWith(".md")) {
        // Markdown: schema text may leave no HTML tag outside code spans (the first line is camelgen's comment).
        for (const line of file.contents.split("\n").slice(1)) expect(plainText(line).html, file.path).toEqual([]);
        continue;
      }
      for (const marker of markers) expect(findLeaks(file.path, file.contents, marker)).toEqual([]);
    }
  });

  it("runs no code from the schema when imported", async () => {
    expect(filesOf(fixture).length, "nothing was generated").toBeGreaterThan(0);
    const prototypeKeys = Reflect.ownKeys(Object.prototype);
    const module = (await import(join(work.path, outputName(fixture), "index.ts"))) as Record<string, unknown>;
    expect((globalThis as Record<string, unknown>)[CANARY]).toBeUndefined();
    expect(Reflect.ownKeys(Object.prototype)).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    // A `then` export would make `await import()` of the client resolve to something else.
    expect(Object.hasOwn(module, "then")).toBe(false);
    expect(typeof module["default"]).toBe("function");
  });
});
