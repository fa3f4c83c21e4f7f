import { StructureKind, type StatementStructures } from "ts-morph";
import type { ApiModel, NamedType, Operation, Param } from "../model/ir.js";
import { elementAccess, objectLiteralKey, stringLiteral } from "./escape.js";
import { jsDocs } from "./jsdoc.js";
import { operationArguments, successType } from "./operation-signature.js";

/** operations.ts: one exported typed function per operation, taking the client first. */
export function operationStatements(model: ApiModel): StatementStructures[] {
  const guards = new Map(model.types.map((t) => [t.name, t]));
  return model.resources.flatMap((r) => r.operations.map((op) => operationFunction(op, guards)));
}

function operationFunction(op: Operation, guards: Map<string, NamedType>): StatementStructures {
  const result = successType(op);
  return {
    kind: StructureKind.Function,
    name: op.fnName,
    isExported: true,
    docs: jsDocs(op.doc, [{ tagName: "see", text: `${op.httpMethod} ${op.path}` }]),
    parameters: [
      { name: "client", type: "APIClient" },
      ...operationArguments(op).map((a) => ({ name: a.name, type: a.type, hasQuestionToken: a.optional })),
    ],
    returnType: `APIPromise<${result}>`,
    statements: [`return client.request<${result}>(${requestObject(op, guards)}, options);`],
  };
}

/** The OperationRequest literal: every key and value spelled through the escapers. */
function requestObject(op: Operation, guards: Map<string, NamedType>): string {
  const fields = [`method: ${stringLiteral(op.httpMethod)}`, `path: ${stringLiteral(op.path)}`];
  if (op.pathParams.length > 0) {
    fields.push(`pathParams: { ${op.pathParams.map((p) => `${objectLiteralKey(p.wireName)}: ${p.argName}`).join(", ")} }`);
  }
  for (const location of ["query", "headers"] as const) {
    const params = op.params.filter((p) => (location === "query" ? p.in === "query" : p.in === "header"));
    if (params.length > 0) fields.push(`${location}: ${paramsObject(params)}`);
  }
  if (op.body) {
    fields.push("body");
    fields.push(`contentType: ${stringLiteral(op.body.contentType)}`);
  }
  fields.push(`security: [${op.security.map((alt) => `[${alt.map(stringLiteral).join(", ")}]`).join(", ")}]`);
  const check = successCheck(op, guards);
  if (check !== undefined) fields.push(`success: ${check}`);
  return `{ ${fields.join(", ")} }`;
}

function paramsObject(params: Param[]): string {
  return `{ ${params.map((p) => `${objectLiteralKey(p.wireName)}: ${elementAccess("params?.", p.wireName)}`).join(", ")} }`;
}

/** The guard validate mode runs on the 2xx body, when exactly one named type describes it. */
function successCheck(op: Operation, guards: Map<string, NamedType>): string | undefined {
  const names = [...new Set(op.success.flatMap((r) => (r.schema?.kind === "ref" ? [r.schema.name] : [])))];
  const type = names.length === 1 ? guards.get(names[0] as string) : undefined;
  if (!type || op.success.some((r) => r.schema && r.schema.kind !== "ref")) return undefined;
  return `{ typeName: ${stringLiteral(type.name)}, check: ${type.guardName} }`;
}
