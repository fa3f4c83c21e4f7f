import type { FunctionDeclarationStructure, ImportDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { NamedType } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { GuardConstants } from "./guard-constants.js";
import { alwaysPasses, block, neverPasses, usesIdentifier, type GuardContext, type Site } from "./guard-context.js";
import { CheckCompiler } from "./guard-expr.js";
import { bare } from "./guard-logic.js";
import { SchemaFacts } from "./guard-json-types.js";
import { LocalNames, ModuleNames } from "./guard-names.js";
import { SharedShapes } from "./guard-shapes.js";

export interface GuardsFile {
  /** Imports of runtime helpers, the interpreter and the schema table, aliased where a schema name took theirs. */
  imports: ImportDeclarationStructure[];
  statements: StatementStructures[];
}

/**
 * guards.ts: for every named type `isX(value): value is X` (the JSON Schema verdict, compiled),
 * `validateX(value): ValidationIssue[]` (why not, from the schema interpreter and schemas.ts;
 * empty exactly when isX is true), `assertX(value)` and `xSchema` (X as a Standard Schema), each isX
 * followed by the module-level helpers first needed for it. Constants come first.
 */
export function guardsFile(namedTypes: readonly NamedType[]): GuardsFile {
  const names = new ModuleNames();
  for (const type of namedTypes) for (const name of [type.name, type.guardName, type.assertName, type.validateName, type.standardSchemaName]) names.reserve(name);
  names.reserve("ValidationIssue");
  const constants = new GuardConstants(names);
  const types = new Map(namedTypes.map((t) => [t.name, t]));
  const ctx: GuardContext = { names, constants, facts: new SchemaFacts(types), types, shapes: new SharedShapes(namedTypes), hoisted: [] };
  const check = new CheckCompiler(ctx);
  const functions = namedTypes.flatMap((type): StatementStructures[] => {
    const start = ctx.hoisted.length;
    const exported = [isFunction(type, ctx, check, { guard: type.guardName, hint: "" }), validateFunction(type, constants), assertFunction(type, constants), standardSchema(type, constants)];
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
    ...predicate(value, type.name, statements),
    statements: block(statements),
  };
}

/** `(value: unknown): value is X`; `_value` when the verdict does not read it (`return true;`). */
function predicate(value: string, typeName: string, statements: string[]): Pick<FunctionDeclarationStructure, "parameters" | "returnType"> {
  const name = usesIdentifier(statements, value) ? value : `_${value}`;
  return { parameters: [{ name, type: "unknown" }], returnType: `${name} is ${typeName}` };
}

/** `validateX`: the interpreter over the schema table; a bundle that never calls it drops it (pure). */
function validateFunction(type: NamedType, constants: GuardConstants): StatementStructures {
  return exportedConst(type.validateName, undefined, `/*#__PURE__*/ ${constants.helper("validatorOf")}(${constants.helper("schemas")}, ${stringLiteral(type.name)})`);
}

/** `assertX`: the compiled verdict first; the interpreter only lists the issues of a value that fails it. */
function assertFunction(type: NamedType, constants: GuardConstants): StatementStructures {
  const initializer = `/*#__PURE__*/ ${constants.helper("assertionOf")}(${constants.helper("schemas")}, ${stringLiteral(type.name)}, ${type.guardName})`;
  return exportedConst(type.assertName, `${constants.helper("Assertion")}<${type.name}>`, initializer);
}

/** `xSchema`: the type as a Standard Schema object, the guard's verdict with the interpreter's issues (pure). */
function standardSchema(type: NamedType, constants: GuardConstants): StatementStructures {
  const initializer = `/*#__PURE__*/ ${constants.helper("standardSchemaOf")}(${constants.helper("schemas")}, ${stringLiteral(type.name)}, ${type.guardName})`;
  return exportedConst(type.standardSchemaName, undefined, initializer);
}

function exportedConst(name: string, type: string | undefined, initializer: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, ...(type === undefined ? {} : { type }), initializer }],
  };
}
