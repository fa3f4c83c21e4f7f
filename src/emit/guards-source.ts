import type { NamedType } from "../model/ir.js";
import type { GeneratedFile, HeaderInfo } from "./generated-file.js";
import { guardsFile } from "./guards-file.js";
import { StructureKind } from "./ts-morph.js";
import { printSourceFile, type Statement } from "./source-file.js";

export const GUARDS_NOCHECK = [
  "// @ts-nocheck -- a client this large: camelgen type-checks these guard bodies in its own tests",
  "// (strict, TypeScript 5.9 and 7); your compiler reads only their signatures, which is faster.",
];

const GUARDS_DOC = [
  "// For each type X: isX(value) is whether value is a valid X; validateX(value) lists why not (JSON",
  "// pointer, keyword, message), empty exactly when isX is true; assertX(value) throws a",
  "// ValidationError with that list; xSchema is X as a Standard Schema (tRPC, TanStack Form, Hono).",
];

/** guards.ts. */
export function printGuardsFile(types: readonly NamedType[], header: HeaderInfo): GeneratedFile {
  return printSourceFile("guards.ts", guardsStatements(types), header, GUARDS_DOC);
}

function guardsStatements(types: readonly NamedType[]): Statement[] {
  const guards = guardsFile(types);
  const typesImport: Statement[] = types.length === 0 ? [] : [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: "./types.js", isTypeOnly: true, namespaceImport: guards.types }];
  return [
    ...typesImport,
    ...guards.imports,
    ...guards.statements,
  ];
}
