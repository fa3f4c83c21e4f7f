/**
 * `npm run suite:report`: runs every file of the JSON Schema Test Suite, required and optional,
 * through the generated guards and writes docs/json-schema-test-suite.md.
 */
import { readdirSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO } from "../helpers/run-cli.js";
import { runSuiteFile, SUITE, type FileResult } from "./run-suite-file.js";
import type { Draft } from "./suite-document.js";

const GROUPS = [
  { folder: "", label: "required" },
  { folder: "optional", label: "optional" },
  { folder: "optional/format", label: "optional/format" },
];

const tests = (cases: readonly { tests: number }[]) => cases.reduce((sum, c) => sum + c.tests, 0);

function row(name: string, r: FileResult): string {
  return `| ${name} | ${r.cases} | ${r.passed + r.failures.length + r.divergent.length + tests(r.unsupported) + tests(r.notApplicable)} | ${r.passed} | ${r.failures.length} | ${r.divergent.length} | ${tests(r.unsupported)} | ${tests(r.notApplicable)} |`;
}

async function section(draft: Draft, folder: string, label: string): Promise<{ lines: string[]; totals: FileResult[]; reasons: Map<string, number> }> {
  const dir = join(SUITE, draft, folder);
  const files = readdirSync(dir).filter((f) => f.endsWith(".json") && statSync(join(dir, f)).isFile()).sort();
  const lines = [`### ${draft}, ${label}`, "", "| file | cases | tests | passed | failed | divergent | unsupported | not applicable |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"];
  const totals: FileResult[] = [];
  const reasons = new Map<string, number>();
  for (const file of files) {
    const result = await runSuiteFile(draft, join(folder, file));
    totals.push(result);
    lines.push(row(file.replace(/\.json$/, ""), result));
    for (const na of result.notApplicable) reasons.set(`not applicable: ${na.reason}`, (reasons.get(`not applicable: ${na.reason}`) ?? 0) + na.tests);
    for (const u of result.unsupported) {
      const code = `unsupported: ${u.diagnostic.replace(/ #.*\/([^/]+)$/, " ($1)")}`;
      reasons.set(code, (reasons.get(code) ?? 0) + u.tests);
    }
    for (const d of result.divergent) for (const rule of d.rules) reasons.set(`divergent: ${rule}`, (reasons.get(`divergent: ${rule}`) ?? 0) + 1);
  }
  const sum = (pick: (r: FileResult) => number) => totals.reduce((n, r) => n + pick(r), 0);
  lines.push(
    `| **all** | ${sum((r) => r.cases)} | ${sum((r) => r.passed + r.failures.length + r.divergent.length + tests(r.unsupported) + tests(r.notApplicable))} | ${sum((r) => r.passed)} | ${sum((r) => r.failures.length)} | ${sum((r) => r.divergent.length)} | ${sum((r) => tests(r.unsupported))} | ${sum((r) => tests(r.notApplicable))} |`,
    "",
  );
  return { lines, totals, reasons };
}

const out = [
  "# JSON Schema Test Suite",
  "",
  "Written by `npm run suite:report` (test/suite/report.ts); `npm test` asserts the required files (test/suite/json-schema-test-suite.test.ts).",
  "Each file of `../shared/json-schema-test-suite/tests/<draft>` becomes one OpenAPI document (draft2020-12 as OpenAPI 3.1, draft4 as OpenAPI 3.0), each case a component schema, generated once; every test runs through `isX` and `validateX`, which must both give the suite's verdict.",
  "",
  "- **passed**: both give the suite's verdict.",
  "- **divergent**: the verdict differs exactly as one of DESIGN rule 8's documented divergences says (ajv with the divergence applied gives the guard's verdict): `implied-object-or-array-type` (a schema without `type` whose keywords imply one is typed and guarded as that type) `format-asserted` (formats the runtime knows are asserted; the required files read `format` as an annotation) and `format-annotation` (a format the runtime does not know stays an annotation, JSON Schema's default; `optional/format` asserts every format).",
  "- **unsupported**: the case uses a keyword camelgen does not check; generation names it with an `unsupported-keyword` warning (or refuses the case) at its pointer.",
  "- **not applicable**: OpenAPI cannot state the case (keywords outside OpenAPI 3.0's Schema Object) or it needs a document no OpenAPI file holds (remote references, another meta-schema).",
  "",
];
for (const draft of ["draft2020-12", "draft4"] as const) {
  const reasons = new Map<string, number>();
  for (const group of GROUPS) {
    const s = await section(draft, group.folder, group.label);
    out.push(...s.lines);
    for (const [reason, n] of s.reasons) reasons.set(`${group.label}: ${reason}`, (reasons.get(`${group.label}: ${reason}`) ?? 0) + n);
  }
  out.push(`### ${draft}: why tests were not counted as passed`, "", "| group: reason | tests |", "| --- | ---: |");
  for (const [reason, n] of [...reasons].sort()) out.push(`| ${reason.replace(/\|/g, "\\|")} | ${n} |`);
  out.push("");
}
await mkdir(join(REPO, "docs"), { recursive: true });
await writeFile(join(REPO, "docs/json-schema-test-suite.md"), `${out.join("\n")}\n`);
console.log(out.filter((line) => line.startsWith("| **all**") || line.startsWith("### ")).join("\n"));
