import { readdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";
import { createTypecheckProject, type CompilerName, type SourceFile, type TypecheckResult, type VariantName } from "../helpers/typecheck.js";

const CASES = join(REPO, "fixtures/cases");
/** One-file cases; the folders (split-refs, ref-escape) test reference resolution in test/unit/load.test.ts. */
const names = (await readdir(CASES)).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5));
const matrix: [CompilerName, VariantName][] = [
  ["ts7", "nodenext"],
  ["ts7", "browser-bundler"],
  ["ts5.9", "nodenext"],
];
const RUNTIME = "runtime/";

/**
 * Every case in one project per compiler and variant, each in its own folder whose `runtime` is a
 * link to one shared copy: the compiler resolves links to the real files, so it reads and checks
 * the runtime once instead of once per case. Every case must ship the same runtime for that.
 */
let runtime: SourceFile[];
const caseFiles = new Map<string, SourceFile[]>();
const results = new Map<string, TypecheckResult>();

beforeAll(async () => {
  for (const name of names) {
    const { files } = await generate({ input: join(CASES, `${name}.yaml`) });
    runtime ??= files.filter((f) => f.path.startsWith(RUNTIME));
    caseFiles.set(name, files);
  }
  await Promise.all(
    matrix.map(async ([compiler, variant]) => {
      const own = [...caseFiles].flatMap(([name, files]) => files.filter((f) => !f.path.startsWith(RUNTIME)).map((f) => ({ path: `${name}/${f.path}`, contents: f.contents })));
      const project = await createTypecheckProject({ variant, files: [...runtime, ...own], include: names.flatMap((name) => [`${name}/*.ts`, `${name}/resources/*.ts`]), label: `cases-${variant}` });
      try {
        await Promise.all(names.map((name) => symlink(join(project.dir, "runtime"), join(project.dir, name, "runtime"), "dir")));
        results.set(`${compiler} ${variant}`, await project.run(compiler, { timeoutMs: 300_000 }));
      } finally {
        await project.dispose();
      }
    }),
  );
}, 600_000);
afterAll(() => results.clear());

/** The compiler's messages about one case's files and the shared runtime. */
function diagnosticsOf(result: TypecheckResult, name: string): string[] {
  return result.diagnostics.split("\n").filter((line) => line.startsWith(`${name}/`) || line.startsWith(RUNTIME));
}

describe.each(names)("fixtures/cases/%s.yaml", (name) => {
  it("ships the runtime every other case ships", () => {
    const own = (caseFiles.get(name) ?? []).filter((f) => f.path.startsWith(RUNTIME));
    expect(own).toEqual(runtime);
  });

  it.each(matrix)("compiles with %s (%s)", (compiler, variant) => {
    const result = results.get(`${compiler} ${variant}`);
    expect(result, "the compiler ran").toBeDefined();
    expect(diagnosticsOf(result as TypecheckResult, name)).toEqual([]);
  });
});

it("the compilers found nothing outside the cases either", () => {
  for (const [key, result] of results) expect(result.exitCode, `${key}\n${result.diagnostics}`).toBe(0);
  expect(results.size).toBe(matrix.length);
});
