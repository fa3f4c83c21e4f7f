import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { sha256 } from "./manifest.js";

/** The files prettier may take its options from in a folder (`package.json` by its `prettier` key). */
const CONFIG_NAMES = new Set([
  ".editorconfig", ".prettierrc", ".prettierrc.json", ".prettierrc.json5", ".prettierrc.yaml", ".prettierrc.yml",
  ".prettierrc.toml", ".prettierrc.js", ".prettierrc.cjs", ".prettierrc.mjs", ".prettierrc.ts", ".prettierrc.cts",
  ".prettierrc.mts", "prettier.config.js", "prettier.config.cjs", "prettier.config.mjs", "prettier.config.ts",
  "prettier.config.cts", "prettier.config.mts", "package.json", "package.yaml",
]);

/**
 * sha256 over every file in the output folder and its ancestors that could configure prettier
 * there, with its contents: a config added, edited or removed anywhere prettier would look changes
 * it, so `format: "prettier"` output is regenerated. Reads directory listings only, never prettier.
 */
export function prettierConfigFingerprint(outDir: string): string {
  const found: string[] = [];
  for (let dir = resolve(outDir), parent = dirname(dir); ; dir = parent, parent = dirname(dir)) {
    for (const name of listing(dir).filter((entry) => CONFIG_NAMES.has(entry)).sort()) {
      const path = join(dir, name);
      found.push(`${path}\0${sha256(configText(path, name))}`);
    }
    if (parent === dir) break;
  }
  return sha256(found.join("\n"));
}

function listing(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A file's text; for `package.json`, only its `prettier` key, which is all prettier reads of it. */
function configText(path: string, name: string): string {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return "";
  }
  if (name !== "package.json") return text;
  try {
    return JSON.stringify((JSON.parse(text) as { prettier?: unknown }).prettier ?? null);
  } catch {
    return text;
  }
}
