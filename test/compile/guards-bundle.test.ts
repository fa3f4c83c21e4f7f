/**
 * What a bundler keeps of the checked-in camelAI client's guards: `isX` alone brings neither the
 * schema interpreter nor the schema table (schemas.ts); `validateX` and `assertX` bring both.
 * esbuild (vite's bundler) bundles a one-line entry with minification and tree shaking, as an
 * application build would.
 */
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/run-cli.js";

const CLIENT = join(REPO, "generated/camelai");

async function bundle(entry: string): Promise<string> {
  const result = await build({
    stdin: { contents: entry, resolveDir: CLIENT, loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    minify: true,
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Text only the interpreter has (a message), and text only the table has (a node of kind object). */
const INTERPRETER = "must not match the schema in not";
const TABLE = 'k:"o"';

describe("guards.ts in a bundle", () => {
  it("isX alone leaves the interpreter and the table out", async () => {
    const text = await bundle(`import { isConnection } from "./guards.js"; export const ok = isConnection({});`);
    expect(text).toContain("SNOWFLAKE"); // isConnection's own enum is there
    expect(text).not.toContain(INTERPRETER);
    expect(text).not.toContain(TABLE);
  });

  it.each(["validateConnection", "assertConnection"])("%s brings both", async (name) => {
    const text = await bundle(`import { ${name} } from "./guards.js"; export const run = () => ${name}({});`);
    expect(text).toContain(INTERPRETER);
    expect(text).toContain(TABLE);
  });
});
