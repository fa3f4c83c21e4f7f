import { join, relative, resolve } from "node:path";
import { build } from "esbuild";

/**
 * What an application build keeps of a one-line `entry` resolved in `dir`: esbuild bundles it
 * (minified, tree-shaken, ESM for browsers) and lists the files of `dir` that put bytes in it.
 */
export async function bundleEntry(entry: string, dir: string): Promise<{ text: string; files: string[] }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: dir, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    minify: true,
    metafile: true,
    outdir: join(dir, "out"),
  });
  const output = Object.values(result.metafile.outputs)[0];
  const files = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => relative(dir, resolve(process.cwd(), path)))
    .sort();
  return { text: result.outputFiles[0]?.text ?? "", files };
}
