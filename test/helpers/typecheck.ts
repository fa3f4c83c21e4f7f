/**
 * Type-checks a folder (or an in-memory list) of TypeScript files the way a consumer would: in a
 * fresh project under `os.tmpdir()`, with a chosen tsconfig variant and a chosen compiler, run as
 * a child process (`execFile`, no shell). Nothing in the repository is read by the compiler except
 * the compiler itself and, for variants that ask for it, `node_modules/@types`.
 *
 *   const project = await createTypecheckProject({ variant: "nodenext", files: "generated/camelai", into: "camelai" });
 *   try {
 *     const result = await project.run("ts5.9"); // { exitCode, diagnostics, ... }
 *   } finally {
 *     await project.dispose();
 *   }
 *
 * One project (one temp copy, one tsconfig) can be checked by several compilers, in parallel.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isNocheckFile, withNocheckDisarmed } from "./guard-bodies.js";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

// ---------------------------------------------------------------------------------------------
// Compilers
// ---------------------------------------------------------------------------------------------

export type CompilerName = "ts5.9" | "ts7";

export interface Compiler {
  name: CompilerName;
  /** The `tsc` entry script, run with the current `node`. */
  tscPath: string;
}

export const COMPILERS: Readonly<Record<CompilerName, Compiler>> = {
  /** TypeScript 5.9, the JavaScript compiler (`typescript` devDependency). */
  "ts5.9": { name: "ts5.9", tscPath: path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc") },
  /** TypeScript 7, the native compiler (`typescript-7`, an npm alias of typescript@7). */
  ts7: { name: "ts7", tscPath: path.join(REPO_ROOT, "node_modules", "typescript-7", "bin", "tsc") },
};

export const COMPILER_NAMES = Object.keys(COMPILERS) as CompilerName[];

// ---------------------------------------------------------------------------------------------
// tsconfig variants
// ---------------------------------------------------------------------------------------------

export type CompilerOptions = Record<string, unknown>;

export interface TsconfigVariant {
  name: string;
  /** One line for test titles and failure messages. */
  description: string;
  compilerOptions: CompilerOptions;
}

/** The flags every variant shares: the strictest settings a consumer is likely to use. */
export const STRICT_OPTIONS: Readonly<CompilerOptions> = {
  target: "ES2022",
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  forceConsistentCasingInFileNames: true,
  // Declaration files (lib.*.d.ts, @types) are not ours to check; every generated file is a `.ts`
  // file, so it is checked in full regardless.
  skipLibCheck: true,
  noEmit: true,
};

const NODE_TYPES: Readonly<CompilerOptions> = {
  types: ["node"],
  // The temp project has no node_modules of its own; @types/node comes from the repository.
  typeRoots: [path.join(REPO_ROOT, "node_modules", "@types")],
};

const NODENEXT: Readonly<CompilerOptions> = { module: "NodeNext", moduleResolution: "NodeNext" };
const BUNDLER: Readonly<CompilerOptions> = { module: "ESNext", moduleResolution: "Bundler" };
const STRICT_MODULES: Readonly<CompilerOptions> = { verbatimModuleSyntax: true, isolatedModules: true };

export type VariantName = "nodenext" | "bundler" | "browser-nodenext" | "browser-bundler" | "node-without-dom" | "no-implicit-any";

export const VARIANTS: Readonly<Record<VariantName, TsconfigVariant>> = {
  /** (a) A Node ESM project: NodeNext, @types/node, DOM lib (as many Node projects have). */
  nodenext: {
    name: "nodenext",
    description: "NodeNext + @types/node + verbatimModuleSyntax",
    compilerOptions: { ...STRICT_OPTIONS, ...NODENEXT, ...STRICT_MODULES, lib: ["ES2022", "DOM"], ...NODE_TYPES },
  },
  /** (b) A bundled app (Vite, esbuild, webpack): ESNext + Bundler resolution, @types/node. */
  bundler: {
    name: "bundler",
    description: "ESNext/Bundler + @types/node",
    compilerOptions: { ...STRICT_OPTIONS, ...BUNDLER, lib: ["ES2022", "DOM"], ...NODE_TYPES },
  },
  /**
   * (c) Browser-only code: no @types/node (so no `process`, `Buffer`, `NodeJS.*`) and DOM without
   * DOM.Iterable (so no `for...of` over `Headers`/`URLSearchParams`). Note that from TypeScript 6
   * on, lib "DOM" includes the iterable declarations, so only TS 5.9 enforces the second part.
   */
  "browser-nodenext": {
    name: "browser-nodenext",
    description: "browser: NodeNext, lib ES2022+DOM (no DOM.Iterable), types []",
    compilerOptions: { ...STRICT_OPTIONS, ...NODENEXT, lib: ["ES2022", "DOM"], types: [] },
  },
  "browser-bundler": {
    name: "browser-bundler",
    description: "browser: ESNext/Bundler, lib ES2022+DOM (no DOM.Iterable), types [], verbatimModuleSyntax",
    compilerOptions: { ...STRICT_OPTIONS, ...BUNDLER, ...STRICT_MODULES, lib: ["ES2022", "DOM"], types: [] },
  },
  /**
   * (d) A Node backend as @tsconfig/node20 sets it up: no DOM lib, `fetch` and its types from
   * @types/node alone; only type-erasable syntax (Node's own type stripping).
   */
  "node-without-dom": {
    name: "node-without-dom",
    description: "Node: NodeNext, lib ES2023 without DOM, @types/node, erasableSyntaxOnly",
    compilerOptions: { ...STRICT_OPTIONS, ...NODENEXT, lib: ["ES2023"], ...NODE_TYPES, erasableSyntaxOnly: true },
  },
  /** (e) An older codebase that turned on noImplicitAny but not the rest of `strict`. */
  "no-implicit-any": {
    name: "no-implicit-any",
    description: "NodeNext, strict off but noImplicitAny",
    compilerOptions: { ...STRICT_OPTIONS, ...NODENEXT, lib: ["ES2022", "DOM"], ...NODE_TYPES, strict: false, exactOptionalPropertyTypes: false, noImplicitAny: true },
  },
};

export const VARIANT_NAMES = Object.keys(VARIANTS) as VariantName[];

// ---------------------------------------------------------------------------------------------
// Projects
// ---------------------------------------------------------------------------------------------

export interface SourceFile {
  /** Relative, `/`-separated path inside the project (or inside `into`). */
  path: string;
  contents: string;
}

/** In-memory files, or the path of a folder to copy (absolute, or relative to the repository). */
export type Sources = readonly SourceFile[] | string;

export interface ProjectOptions {
  variant: VariantName | TsconfigVariant;
  /** The files under test. */
  files: Sources;
  /** Sub-folder of the project to place `files` in (e.g. "camelai"); the project root by default. */
  into?: string;
  /** More files at the project root, e.g. a consumer importing `./camelai/index.js`. */
  extraFiles?: readonly SourceFile[];
  /** Merged over the variant's compiler options. */
  compilerOptions?: CompilerOptions;
  /** tsconfig `include` (default every `.ts` file); narrower roots check less and run faster. */
  include?: readonly string[];
  /**
   * The project's package.json. By default `{ "type": "module" }`, so NodeNext treats `.ts` files as
   * ES modules, as in any ESM package; `false` writes none (files are then CommonJS under NodeNext).
   */
  packageJson?: Record<string, unknown> | false;
  /** A prefix for the temp folder's name, to recognise it when debugging. */
  label?: string;
  /**
   * true: compile guards.ts and schemas.ts as shipped, with their `// @ts-nocheck` line. By default it is
   * disarmed, so every guard body and the table are checked (see guard-bodies.ts).
   */
  asShipped?: boolean;
}

export interface TypecheckResult {
  compiler: CompilerName;
  variant: string;
  /** tsc's exit code: 0 when there are no errors. */
  exitCode: number;
  /** tsc's output (stdout then stderr), paths relative to the project folder; "" when clean. */
  diagnostics: string;
  durationMs: number;
}

export interface RunOptions {
  /** Extra tsc command-line arguments. */
  args?: readonly string[];
  /** Milliseconds before tsc is killed (default 120 s). */
  timeoutMs?: number;
}

export interface TypecheckProject {
  /** The temp project folder (tsconfig.json at its root). */
  dir: string;
  variant: TsconfigVariant;
  /** The tsconfig.json written, for failure messages. */
  tsconfig: { compilerOptions: CompilerOptions; include: string[] };
  run(compiler: CompilerName, options?: RunOptions): Promise<TypecheckResult>;
  /** Removes the temp folder. Safe to call more than once. */
  dispose(): Promise<void>;
}

function resolveVariant(variant: VariantName | TsconfigVariant): TsconfigVariant {
  if (typeof variant !== "string") return variant;
  const found = VARIANTS[variant];
  if (!found) throw new Error(`unknown tsconfig variant ${JSON.stringify(variant)}`);
  return found;
}

/** Joins a relative path under `root`, refusing absolute paths and `..` escapes. */
function inside(root: string, relative: string): string {
  if (path.isAbsolute(relative) || relative.split(/[\\/]/).includes("..")) {
    throw new Error(`file path must stay inside the project: ${JSON.stringify(relative)}`);
  }
  return path.join(root, relative);
}

async function writeSources(root: string, files: readonly SourceFile[], checkGuardBodies: boolean): Promise<void> {
  for (const file of files) {
    const target = inside(root, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, checkGuardBodies ? withNocheckDisarmed(file.path, file.contents) : file.contents);
  }
}

async function placeSources(root: string, sources: Sources, checkGuardBodies: boolean): Promise<void> {
  if (typeof sources !== "string") return writeSources(root, sources, checkGuardBodies);
  const from = path.resolve(REPO_ROOT, sources);
  const info = await stat(from);
  if (!info.isDirectory()) throw new Error(`not a folder: ${from}`);
  await mkdir(root, { recursive: true });
  await cp(from, root, { recursive: true });
  if (!checkGuardBodies) return;
  for (const relative of (await readdir(root, { recursive: true })).filter(isNocheckFile)) {
    const file = path.join(root, relative);
    await writeFile(file, withNocheckDisarmed(relative, await readFile(file, "utf8")));
  }
}

export async function createTypecheckProject(options: ProjectOptions): Promise<TypecheckProject> {
  const variant = resolveVariant(options.variant);
  const label = (options.label ?? variant.name).replace(/[^A-Za-z0-9._-]/g, "_");
  const dir = await mkdtemp(path.join(os.tmpdir(), `camelgen-typecheck-${label}-`));
  const tsconfig = {
    compilerOptions: { ...variant.compilerOptions, ...options.compilerOptions },
    include: [...(options.include ?? ["**/*.ts"])],
  };
  try {
    const checkGuardBodies = options.asShipped !== true;
    await placeSources(options.into === undefined ? dir : inside(dir, options.into), options.files, checkGuardBodies);
    await writeSources(dir, options.extraFiles ?? [], checkGuardBodies);
    await writeFile(path.join(dir, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
    const packageJson = options.packageJson ?? { type: "module" };
    if (packageJson !== false) {
      await writeFile(path.join(dir, "package.json"), `${JSON.stringify({ private: true, ...packageJson }, null, 2)}\n`);
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    dir,
    variant,
    tsconfig,
    run: (compiler, runOptions) => runTsc(dir, variant.name, compiler, runOptions),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Creates a project, runs one compiler on it and removes it again. */
export async function typecheck(options: ProjectOptions & RunOptions & { compiler: CompilerName }): Promise<TypecheckResult> {
  const project = await createTypecheckProject(options);
  try {
    return await project.run(options.compiler, options);
  } finally {
    await project.dispose();
  }
}

/**
 * At most this many compilers run at once in this process: more than one per CPU only makes every
 * run slower (TS 5.9 is single-threaded, TS 7 spreads over the cores itself).
 */
const MAX_PARALLEL_RUNS = Math.max(1, os.availableParallelism());
let running = 0;
const waiting: (() => void)[] = [];

async function withSlot<T>(task: () => Promise<T>): Promise<T> {
  // A finishing task hands its slot straight to the next waiter, so `running` never overshoots.
  if (running >= MAX_PARALLEL_RUNS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running += 1;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

function runTsc(dir: string, variant: string, compiler: CompilerName, options: RunOptions = {}): Promise<TypecheckResult> {
  return withSlot(() => spawnTsc(dir, variant, compiler, options));
}

function spawnTsc(dir: string, variant: string, compiler: CompilerName, options: RunOptions): Promise<TypecheckResult> {
  const { tscPath } = COMPILERS[compiler];
  const args = [tscPath, "-p", path.join(dir, "tsconfig.json"), "--pretty", "false", ...(options.args ?? [])];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: dir, timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        const durationMs = Math.round(performance.now() - started);
        const diagnostics = [stdout, stderr].filter((s) => s.trim() !== "").join("\n").trim();
        if (error && typeof error.code !== "number") {
          // Not a tsc exit status: spawn failure, timeout (killed) or output overflow.
          reject(new Error(`${compiler} on ${dir} did not finish: ${error.message}\n${diagnostics}`));
          return;
        }
        resolve({ compiler, variant, exitCode: error ? Number(error.code) : 0, diagnostics, durationMs });
      },
    );
  });
}

/** A failure message: which compiler and variant, the tsconfig, and tsc's diagnostics. */
export function describeResult(result: TypecheckResult, tsconfig?: unknown): string {
  const head = `${result.compiler} × ${result.variant}: tsc exited with ${result.exitCode} after ${result.durationMs} ms`;
  const config = tsconfig === undefined ? "" : `\ntsconfig.json: ${JSON.stringify(tsconfig)}`;
  return `${head}${config}\n${result.diagnostics || "(no output)"}`;
}
