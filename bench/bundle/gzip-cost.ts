/**
 * What each input costs a bundle after gzip: the bundle's gzip size minus the gzip size of the
 * same bundle without that input's code. Minified bytes overstate text that compresses well
 * (repeated request descriptions) and understate unique text (messages), so this is the column
 * to read when deciding what to move out of a bundle.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { build, type BuildOptions, type Plugin } from "esbuild";

/** A statement no minifier drops, naming the input it opens; esbuild emits each input's code in one piece. */
const MARKER = /globalThis\.__bundleInput=("(?:[^"\\]|\\.)*");?/g;

const marking: Plugin = {
  name: "mark-inputs",
  setup(plugin) {
    plugin.onLoad({ filter: /\.(ts|mjs|js)$/ }, (args) => ({
      contents: `globalThis.__bundleInput=${JSON.stringify(args.path)};\n${readFileSync(args.path, "utf8")}`,
      loader: args.path.endsWith(".ts") ? "ts" : "js",
    }));
  },
};

function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).byteLength;
}

/** The code of each input in the minified bundle, keyed by absolute path, in output order. */
function splitByInput(text: string): [string, string][] {
  const pieces: [string, string][] = [];
  let owner = "";
  let from = 0;
  for (const match of text.matchAll(MARKER)) {
    pieces.push([owner, text.slice(from, match.index)]);
    owner = JSON.parse(match[1] ?? '""') as string;
    from = match.index + match[0].length;
  }
  pieces.push([owner, text.slice(from)]);
  return pieces;
}

/** Gzip bytes each input costs the bundle `options` describes (absolute input path to bytes). */
export async function gzipCostByInput(options: BuildOptions): Promise<Map<string, number>> {
  const result = await build({ ...options, metafile: false, write: false, plugins: [marking] });
  const pieces = splitByInput(result.outputFiles?.[0]?.text ?? "");
  const whole = gzipSize(pieces.map(([, code]) => code).join(""));
  const costs = new Map<string, number>();
  pieces.forEach(([path, code], index) => {
    if (path === "" || code.length === 0) return;
    const without = pieces.filter((_, other) => other !== index).map(([, rest]) => rest).join("");
    costs.set(path, (costs.get(path) ?? 0) + whole - gzipSize(without));
  });
  return costs;
}
