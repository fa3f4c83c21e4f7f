import { createRequire } from "node:module";

/**
 * The ts-morph values camelgen uses. ts-morph is CommonJS: required rather than imported, so Node
 * does not lex its 1 MB for named exports, about 0.1 s of every start-up (and of every worker's).
 */
const tsMorph = createRequire(import.meta.url)("ts-morph") as typeof import("ts-morph");

export const { printStructure, StructureKind, VariableDeclarationKind, ts } = tsMorph;
export type StructureKind = import("ts-morph").StructureKind;
