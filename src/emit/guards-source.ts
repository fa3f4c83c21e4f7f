import type { NamedType } from "../model/ir.js";
import type { GeneratedFile, HeaderInfo } from "./generated-file.js";
import { guardsFile } from "./guards-file.js";
import { namedImport, RUNTIME } from "./imports.js";
import { printSourceFile, type Statement } from "./source-file.js";

/**
 * The guard bodies are most of a large client's text and of its type-check time (GitHub's: 12 MB,
 * about two thirds of tsc's time). camelgen's own tests check them (strict, TypeScript 5.9 and 7);
 * the consumer's compiler reads only their declared signatures, which is what callers depend on.
 */
const GUARDS_NOCHECK = [
  "// @ts-nocheck -- camelgen type-checks these guard bodies in its own tests (strict, TypeScript 5.9",
  "// and 7); your compiler reads only their signatures, which keeps checking a large client fast.",
  "//",
  "// For each type X: isX(value) is whether value is a valid X; validateX(value) lists why not (JSON",
  "// pointer, keyword, message), empty exactly when isX is true; assertX(value) throws a",
  "// ValidationError with that list.",
];

/** guards.ts. */
export function printGuardsFile(types: readonly NamedType[], header: HeaderInfo): GeneratedFile {
  return printSourceFile("guards.ts", guardsStatements(types), header, GUARDS_NOCHECK);
}

function guardsStatements(types: readonly NamedType[]): Statement[] {
  const guards = guardsFile(types);
  const any = types.length > 0;
  return [
    ...namedImport("./types.js", types.map((t) => t.name), true),
    ...guards.imports,
    ...namedImport(RUNTIME, any ? ["ValidationIssue"] : [], true),
    ...guards.statements,
  ];
}
