import { createRequire } from "node:module";
import type * as TsMorph from "ts-morph";

/**
 * The ts-morph values camelgen uses. StructureKind's members are spelled here, with ts-morph's
 * numbers (a test compares them), so that building structures loads neither ts-morph nor the
 * TypeScript compiler it requires: camelgen's own printer (print/structure-printer.ts) prints them.
 */
export const StructureKind = {
  Class: 2 as TsMorph.StructureKind.Class,
  ExportDeclaration: 11 as TsMorph.StructureKind.ExportDeclaration,
  Function: 13 as TsMorph.StructureKind.Function,
  ImportDeclaration: 16 as TsMorph.StructureKind.ImportDeclaration,
  Interface: 19 as TsMorph.StructureKind.Interface,
  TypeAlias: 38 as TsMorph.StructureKind.TypeAlias,
  VariableStatement: 41 as TsMorph.StructureKind.VariableStatement,
} as const;
export type StructureKind = TsMorph.StructureKind;

export const VariableDeclarationKind = { Const: "const" as TsMorph.VariableDeclarationKind.Const } as const;

/**
 * The TypeScript compiler ts-morph carries, required on first use (for parsing printed output;
 * CommonJS: required, not imported, so Node does not lex its 1 MB for named exports).
 */
export function typescript(): typeof TsMorph.ts {
  tsMorph ??= createRequire(import.meta.url)("ts-morph") as typeof TsMorph;
  return tsMorph.ts;
}

let tsMorph: typeof TsMorph | undefined;
