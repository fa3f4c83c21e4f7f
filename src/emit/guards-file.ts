import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { ApiModel, NamedType } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { GuardConstants } from "./guard-constants.js";
import { guardExpr, type GuardContext } from "./guard-expr.js";

/** guards.ts: `isX(value): value is X` and `assertX(value)` for every named type. */
export function guardStatements(model: ApiModel, constants: GuardConstants): StatementStructures[] {
  const byName = new Map(model.types.map((t) => [t.name, t]));
  const ctx: GuardContext = { constants, depth: 0, guardOf: (name) => byName.get(name)?.guardName ?? `is${name}` };
  const functions = model.types.flatMap((type) => [isFunction(type, ctx), assertFunction(type)]);
  const hoisted = constants.all().map(
    (c): StatementStructures => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: c.name, type: c.type, initializer: c.initializer }],
    }),
  );
  return [...hoisted, ...functions];
}

function isFunction(type: NamedType, ctx: GuardContext): StatementStructures {
  const direction = type.direction === "request" ? "request" : "response";
  return {
    kind: StructureKind.Function,
    name: type.guardName,
    isExported: true,
    docs: [`Whether \`value\` is a valid {@link ${type.name}} (${direction} form).`],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `value is ${type.name}`,
    statements: [`return ${guardExpr(type.schema, "value", ctx)};`],
  };
}

function assertFunction(type: NamedType): StatementStructures {
  const issue = `{ path: "", message: ${stringLiteral(`value is not a valid ${type.name}`)}, keyword: "$ref" }`;
  return {
    kind: StructureKind.Function,
    name: type.assertName,
    isExported: true,
    docs: [`Throws a ValidationError unless \`value\` is a valid {@link ${type.name}}.`],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `asserts value is ${type.name}`,
    statements: [`if (!${type.guardName}(value)) throw new ValidationError([${issue}]);`],
  };
}
