import type { GeneratedFile } from "./generated-file.js";
import { typescript } from "./ts-morph.js";

/** The extension relative import specifiers end in: ".js" as written, or ".ts" for Deno and `rewriteRelativeImportExtensions`. */
export type ImportExtension = ".js" | ".ts";

/**
 * The one transform applied to the output (runtime files included): every relative module
 * specifier of an import or export declaration that ends in `.js` is given `extension` instead.
 * The specifiers are found by parsing each file, so text that merely looks like an import
 * (in a string or a comment) is never changed.
 */
export function withImportExtension(files: GeneratedFile[], extension: ImportExtension): GeneratedFile[] {
  if (extension === ".js") return files;
  return files.map((file) => (file.path.endsWith(".ts") ? { path: file.path, contents: rewriteSpecifiers(file, extension) } : file));
}

function rewriteSpecifiers(file: GeneratedFile, extension: ImportExtension): string {
  const ts = typescript();
  const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits: { at: number; end: number }[] = [];
  for (const statement of source.statements) {
    const specifier = ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) ? statement.moduleSpecifier : undefined;
    if (specifier === undefined || !ts.isStringLiteral(specifier)) continue;
    if (!/^\.\.?\//.test(specifier.text) || !specifier.text.endsWith(".js")) continue;
    const end = specifier.getEnd() - 1;
    if (file.contents.slice(end - 3, end) !== ".js") throw new Error(`${file.path}: the specifier ${specifier.getText(source)} is not written plainly`);
    edits.push({ at: end - 3, end });
  }
  let contents = file.contents;
  for (const edit of edits.reverse()) contents = `${contents.slice(0, edit.at)}${extension}${contents.slice(edit.end)}`;
  return contents;
}
