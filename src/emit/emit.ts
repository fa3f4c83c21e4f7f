import type { ApiModel } from "../model/ir.js";
import { clientStatements } from "./client-file.js";
import type { GeneratedFile, HeaderInfo } from "./generated-file.js";
import { guardStatements } from "./guards-file.js";
import { namedImport, signatureTypeNames } from "./imports.js";
import { operationStatements } from "./operations-file.js";
import { runtimeFiles } from "./runtime-files.js";
import { createEmitProject, printSourceFile, type Statement } from "./source-file.js";
import { typeStatements } from "./types-file.js";
import { GuardConstants } from "./guard-constants.js";

const RUNTIME = "./runtime/index.js";

/** ApiModel -> every file of the client, sorted by path. Pure: touches no disk but the templates. */
export async function emit(model: ApiModel, header: HeaderInfo): Promise<GeneratedFile[]> {
  const project = createEmitProject();
  const ops = model.resources.flatMap((r) => r.operations);
  const guardsByType = new Map(model.types.map((t) => [t.name, t.guardName]));
  const opTypes = ops.flatMap(signatureTypeNames);
  const constants = new GuardConstants();
  const guards = guardStatements(model, constants);
  const checks = ops.flatMap((op) => op.success.flatMap((r) => (r.schema?.kind === "ref" ? [guardsByType.get(r.schema.name) ?? ""] : [])));
  const files: [string, Statement[]][] = [
    ["types.ts", typeStatements(model)],
    [
      "guards.ts",
      [
        ...namedImport("./types.js", model.types.map((t) => t.name), true),
        ...namedImport("./runtime/schema-checks.js", constants.helpers, false),
        ...namedImport(RUNTIME, model.types.length > 0 ? ["ValidationError"] : [], false),
        ...guards,
      ],
    ],
    [
      "operations.ts",
      [
        ...namedImport("./types.js", opTypes, true),
        ...namedImport("./guards.js", checks.filter((c) => c !== ""), false),
        ...namedImport(RUNTIME, ["APIClient", "APIPromise", "RequestOptions"], true),
        ...operationStatements(model),
      ],
    ],
    [
      "client.ts",
      [
        ...namedImport("./types.js", opTypes, true),
        ...namedImport("./operations.js", ops.map((o) => o.fnName), false),
        ...namedImport(RUNTIME, ["APIClient"], false),
        ...namedImport(RUNTIME, ["APIPromise", "ClientOptions", "RequestOptions"], true),
        ...clientStatements(model),
      ],
    ],
    ["index.ts", indexStatements(model)],
  ];
  const printed = await Promise.all(files.map(([path, statements]) => printSourceFile(project, path, statements, header)));
  return [...printed, ...(await runtimeFiles())].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function indexStatements(model: ApiModel): Statement[] {
  return [
    `export { ${model.clientName} as default } from "./client.js";`,
    `export * from "./client.js";`,
    `export * from "./operations.js";`,
    `export * from "./types.js";`,
    `export * from "./guards.js";`,
    `export * from "${RUNTIME}";`,
  ];
}
