import type { VariableStatementStructure } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { ApiModel, NamedType, Operation } from "../model/ir.js";
import { objectLiteralKey, stringLiteral } from "./escape.js";
import { itemType, operationKey, successType } from "./response-types.js";

/**
 * `camelAIValidator`: the `validator` option. Its `issues(typeName, value)` lists why a value does
 * not match its named type, read by the runtime's schema interpreter from schemas.ts, with the notes
 * of open enums (`level: "warn"`); a type the table does not have is an issue, never a silent pass.
 * `bodies` and `items` name the type of each operation's 2xx body and streamed items, and `checker`
 * (the runtime's `responseChecker`) applies the issues under `validate`: the type names, warnings,
 * messages and `ResponseValidationError` reach a bundle only with the validator.
 */
export function validatorConstant(model: ApiModel): VariableStatementStructure {
  const types = new Map(model.types.map((t) => [t.name, t]));
  const operations = model.resources.flatMap((r) => r.operations);
  const issues =
    "(typeName, value) => Object.hasOwn(schemas.t, typeName) ? validateWith(schemas, typeName, value, true) : [{ path: \"\", message: `no validator for type ${typeName}` }]";
  const fields = [
    `issues: ${issues}`,
    `bodies: ${typeTable(operations, (op) => successType(op, types))}`,
    `items: ${typeTable(operations, (op) => itemType(op, types))}`,
    "checker: responseChecker",
  ];
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      {
        description: `Checks response bodies under \`validate\`: the \`validator\` of ${model.clientName}, and of ${model.coreName} when given. \`issues(typeName, value)\` lists why a value does not match the named type (none when it does).`,
      },
    ],
    declarations: [{ name: model.validatorName, type: "Validator", initializer: `{ ${fields.join(", ")} }` }],
  };
}

/** `{ "PATCH /api/v1/sources/{id}/": "Connection", ... }`, sorted by operation, for the operations that have such a type. */
function typeTable(operations: Operation[], typeOf: (op: Operation) => NamedType | undefined): string {
  const entries = operations
    .flatMap((op) => {
      const type = typeOf(op);
      return type === undefined ? [] : [[operationKey(op), type.name] as const];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return entries.length === 0 ? "{}" : `{ ${entries.map(([key, name]) => `${objectLiteralKey(key)}: ${stringLiteral(name)}`).join(", ")} }`;
}
