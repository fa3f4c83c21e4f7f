import type { VariableStatementStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { ApiModel } from "../model/ir.js";

/**
 * `camelAIValidator`: the `validator` option. Its `issues(typeName, value)` lists why a 2xx body
 * does not match its named type, read by the runtime's schema interpreter from schemas.ts, with the
 * notes of open enums (`level: "warn"`); a type the table does not have is an issue, never a silent
 * pass. Its `checker` (the runtime's `responseChecker`) applies them under `validate`, so the
 * warnings, messages and `ResponseValidationError` reach a bundle only with the validator.
 */
export function validatorConstant(model: ApiModel): VariableStatementStructure {
  const issues =
    "(typeName, value) => Object.hasOwn(schemas.t, typeName) ? validateWith(schemas, typeName, value, true) : [{ path: \"\", message: `no validator for type ${typeName}` }]";
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      {
        description: `Checks response bodies under \`validate\`: the \`validator\` of ${model.clientName}, and of ${model.coreName} when given. \`issues(typeName, value)\` lists why a value does not match the named type (none when it does).`,
      },
    ],
    declarations: [{ name: model.validatorName, type: "Validator", initializer: `{ issues: ${issues}, checker: responseChecker }` }],
  };
}
