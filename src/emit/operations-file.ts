import type { ExportDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import type { ApiModel, NamedType, Operation } from "../model/ir.js";
import { resourceModule } from "./imports.js";
import { jsDocs } from "./jsdoc.js";
import { requestObject } from "./operation-request.js";
import { paramTags } from "./param-docs.js";
import { bodyType, operationArguments, overloads, returnType } from "./operation-signature.js";
import { requestCall } from "./request-call.js";
import { routeText } from "./response-types.js";

/** operations.ts: every operation's function, from the file of its resource. */
export function operationsBarrel(model: ApiModel): ExportDeclarationStructure[] {
  return model.resources.map((r) => ({
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier: resourceModule(r),
    namedExports: r.operations.map((op) => op.fnName).sort(),
  }));
}

/**
 * The exported typed function of an operation, taking the client first. Its JSDoc points to the
 * resource method, which carries the operation's whole documentation (route included): written
 * once, not twice. Its return type is the transport call's (see `requestCall`); an overloaded
 * function declares its implementation's.
 */
export function operationFunction(op: Operation, resourceClass: string, guards: ReadonlyMap<string, NamedType>): StatementStructures {
  const args = operationArguments(op);
  const parameters = (list: typeof args) => [{ name: "client", type: "APIClient" }, ...list.map((a) => ({ name: a.name, type: a.type, hasQuestionToken: a.optional }))];
  const docs = jsDocs({ ...(op.doc.deprecated ? { deprecated: true } : {}), summary: `{@link ${resourceClass}.${op.method}}` });
  const signatures = overloads(op, args);
  return {
    kind: StructureKind.Function,
    name: op.fnName,
    isExported: true,
    ...(signatures.length > 0 ? { overloads: signatures.map((o) => ({ docs, parameters: parameters(o.args), returnType: o.returnType })), returnType: returnType(op) } : { docs }),
    parameters: parameters(args),
    statements: [requestCall(op, requestObject(op, guards))],
  };
}

/** The runtime error class a status rejects with (templates/errors.ts). */
const ERROR_CLASSES: Record<string, string> = {
  "400": "BadRequestError",
  "401": "AuthenticationError",
  "403": "PermissionDeniedError",
  "404": "NotFoundError",
  "409": "ConflictError",
  "422": "UnprocessableEntityError",
  "429": "RateLimitError",
};

function errorClass(status: string): string {
  return ERROR_CLASSES[status] ?? (/^5/.test(status) ? "InternalServerError" : "APIError");
}

/** Summary and description, the parameters, the route, and one `@throws` per declared error status. */
export function operationDocs(op: Operation, types: ReadonlyMap<string, NamedType>) {
  const throws = op.errors.map((r) => ({
    tagName: "throws",
    text: `{${errorClass(r.status)}} ${r.status === "default" ? "any other status" : r.status}${r.schema ? ` with a ${r.schema.kind === "ref" ? `{@link ${r.schema.name}}` : bodyType(r)} body` : ""}`,
  }));
  return jsDocs(op.doc, [...paramTags(op, types), { tagName: "see", text: routeText(op) }, ...throws]);
}
