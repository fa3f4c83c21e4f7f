import type { FunctionDeclarationStructure, ImportDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { NamedType } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { GuardConstants } from "./guard-constants.js";
import { alwaysPasses, block, hoistFunction, neverPasses, usesIdentifier, type GuardContext, type Site } from "./guard-context.js";
import { bare, CheckCompiler } from "./guard-expr.js";
import { SchemaFacts } from "./guard-json-types.js";
import { LocalNames, ModuleNames } from "./guard-names.js";
import { PathExpr } from "./guard-path.js";
import { SharedShapes } from "./guard-shapes.js";
import { VALIDATE_PARAMS, ValidateCompiler } from "./validator-stmts.js";

export interface GuardsFile {
  /** Runtime helper imports (schema-checks, formats), already aliased where a schema name took theirs. */
  imports: ImportDeclarationStructure[];
  statements: StatementStructures[];
}

/**
 * guards.ts: for every named type `isX(value): value is X` (the JSON Schema verdict),
 * `validateX(value): ValidationIssue[]` (empty exactly when isX is true) and `assertX(value)`,
 * each followed by the module-level helpers first needed for it. Constants come first.
 */
export function guardsFile(namedTypes: readonly NamedType[]): GuardsFile {
  const names = new ModuleNames();
  for (const type of namedTypes) for (const name of [type.name, type.guardName, type.assertName, type.validateName]) names.reserve(name);
  for (const name of ["ValidationError", "ValidationIssue"]) names.reserve(name);
  const constants = new GuardConstants(names);
  const types = new Map(namedTypes.map((t) => [t.name, t]));
  const ctx: GuardContext = { names, constants, facts: new SchemaFacts(types), types, shapes: new SharedShapes(namedTypes), hoisted: [] };
  const rootHelpers = new Map(namedTypes.map((t) => [t.name, names.fresh(`${t.validateName}$`)]));
  const check = new CheckCompiler(ctx);
  const validate = new ValidateCompiler(ctx, check, rootHelpers);
  const functions = namedTypes.flatMap((type): StatementStructures[] => {
    const site: Site = { guard: type.guardName, validate: type.validateName, hint: "" };
    const start = ctx.hoisted.length;
    const exported = [isFunction(type, ctx, check, site)];
    hoistFunction(ctx, rootHelpers.get(type.name) as string, VALIDATE_PARAMS, "void", ([v, path, issues], locals) =>
      validate.rootStmts(type.schema, v as string, PathExpr.of(path as string), site, { locals, issues: issues as string }),
    );
    exported.push(validateFunction(type, rootHelpers.get(type.name) as string), assertFunction(type, constants));
    return [...exported, ...ctx.hoisted.slice(start)];
  });
  const hoistedConstants = constants.all().map(
    (c): StatementStructures => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: c.name, type: c.type, initializer: c.initializer }],
    }),
  );
  return { imports: constants.imports(), statements: [...hoistedConstants, ...functions] };
}

function direction(type: NamedType): string {
  return type.direction === "request" ? "request" : "response";
}

function isFunction(type: NamedType, ctx: GuardContext, check: CheckCompiler, site: Site): StatementStructures {
  const locals = new LocalNames(ctx.names);
  const value = locals.fresh("value");
  const { schema } = type;
  let statements: string[];
  if (schema.kind === "union" && !schema.exclusive && schema.discriminator && !alwaysPasses(schema) && !neverPasses(schema)) {
    statements = check.discriminatedAnyOf(schema, value, site);
  } else {
    const compiled = check.compile(schema, value, site, locals);
    statements = "expr" in compiled ? [`return ${bare(compiled.expr)};`] : [...compiled.stmts, "return true;"];
  }
  return {
    kind: StructureKind.Function,
    name: type.guardName,
    isExported: true,
    docs: [`Whether \`value\` is a valid {@link ${type.name}} (${direction(type)} form): the JSON Schema verdict, no issues listed.`],
    ...predicate(value, type.name, statements),
    statements: block(statements),
  };
}

/** `(value: unknown): value is X`; `_value` when the verdict does not read it (`return true;`). */
function predicate(value: string, typeName: string, statements: string[]): Pick<FunctionDeclarationStructure, "parameters" | "returnType"> {
  const name = usesIdentifier(statements, value) ? value : `_${value}`;
  return { parameters: [{ name, type: "unknown" }], returnType: `${name} is ${typeName}` };
}

function validateFunction(type: NamedType, helper: string): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: type.validateName,
    isExported: true,
    docs: [
      `Why \`value\` is not a valid {@link ${type.name}} (${direction(type)} form): one issue (JSON pointer, message, keyword) per failure, at most MAX_ISSUES (100); empty exactly when {@link ${type.guardName}} is true.`,
    ],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: "ValidationIssue[]",
    statements: ["const issues: ValidationIssue[] = [];", `${helper}(value, "", issues);`, "return issues;"],
  };
}

function assertFunction(type: NamedType, constants: GuardConstants): StatementStructures {
  return {
    kind: StructureKind.Function,
    name: type.assertName,
    isExported: true,
    docs: [`Throws a ValidationError listing the issues unless \`value\` is a valid {@link ${type.name}} (${direction(type)} form).`],
    parameters: [{ name: "value", type: "unknown" }],
    returnType: `asserts value is ${type.name}`,
    statements: [
      `if (${type.guardName}(value)) return;`,
      `const issues = ${type.validateName}(value);`,
      `throw new ValidationError(issues, ${constants.helper("failureMessage")}(${stringLiteral(type.name)}, issues));`,
    ],
  };
}
