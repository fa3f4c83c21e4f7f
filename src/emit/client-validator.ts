import type { ApiModel, NamedType, Operation } from "../model/ir.js";
import { jsDocText, objectLiteralKey, stringLiteral } from "./escape.js";
import { docLines } from "./print/doc-comment.js";
import { literalText, type LiteralTree } from "./literal.js";
import { itemType, operationKey, successType } from "./response-types.js";

/**
 * `camelAIValidator`: the `validator` option. Its `issues(typeName, value)` lists why a value does
 * not match its named type, read by the runtime's schema interpreter from schemas.ts, with the notes
 * of open enums (`level: "warn"`); a type the table does not have is an issue, never a silent pass.
 * `bodies` and `items` name the type of each operation's 2xx body and streamed items, and `checker`
 * (the runtime's `responseChecker`) applies the issues under `validate`: the type names, warnings,
 * messages and `ResponseValidationError` reach a bundle only with the validator.
 */
export function validatorConstant(model: ApiModel): string {
  const types = new Map(model.types.map((t) => [t.name, t]));
  const operations = model.resources.flatMap((r) => r.operations);
  const issues =
    "(typeName, value) => Object.hasOwn(schemas.t, typeName) ? validateWith(schemas, typeName, value, true) : [{ path: \"\", message: `no validator for type ${typeName}` }]";
  const fields: LiteralTree = {
    entries: [
      ["issues", issues],
      ["bodies", typeTable(operations, (op) => successType(op, types))],
      ["items", typeTable(operations, (op) => itemType(op, types))],
      ["checker", "responseChecker"],
    ],
  };
  const doc = jsDocText(
    `Checks response bodies under \`validate\`: the \`validator\` of ${model.clientName}, and of ${model.coreName} when given. \`issues(typeName, value)\` lists why a value does not match the named type (none when it does).`,
  );
  // A statement of its own lines, as the schema table is: the tables name one operation a line.
  return [...docLines(doc), `export const ${model.validatorName}: Validator = ${literalText(fields, 2)};`].join("\n");
}

/** `{ "PATCH /api/v1/sources/{id}/": "Connection", ... }`, sorted by operation, for the operations that have such a type. */
function typeTable(operations: Operation[], typeOf: (op: Operation) => NamedType | undefined): LiteralTree {
  const entries = operations
    .flatMap((op) => {
      const type = typeOf(op);
      return type === undefined ? [] : [[operationKey(op), type.name] as const];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { entries: entries.map(([key, name]) => [objectLiteralKey(key), stringLiteral(name)]) };
}
