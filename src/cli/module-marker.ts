import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";

/** The output folder's own package.json, which makes its files ES modules whatever the project's says. */
export const MODULE_MARKER: GeneratedFile = { path: "package.json", contents: '{ "type": "module" }\n' };

/** `module` settings under which a `.ts` file's format follows the nearest package.json's `type`. */
const NODE_MODULE_KINDS = new Set(["node16", "node18", "node20", "nodenext"]);

interface ModuleOptions {
  module?: unknown;
  verbatimModuleSyntax?: unknown;
}

/**
 * Whether the client needs MODULE_MARKER to compile where it is written. Under `module: nodenext`
 * (or node16..node20) TypeScript reads a `.ts` file as CommonJS unless the nearest package.json
 * says `"type": "module"`, and `npm init` writes `"type": "commonjs"`; with `verbatimModuleSyntax`,
 * which `tsc --init` sets, a CommonJS file may not use `import` or `export`, so none of the
 * client's files would compile. Read from the nearest package.json and tsconfig.json above the
 * output folder (the tsconfig's `extends` followed), without loading TypeScript. `ownedFiles` are
 * those the output's manifest lists: a package.json among them is the marker, not the project's.
 */
export async function needsModuleMarker(outDir: string, ownedFiles: Readonly<Record<string, string>> = {}): Promise<boolean> {
  const target = resolve(outDir);
  const governing = governingPackage(target, MODULE_MARKER.path in ownedFiles);
  // A package.json of the user's own in the output folder is theirs to set, never replaced.
  if (governing?.type === "module" || governing?.dir === target) return false;
  const config = nearestFile(target, "tsconfig.json");
  if (config === undefined) return false;
  const options = await moduleOptions(config, new Set());
  return options.verbatimModuleSyntax === true && typeof options.module === "string" && NODE_MODULE_KINDS.has(options.module.toLowerCase());
}

/** `dir` and each folder above it, up to the root. */
function* ancestors(dir: string): Generator<string> {
  for (let current = dir; ; current = dirname(current)) {
    yield current;
    if (dirname(current) === current) return;
  }
}

/** The nearest package.json above (or in) `dir` and its `type`; the marker camelgen wrote in `dir` does not count. */
function governingPackage(dir: string, markerWritten: boolean): { dir: string; type: unknown } | undefined {
  for (const current of ancestors(dir)) {
    const text = current === dir && markerWritten ? undefined : readText(join(current, "package.json"));
    if (text === undefined) continue;
    try {
      return { dir: current, type: (JSON.parse(text) as { type?: unknown }).type };
    } catch {
      return { dir: current, type: undefined };
    }
  }
  return undefined;
}

function nearestFile(dir: string, name: string): string | undefined {
  for (const current of ancestors(dir)) if (existsSync(join(current, name))) return join(current, name);
  return undefined;
}

/**
 * `module` and `verbatimModuleSyntax` as the config and the ones it extends set them (later wins).
 * `including` holds the configs on the way here: one extending itself is read once, while two
 * bases that share a third each apply it, as TypeScript does.
 */
async function moduleOptions(configPath: string, including: ReadonlySet<string>): Promise<ModuleOptions> {
  const text = readText(configPath);
  if (text === undefined || including.has(configPath)) return {};
  const chain = new Set(including).add(configPath);
  const { parse } = await import("jsonc-parser");
  const config: unknown = parse(text, [], { allowTrailingComma: true });
  if (typeof config !== "object" || config === null) return {};
  const { extends: bases, compilerOptions } = config as { extends?: unknown; compilerOptions?: unknown };
  let options: ModuleOptions = {};
  for (const base of typeof bases === "string" ? [bases] : Array.isArray(bases) ? bases : []) {
    const basePath = typeof base === "string" ? extendedConfig(base, dirname(configPath)) : undefined;
    if (basePath !== undefined) options = { ...options, ...(await moduleOptions(basePath, chain)) };
  }
  if (typeof compilerOptions !== "object" || compilerOptions === null) return options;
  const own = compilerOptions as ModuleOptions;
  return {
    ...options,
    ...("module" in own ? { module: own.module } : {}),
    ...("verbatimModuleSyntax" in own ? { verbatimModuleSyntax: own.verbatimModuleSyntax } : {}),
  };
}

/** Where an `extends` entry points: a path (`.json` optional), or a package's config as Node resolves it. */
function extendedConfig(spec: string, fromDir: string): string | undefined {
  if (spec.startsWith(".") || isAbsolute(spec)) {
    const path = resolve(fromDir, spec);
    return existsSync(path) || path.endsWith(".json") ? path : `${path}.json`;
  }
  const require = createRequire(join(fromDir, "tsconfig.json"));
  for (const candidate of [spec, `${spec}/tsconfig.json`, `${spec}.json`]) {
    try {
      return require.resolve(candidate);
    } catch {
      // the next form TypeScript would try
    }
  }
  return undefined;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
