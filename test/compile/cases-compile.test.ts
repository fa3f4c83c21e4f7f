import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";
import { describeResult, typecheck, type CompilerName, type VariantName } from "../helpers/typecheck.js";

const CASES = join(REPO, "fixtures/cases");
/** One-file cases; the folders (split-refs, ref-escape) test reference resolution in test/unit/load.test.ts. */
const names = (await readdir(CASES)).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5));
const matrix: [CompilerName, VariantName][] = [
  ["ts7", "nodenext"],
  ["ts7", "browser-bundler"],
  ["ts5.9", "nodenext"],
];

describe.each(names)("fixtures/cases/%s.yaml", (name) => {
  it.each(matrix)("compiles with %s (%s)", async (compiler, variant) => {
    const { files } = await generate({ input: join(CASES, `${name}.yaml`) });
    const result = await typecheck({ variant, files, compiler });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });
});
