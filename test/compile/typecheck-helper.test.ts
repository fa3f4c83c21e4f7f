/**
 * The typecheck helper's variants are what they claim, so a green compile matrix means something:
 * a probe file with one deliberate violation per line must fail exactly on the lines each variant's
 * flags forbid.
 */
import { access } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import {
  VARIANTS,
  VARIANT_NAMES,
  createTypecheckProject,
  describeResult,
  typecheck,
  type CompilerName,
  type SourceFile,
  type VariantName,
} from "../helpers/typecheck.js";

const PROBE_LINES = {
  typeImport: `import { T } from "./types.js";`,
  use: `export const a: T = 1;`,
  unusedLocal: `const unused = 1;`,
  unusedParameter: `export function f(unusedParameter: number): number { return 1; }`,
  explicitUndefined: `export const o: { x?: number } = { x: undefined };`,
  array: `const list: number[] = [];`,
  indexed: `export const first: number = list[0];`,
  nodeGlobal: `export const env = process.env["X"];`,
  domIterable: `export const names = [...new Headers().keys()];`,
  implicitAny: `export function g(x) { return x; }`,
} as const;
type ProbeLine = keyof typeof PROBE_LINES;

const PROBE: SourceFile[] = [
  { path: "types.ts", contents: "export type T = number;\n" },
  { path: "probe.ts", contents: `${Object.values(PROBE_LINES).join("\n")}\n` },
];
const lineOf = (key: ProbeLine) => Object.keys(PROBE_LINES).indexOf(key) + 1;

/** The probe lines each variant must reject (with either compiler unless noted). */
function expectedErrors(variant: VariantName, compiler: CompilerName): ProbeLine[] {
  const options = VARIANTS[variant].compilerOptions;
  const loose = options["strict"] === false;
  const lines: ProbeLine[] = ["unusedLocal", "unusedParameter", "implicitAny", ...(loose ? [] : (["explicitUndefined", "indexed"] as const))];
  if (options["verbatimModuleSyntax"] === true) lines.push("typeImport");
  const browser = Array.isArray(options["types"]) && options["types"].length === 0;
  if (browser) lines.push("nodeGlobal");
  // lib "DOM" has included DOM.Iterable since TypeScript 6, so only TS 5.9 can reject this.
  if (browser && compiler === "ts5.9") lines.push("domIterable");
  return lines.sort();
}

function errorLines(diagnostics: string): ProbeLine[] {
  const keys = Object.keys(PROBE_LINES) as ProbeLine[];
  const lines = [...diagnostics.matchAll(/^probe\.ts\((\d+),\d+\): error/gm)].map((m) => keys[Number(m[1]) - 1]!);
  return [...new Set(lines)].sort();
}

describe("typecheck helper", () => {
  const cases = VARIANT_NAMES.flatMap((variant) => [
    [variant, "ts7"] as const,
    // TS 5.9 only where it differs (DOM without DOM.Iterable), to keep the run short.
    ...(variant.startsWith("browser") ? [[variant, "ts5.9"] as const] : []),
  ]);

  it.each(cases)("%s × %s rejects exactly what its flags forbid", async (variant, compiler) => {
    const result = await typecheck({ variant, compiler, files: PROBE });
    expect(result.exitCode).not.toBe(0);
    expect(errorLines(result.diagnostics), describeResult(result)).toEqual(expectedErrors(variant, compiler));
    expect(result.diagnostics).toMatch(new RegExp(`^probe\\.ts\\(${lineOf("unusedLocal")},7\\): error TS6133`, "m"));
  });

  it("passes clean code with exit code 0 and no output, from files placed in a sub-folder", async () => {
    const project = await createTypecheckProject({
      variant: "nodenext",
      files: [{ path: "lib/value.ts", contents: "export const value: number = 1;\n" }],
      into: "pkg",
      extraFiles: [{ path: "main.ts", contents: 'import { value } from "./pkg/lib/value.js";\nexport const twice = value * 2;\n' }],
    });
    try {
      const result = await project.run("ts7");
      expect(result, describeResult(result)).toMatchObject({ exitCode: 0, diagnostics: "", compiler: "ts7", variant: "nodenext" });
    } finally {
      await project.dispose();
    }
    await expect(access(project.dir)).rejects.toThrow();
  });

  it("refuses file paths outside the project", async () => {
    await expect(
      typecheck({ variant: "bundler", compiler: "ts7", files: [{ path: "../escape.ts", contents: "" }] }),
    ).rejects.toThrow(/inside the project/);
  });
});
