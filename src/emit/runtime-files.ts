import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { GeneratedFile } from "./generated-file.js";

/** The runtime sources shipped with camelgen, copied byte for byte into `<output>/runtime/`. */
export const TEMPLATES_DIR = fileURLToPath(new URL("../../templates/", import.meta.url));

export async function runtimeFiles(): Promise<GeneratedFile[]> {
  const names = (await readdir(TEMPLATES_DIR)).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts")).sort();
  return Promise.all(
    names.map(async (name) => ({ path: `runtime/${name}`, contents: await readFile(`${TEMPLATES_DIR}${name}`, "utf8") })),
  );
}
