/** Bundles one entry with esbuild as a browser app would, and weighs the output. */
import { gzipSync } from "node:zlib";
import { relative } from "node:path";
import { build, type BuildOptions } from "esbuild";
import type { Entry } from "./entries.js";
import { gzipCostByInput } from "./gzip-cost.js";

export interface BundleResult {
  entry: Entry;
  minified: number;
  gzip: number;
  /** Bytes each input file contributes to the minified output, and what it costs after gzip, largest first. */
  inputs: [string, number, number][];
}

/** A package file from its `node_modules/` on (wherever the folder is linked from), else relative to `root`. */
function shortPath(root: string, path: string): string {
  const modules = path.lastIndexOf("node_modules/");
  return modules >= 0 ? path.slice(modules) : relative(root, path);
}

export async function bundleEntry(entry: Entry, file: string, root: string): Promise<BundleResult> {
  const options: BuildOptions = {
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    outdir: `${root}/out`,
    nodePaths: entry.nodePaths ?? [],
    logLevel: "error",
  };
  const result = await build({ ...options, write: false, metafile: true });
  const costs = new Map<string, number>();
  for (const [path, cost] of await gzipCostByInput(options)) costs.set(shortPath(root, path), cost);
  const output = result.outputFiles.find((f) => f.path.endsWith(".js"));
  if (output === undefined) throw new Error(`esbuild wrote no JavaScript for ${entry.id}`);
  const meta = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(meta?.inputs ?? {})
    .map(([path, info]): [string, number, number] => {
      const short = shortPath(root, path);
      return [short, info.bytesInOutput, costs.get(short) ?? 0];
    })
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[2] - a[2] || b[1] - a[1]);
  return { entry, minified: output.contents.byteLength, gzip: gzipSync(output.contents, { level: 9 }).byteLength, inputs };
}
