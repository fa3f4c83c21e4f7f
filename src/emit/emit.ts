import type { ApiModel } from "../model/ir.js";
import { apiReference } from "./api-reference.js";
import { clientStatements } from "./client-file.js";
import type { GeneratedFile, HeaderInfo } from "./generated-file.js";
import { GUARDS_NOCHECK, printGuardsFile } from "./guards-source.js";
import { isLargeGuardsFile, withNocheck } from "./large-file-nocheck.js";
import { namedImport, resourcePath, RUNTIME, usesBinary } from "./imports.js";
import { operationsBarrel } from "./operations-file.js";
import { resourceStatements } from "./resource-file.js";
import { runtimeFiles } from "./runtime-files.js";
import { SCHEMAS_NOCHECK, schemasStatements } from "./schema-table.js";
import { printSourceFile, type Statement } from "./source-file.js";
import { StructureKind } from "./ts-morph.js";
import { typeStatements } from "./types-file.js";

/** ApiModel -> every file of the client, sorted by path. Pure: touches no disk but the templates. */
export async function emit(model: ApiModel, header: HeaderInfo): Promise<GeneratedFile[]> {
  const types = new Map(model.types.map((t) => [t.name, t]));
  const files: [string, () => Statement[]][] = [
    ["types.ts", () => typesFile(model)],
    ...model.resources.map((r): [string, () => Statement[]] => [resourcePath(r), () => resourceStatements(r, types)]),
    ["operations.ts", () => operationsBarrel(model)],
    ["client.ts", () => clientStatements(model)],
    ["index.ts", () => indexFile(model)],
  ];
  const printed = files.map(([path, build]) => printSourceFile(path, build(), header));
  const guards = printGuardsFile(model.types, header);
  const schemas = printSourceFile("schemas.ts", schemasStatements(model.types), header);
  const checked = isLargeGuardsFile(guards) ? [withNocheck(guards, GUARDS_NOCHECK), withNocheck(schemas, SCHEMAS_NOCHECK)] : [guards, schemas];
  return [...printed, ...checked, apiReference(model, header), ...(await runtimeFiles())].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function typesFile(model: ApiModel): Statement[] {
  const binary = usesBinary(model.types.map((t) => t.schema));
  return [...namedImport(RUNTIME, binary ? ["Uploadable"] : [], true), ...typeStatements(model)];
}

function indexFile(model: ApiModel): Statement[] {
  const all = ["./client.js", "./operations.js", "./types.js", "./guards.js", RUNTIME].map((from) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: from }));
  return [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: "./client.js", namedExports: [{ name: model.clientName, alias: "default" }] }, ...all];
}
