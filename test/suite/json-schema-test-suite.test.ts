/**
 * The official JSON Schema Test Suite (../shared/json-schema-test-suite) through the generated
 * guards: every required file of draft2020-12 (as OpenAPI 3.1) and draft4 (as OpenAPI 3.0) is
 * generated once and each of its tests runs through `isX` and `validateX`. A test passes when both
 * give the suite's verdict; one that differs exactly as a documented divergence says (DESIGN rule 8,
 * checked with ajv in test/guards/exceptions.ts) is counted apart; a case using a keyword camelgen
 * does not check must carry its diagnostic. Every other difference fails. `npm run suite:report`
 * writes the whole table, optional files included, to docs/json-schema-test-suite.md.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSuiteFile, SUITE } from "./run-suite-file.js";
import type { Draft } from "./suite-document.js";

const DRAFTS: Draft[] = ["draft2020-12", "draft4"];

for (const draft of DRAFTS) {
  const files = readdirSync(join(SUITE, draft)).filter((file) => file.endsWith(".json")).sort();
  describe(`JSON Schema Test Suite ${draft} (required)`, () => {
    it("has its files", () => {
      expect(files.length).toBeGreaterThan(25);
    });
    it.each(files)("%s", async (file) => {
      const result = await runSuiteFile(draft, file);
      expect(result.failures).toEqual([]);
      // Every test of the file is accounted for: passed, divergent, unsupported or not applicable.
      expect(result.passed + result.divergent.length + count(result.unsupported) + count(result.notApplicable)).toBe(testsIn(draft, file));
    });
  });
}

function count(cases: readonly { tests: number }[]): number {
  return cases.reduce((sum, c) => sum + c.tests, 0);
}

function testsIn(draft: Draft, file: string): number {
  const cases = JSON.parse(readFileSync(join(SUITE, draft, file), "utf8")) as { tests: unknown[] }[];
  return cases.reduce((sum, c) => sum + c.tests.length, 0);
}
