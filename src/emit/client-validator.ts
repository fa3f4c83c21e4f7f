import type { FunctionDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import type { ApiModel, NamedType } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { namedBody } from "./operation-request.js";

/** The named types of the operations' 2xx bodies: what `validate` checks. */
export function validatedTypes(model: ApiModel): NamedType[] {
  const types = new Map(model.types.map((t) => [t.name, t]));
  const named = model.resources.flatMap((r) => r.operations.flatMap((op) => namedBody(op.success, types) ?? []));
  return [...new Map(named.map((t) => [t.name, t])).values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * `camelAIValidator(typeName, value)`: the issues of a 2xx body against its named type, by the
 * type's generated `validateX`. The full client validates with it; a Core takes it as the
 * `validator` option. A type it does not know is an issue, never a silent pass.
 */
export function validatorFunction(model: ApiModel): FunctionDeclarationStructure {
  const cases = validatedTypes(model).map((t) => `case ${stringLiteral(t.name)}:\n  return ${t.validateName}(value);`);
  const fallback = "default:\n  return [{ path: \"\", message: `no validator for type ${typeName}` }];";
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
      // Unread when no operation has a named 2xx body, and unused parameters do not compile.
      { name: cases.length > 0 ? "value" : "_value", type: "unknown" },
    ],
    returnType: "ValidationIssue[]",
    statements: [`switch (typeName) {\n${[...cases, fallback].map(indent).join("\n")}\n}`],
  };
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
