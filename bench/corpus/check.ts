import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import type { GenerateOptions, GenerateResult } from "../../src/generate.js";
import { isNocheckFile, withNocheckDisarmed } from "../../test/helpers/guard-bodies.js";

/** The generated code's own strict settings (TypeScript 5.9), emitting JavaScript to `<root>/js`. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  skipLibCheck: true,
};

export type Generate = (options: GenerateOptions) => Promise<GenerateResult>;

export interface Generated {
  ms: number;
  warnings: number;
  operations: number;
  version: string;
}

/** Generates `input` into `dir`; throws what generate throws. */
export async function generateInto(generate: Generate, input: string, dir: string): Promise<Generated> {
  const started = performance.now();
  const result = await generate({ input });
  for (const file of result.files) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.contents);
  }
  return {
    ms: performance.now() - started,
    warnings: result.diagnostics.filter((d) => d.severity === "warning").length,
    operations: countOperations(result.document),
    version: inputVersion(input),
  };
}

function inputVersion(path: string): string {
  const head = readFileSync(path, "utf8").slice(0, 4096);
  return /["']?(?:openapi|swagger)["']?\s*:\s*["']?([0-9.]+)/.exec(head)?.[1] ?? "?";
}

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);

function countOperations(document: Record<string, unknown>): number {
  const paths = (document["paths"] ?? {}) as Record<string, Record<string, unknown> | null>;
  return Object.values(paths).reduce((sum, item) => sum + Object.keys(item ?? {}).filter((m) => METHODS.has(m)).length, 0);
}

export interface Compiled {
  ms: number;
  /** Errors by output folder (the first path segment below the root). */
  errors: Map<string, string[]>;
}

/** Library files parsed once per process: most of a small program's check time otherwise. */
const libraries = new Map<string, ts.SourceFile>();

function cachingHost(): ts.CompilerHost {
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, create) => {
    // The corpus proves the guard bodies compile: the shipped `// @ts-nocheck` line is disarmed.
    if (isNocheckFile(fileName)) return ts.createSourceFile(fileName, withNocheckDisarmed(fileName, readFileSync(fileName, "utf8")), language);
    if (!fileName.includes(`${sep}node_modules${sep}typescript${sep}lib${sep}`)) return read(fileName, language, onError, create);
    const cached = libraries.get(fileName) ?? read(fileName, language, onError, create);
    if (cached) libraries.set(fileName, cached);
    return cached;
  };
  return host;
}

/** Type-checks every `.ts` file of `dirs` (below `root`) as one program and emits JavaScript to `<root>/js`. */
export function compileOutputs(root: string, dirs: string[]): Compiled {
  const started = performance.now();
  const rootNames = dirs.flatMap((dir) => ts.sys.readDirectory(join(root, dir), [".ts"], undefined, ["**/*.ts"]));
  writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module", private: true }));
  const options = { ...COMPILER_OPTIONS, rootDir: root, outDir: join(root, "js") };
  const program = ts.createProgram({ rootNames, options, host: cachingHost() });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...program.emit().diagnostics];
  const errors = new Map<string, string[]>();
  for (const d of diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error)) {
    const file = d.file ? relative(root, d.file.fileName) : "(program)";
    const dir = file.split(sep)[0] as string;
    const where = d.file && d.start !== undefined ? `${file}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : file;
    errors.set(dir, [...(errors.get(dir) ?? []), `${where}: TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`]);
  }
  return { ms: performance.now() - started, errors };
}

/** Imports the compiled client; undefined when its default export is the client class. */
export async function importClient(root: string, dir: string): Promise<string | undefined> {
  try {
    const module = (await import(pathToFileURL(join(root, "js", dir, "index.js")).href)) as { default?: unknown };
    return typeof module.default === "function" ? undefined : "no client class as the default export";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
