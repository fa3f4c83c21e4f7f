/**
 * What a bundler keeps of the checked-in camelAI client's Standard Schema objects: nothing in a
 * bundle that does not import one (a call through CamelAICore, the guards, validateX); an imported
 * `connectionSchema` brings its runtime, the schema table and the interpreter. esbuild bundles a
 * one-line entry with minification and tree shaking, as an application build would.
 */
import { join } from "node:path";
import { bundleEntry } from "../helpers/bundle.js";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/run-cli.js";

const CLIENT = join(REPO, "generated/camelai");

/** The minified bundle of `entry` and the client's files that put bytes in it. */
const bundle = (entry: string) => bundleEntry(entry, CLIENT);

const STANDARD_FILES = ["runtime/standard-schema.ts", "runtime/issue-path.ts"];
/** The property every Standard Schema object has; minification keeps it (a quoted key). */
const MARKER = "~standard";

describe("Standard Schema objects in a bundle", () => {
  it.each([
    ["a flat call through CamelAICore", `import { CamelAICore, sourcesPartialUpdate } from "./index.js"; export const p = sourcesPartialUpdate(new CamelAICore({ apiKey: "k" }), "42", {});`],
    ["CamelAI with its validator", `import { CamelAI, camelAIValidator } from "./index.js"; export const c = new CamelAI({ apiKey: "k", validate: "throw", validator: camelAIValidator });`],
    ["isX, validateX and assertX", `import { isConnection, validateConnection, assertConnection } from "./index.js"; export const run = (v: unknown) => [isConnection(v), validateConnection(v), assertConnection(v)];`],
  ])("%s holds none", async (_label, entry) => {
    const { text, files } = await bundle(entry);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(MARKER);
    expect(files.filter((file) => STANDARD_FILES.includes(file))).toEqual([]);
  });

  it("an imported connectionSchema brings its runtime, the table and the interpreter", async () => {
    const { text, files } = await bundle(`import { connectionSchema } from "./index.js"; export const run = (v: unknown) => connectionSchema["~standard"].validate(v);`);
    expect(text).toContain(MARKER);
    expect(text).toContain('"camelgen"');
    expect(files).toEqual(expect.arrayContaining([...STANDARD_FILES, "guards.ts", "schemas.ts", "runtime/schema-interpreter.ts"]));
    expect(files.filter((file) => file.startsWith("resources/") || file === "runtime/client.ts")).toEqual([]);
  });
});
