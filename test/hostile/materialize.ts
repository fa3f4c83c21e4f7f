import { cp, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { HOSTILE, type Fixture } from "./manifest.js";

/** The input to generate from, and how to remove what was built for it. */
export interface Materialized {
  input: string;
  remove: () => Promise<void>;
}

/** 65 MiB: above the loader's 64 MiB limit. */
export const OVERSIZE_BYTES = 65 * 1024 * 1024;
export const DEEP_LEVELS = 5_000;
const DEEP_YAML_LEVELS = 3_000;
const REF_SCHEMAS = 1;
const REF_PROPERTIES = 100;
/** References outside any schema: resolved and validated, but they add no generated code. */
const REF_EXTENSION_ENTRIES = 9_900;

/**
 * Builds the real input of a fixture whose hostile part is too big for the repository or cannot
 * be stored in git (a symlink), in a fresh temp folder; other fixtures are used where they are.
 */
export async function materialize(fixture: Fixture): Promise<Materialized> {
  if (fixture.prepare === undefined) return { input: fixture.path, remove: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), `camelgen-hostile-${fixture.name.replace(/\W/g, "_")}-`));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    return { input: await build(fixture, dir), remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

async function build(fixture: Fixture, dir: string): Promise<string> {
  switch (fixture.prepare) {
    case "oversize": {
      const input = join(dir, fixture.name);
      await writeFile(input, readFileSync(fixture.path));
      // Zero bytes past the end: a sparse file, so the size costs no disk and no write time.
      await truncate(input, OVERSIZE_BYTES);
      return input;
    }
    case "deep":
      return writeJson(dir, fixture, (doc) => {
        schemas(doc)["Deep"] = DEEP_PLACEHOLDER;
      });
    case "deep-yaml": {
      // Block style, one more indentation step per level: no JSON fast path, the YAML parser's own recursion.
      const input = join(dir, fixture.name);
      const levels = Array.from({ length: DEEP_YAML_LEVELS }, (_, i) => `${"  ".repeat(i + 3)}items:\n`).join("");
      const seed = readFileSync(fixture.path, "utf8").replace("    Deep: { type: string }\n", `    Deep:\n${levels}${"  ".repeat(DEEP_YAML_LEVELS + 3)}type: string\n`);
      await writeFile(input, seed);
      return input;
    }
    case "ref-count":
      return writeJson(dir, fixture, (doc) => {
        for (let i = 0; i < REF_SCHEMAS; i++) schemas(doc)[`S${i}`] = manyRefs();
        doc["x-refs"] = Array.from({ length: REF_EXTENSION_ENTRIES }, () => ({ $ref: "#/components/schemas/Leaf" }));
      });
    case "symlink": {
      const folder = join(dir, fixture.name);
      await cp(join(HOSTILE, fixture.name), folder, { recursive: true });
      await cp(join(HOSTILE, "_support"), join(dir, "_support"), { recursive: true });
      await symlink("../_support/outside.yaml", join(folder, "linked.yaml"));
      return join(folder, "openapi.yaml");
    }
    default:
      throw new Error(`unknown preparation ${String(fixture.prepare)}`);
  }
}

type Json = Record<string, unknown>;

async function writeJson(dir: string, fixture: Fixture, change: (doc: Json) => void): Promise<string> {
  const doc = parse(readFileSync(fixture.path, "utf8")) as Json;
  change(doc);
  const input = join(dir, fixture.name.replace(/\.ya?ml$/, ".json"));
  // JSON.stringify recurses, and 5,000 levels overflow a worker thread's stack: splice the text in.
  await writeFile(input, JSON.stringify(doc).replace(JSON.stringify(DEEP_PLACEHOLDER), nestedText(DEEP_LEVELS)));
  return input;
}

function schemas(doc: Json): Json {
  return (doc["components"] as { schemas: Json }).schemas;
}

const DEEP_PLACEHOLDER = "<deep schema>";

/** `levels` arrays of arrays around a string schema, as JSON text. */
function nestedText(levels: number): string {
  return `${'{"type":"array","items":'.repeat(levels)}{"type":"string"}${"}".repeat(levels)}`;
}

function manyRefs(): Json {
  const properties: Json = {};
  for (let i = 0; i < REF_PROPERTIES; i++) properties[`p${i}`] = { $ref: "#/components/schemas/Leaf" };
  return { type: "object", properties };
}
