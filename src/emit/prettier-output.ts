import { join, resolve } from "node:path";
import type { GeneratedFile } from "./generated-file.js";

export interface PrettierOutput {
  files: GeneratedFile[];
  /** The prettier config file that applied (absolute), so a change to it regenerates the client. */
  configFile: string | undefined;
}

/**
 * `format: "prettier"`: every TypeScript file formatted with the user's own prettier configuration,
 * resolved from where the file will be written (as the prettier CLI would resolve it there).
 */
export async function formatWithPrettier(files: GeneratedFile[], outputDir: string): Promise<PrettierOutput> {
  const prettier = await import("prettier");
  const root = resolve(outputDir);
  const formatted = await Promise.all(
    files.map(async (file): Promise<GeneratedFile> => {
      if (!file.path.endsWith(".ts")) return file;
      const filepath = join(root, file.path);
      const options = (await prettier.resolveConfig(filepath, { editorconfig: true })) ?? {};
      return { path: file.path, contents: await prettier.format(file.contents, { ...options, filepath }) };
    }),
  );
  const configFile = (await prettier.resolveConfigFile(join(root, "index.ts"))) ?? undefined;
  return { files: formatted, configFile: configFile === null ? undefined : configFile };
}
