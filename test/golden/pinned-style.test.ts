import { readdirSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { PRETTIER_OPTIONS } from "../../src/emit/pinned-style.js";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";

/**
 * camelgen lays out most statements itself (src/emit/layout.ts) and runs prettier only on the
 * rest; the output must still be exactly what prettier makes of it. Escaping and naming fixtures
 * are included for their quotes, comments and non-ASCII text.
 */
const INPUTS = [
  "fixtures/camelai/openapi.yaml",
  ...readdirSync(join(REPO, "fixtures/cases"))
    .filter((name) => name.endsWith(".yaml"))
    .map((name) => `fixtures/cases/${name}`),
  ...readdirSync(join(REPO, "fixtures/hostile"))
    .filter((name) => /^(esc|names)-.*\.yaml$/.test(name))
    .map((name) => `fixtures/hostile/${name}`),
];

describe("generated files are already in the pinned prettier style", () => {
  it.each(INPUTS)("%s", async (input) => {
    let files;
    try {
      files = (await generate({ input: join(REPO, input) })).files;
    } catch {
      return; // a fixture the generator refuses is covered by the hostile tests
    }
    const emitted = files.filter((f) => !f.path.startsWith("runtime/"));
    expect(emitted.length).toBeGreaterThan(0);
    for (const file of emitted) {
      const formatted = await prettier.format(file.contents, { ...PRETTIER_OPTIONS, filepath: file.path });
      expect(file.contents, `${input}: ${file.path}`).toBe(formatted);
    }
  });
});
