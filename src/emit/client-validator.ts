import type { FunctionDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import type { ApiModel } from "../model/ir.js";

/**
 * `camelAIValidator(typeName, value)`: the issues of a 2xx body against its named type, read by the
 * runtime's schema interpreter from schemas.ts, with the notes of open enums (`level: "warn"`). The
 * full client validates with it; a Core takes it as the `validator` option. A type the table does
 * not have is an issue, never a silent pass.
 */
export function validatorFunction(model: ApiModel): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: model.validatorName,
    isExported: true,
    docs: [
      {
        description: `Lists why a response body does not match its named type (none when it does): the \`validator\` of ${model.clientName}, and of ${model.coreName} when given.`,
      },
    ],
    parameters: [
      { name: "typeName", type: "string" },
      { name: "value", type: "unknown" },
    ],
    returnType: "ValidationIssue[]",
    statements: [
      "return Object.hasOwn(schemas.t, typeName) ? validateWith(schemas, typeName, value, true) : [{ path: \"\", message: `no validator for type ${typeName}` }];",
    ],
  };
}
