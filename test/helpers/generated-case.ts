import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { generate, type GenerateOptions } from "../../src/generate.js";
import type { GeneratedFile } from "../../src/emit/generated-file.js";
import { REPO, tempDir } from "./run-cli.js";

export interface GeneratedCase {
  files: GeneratedFile[];
  dir: string;
  /** The generated index.ts, imported. */
  client: Record<string, unknown>;
  remove: () => Promise<void>;
}

/** Generates fixtures/cases/<name>.yaml (with `options`) into a temp folder and imports the client from it. */
export async function generateCase(name: string, options: Omit<GenerateOptions, "input"> = {}): Promise<GeneratedCase> {
  const { files } = await generate({ ...options, input: join(REPO, "fixtures/cases", `${name}.yaml`) });
  const temp = await tempDir(`camelgen-case-${name}-`);
  for (const file of files) {
    await mkdir(dirname(join(temp.path, file.path)), { recursive: true });
    await writeFile(join(temp.path, file.path), file.contents);
  }
  const client = (await import(join(temp.path, "index.ts"))) as Record<string, unknown>;
  return { files, dir: temp.path, client, remove: temp.remove };
}
