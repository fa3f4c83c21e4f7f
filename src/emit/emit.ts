import type { ApiModel } from "../model/ir.js";
import { clientStatements } from "./client-file.js";
import type { GeneratedFile, HeaderInfo } from "./generated-file.js";
import { Formatter } from "./formatter.js";
import { printGuardsFile } from "./guards-source.js";
import type { GuardsThread } from "./guards-thread.js";
import { namedImport, resourcePath, RUNTIME, usesBinary } from "./imports.js";
import { operationsBarrel } from "./operations-file.js";
import { resourceStatements } from "./resource-file.js";
import { runtimeFiles } from "./runtime-files.js";
import { SCHEMAS_NOCHECK, schemasStatements } from "./schema-table.js";
import { printSourceFile, type Statement } from "./source-file.js";
import { typeStatements } from "./types-file.js";

/**
 * ApiModel -> every file of the client, sorted by path. Pure: touches no disk but the templates.
 * With a guards thread, guards.ts is printed there while this thread prints the other files.
 */
export async function emit(model: ApiModel, header: HeaderInfo, guardsThread?: GuardsThread): Promise<GeneratedFile[]> {
  const guardsInWorker = guardsThread?.print(model.types, header);
  guardsInWorker?.catch(() => {}); // awaited below, unless building another file throws first
  // Built one file at a time: what a file leaves to prettier is formatted (in a worker, when large)
  // while the next file is built.
  const types = new Map(model.types.map((t) => [t.name, t]));
  const files: [string, () => Statement[], (readonly string[])?][] = [
    ["types.ts", () => typesFile(model)],
    ...model.resources.map((r): [string, () => Statement[]] => [resourcePath(r), () => resourceStatements(r, types)]),
    ["operations.ts", () => operationsBarrel(model)],
    ["client.ts", () => clientStatements(model)],
    ["schemas.ts", () => schemasStatements(model.types), SCHEMAS_NOCHECK],
    ["index.ts", () => indexFile(model)],
  ];
  const formatter = new Formatter();
  try {
    const printed = files.map(([path, build, comment]) => printSourceFile(path, build(), header, formatter, comment));
    const guards = guardsInWorker ?? printGuardsFile(model.types, header, formatter);
    return [...(await Promise.all([...printed, guards])), ...(await runtimeFiles())].sort((a, b) => (a.path < b.path ? -1 : 1));
  } finally {
    await formatter.close();
  }
}

function typesFile(model: ApiModel): Statement[] {
  const binary = usesBinary(model.types.map((t) => t.schema));
  return [...namedImport(RUNTIME, binary ? ["Uploadable"] : [], true), ...typeStatements(model)];
}

function indexFile(model: ApiModel): Statement[] {
  return [
    `export { ${model.clientName} as default } from "./client.js";`,
    `export * from "./client.js";`,
    `export * from "./operations.js";`,
    `export * from "./types.js";`,
    `export * from "./guards.js";`,
    `export * from "${RUNTIME}";`,
  ];
}
