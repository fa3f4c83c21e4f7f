import type { FunctionDeclarationStructure, ImportDeclarationStructure, StatementStructures } from "ts-morph";
import { StructureKind, VariableDeclarationKind } from "./ts-morph.js";
import type { NamedType } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { GuardConstants } from "./guard-constants.js";
import { alwaysPasses, neverPasses, usesIdentifier, type GuardContext, type Site } from "./guard-context.js";
import { CheckCompiler } from "./guard-expr.js";
import { print } from "./guard-logic.js";
import { functionBody, withVerdict, type Stmt } from "./guard-stmt.js";
import { SchemaFacts } from "./guard-json-types.js";
import { LocalNames, ModuleNames } from "./guard-names.js";
import { SharedShapes } from "./guard-shapes.js";
import { isScalar } from "./guard-scalars.js";

export interface GuardsFile {
  /** The local name of the namespace guards.ts imports types.ts as (`T.Thread`). */
  types: string;
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
  // One namespace import of types.ts rather than every type's name in the import list.
  const typeSpace = names.fresh("T");
  const typeOf = (type: NamedType) => `${typeSpace}.${type.name}`;
  const constants = new GuardConstants(names);
  const binders: Binders = { validate: names.fresh("V"), assert: names.fresh("A"), standard: names.fresh("S") };
  const types = new Map(namedTypes.map((t) => [t.name, t]));
  const ctx: GuardContext = { names, constants, facts: new SchemaFacts(types), types, shapes: new SharedShapes(namedTypes), hoisted: [] };
  const check = new CheckCompiler(ctx);
  const firstOfShape = new Map<string, string>();
  const functions = namedTypes.flatMap((type): StatementStructures[] => {
    const start = ctx.hoisted.length;
    const twin = sameShapeGuard(type, ctx, firstOfShape);
    const guard = twin === undefined ? isFunction(type, typeOf(type), ctx, check, { guard: type.guardName, hint: "" }) : delegatingGuard(type, typeOf(type), twin, ctx);
    const exported = [guard, ...bindings(type, typeOf(type), binders, constants)];
    return [...exported, ...ctx.hoisted.slice(start)];
  });
  const hoistedConstants = constants.all().map(
    (c): StatementStructures => ({
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: c.name, type: c.type, initializer: c.initializer }],
    }),
  );
  const binderFunctions = namedTypes.length === 0 ? [] : binderDeclarations(binders, constants);
  return { types: typeSpace, imports: constants.imports(), statements: [...hoistedConstants, ...binderFunctions, ...functions] };
}

function isFunction(type: NamedType, typeText: string, ctx: GuardContext, check: CheckCompiler, site: Site): StatementStructures {
  const locals = new LocalNames(ctx.names);
  const value = locals.fresh("v");
  const { schema } = type;
  let statements: Stmt[];
  if (schema.kind === "union" && !schema.exclusive && schema.discriminator && !alwaysPasses(schema) && !neverPasses(schema)) {
    statements = check.discriminatedAnyOf(schema, value, site);
  } else {
    const compiled = check.compile(schema, value, site, locals);
    statements = "expr" in compiled ? [`return ${print(compiled.expr)};`] : withVerdict(compiled.stmts);
  }
  return {
    kind: StructureKind.Function,
    name: type.guardName,
    isExported: true,
    ...predicate(value, typeText, statements),
    statements: functionBody(statements),
  };
}

/**
 * The guard of an earlier type with a structurally equal schema (docs aside; drf-spectacular gives
 * each operation's error response its own name), whose verdict this type's guard can return.
 * Scalars and references are checked inline, which is shorter than the call.
 */
function sameShapeGuard(type: NamedType, ctx: GuardContext, firstOfShape: Map<string, string>): string | undefined {
  if (type.schema.kind === "ref" || isScalar(type.schema)) return undefined;
  const key = ctx.shapes.key(type.schema);
  const first = firstOfShape.get(key);
  if (first === undefined) firstOfShape.set(key, type.guardName);
  return first;
}

function delegatingGuard(type: NamedType, typeText: string, twin: string, ctx: GuardContext): StatementStructures {
  const value = new LocalNames(ctx.names).fresh("v");
  const statements = [`return ${twin}(${value});`];
  return { kind: StructureKind.Function, name: type.guardName, isExported: true, ...predicate(value, typeText, statements), statements };
}

/** `(v: unknown): v is T.X`; `_v` when the verdict does not read it (`return true;`). */
function predicate(value: string, typeName: string, statements: Stmt[]): Pick<FunctionDeclarationStructure, "parameters" | "returnType"> {
  const name = usesIdentifier(statements, value) ? value : `_${value}`;
  return { parameters: [{ name, type: "unknown" }], returnType: `${name} is ${typeName}` };
}

/** Local names of the functions that bind the runtime's validatorOf, assertionOf and standardSchemaOf to schemas.ts. */
interface Binders {
  validate: string;
  assert: string;
  standard: string;
}

/**
 * `validateX` (the interpreter over the schema table), `assertX` (the compiled verdict first; the
 * interpreter only lists the issues of a value that fails it) and `xSchema` (a Standard Schema).
 * Pure calls: a bundle that never uses one drops it, and with it the interpreter and the table.
 */
function bindings(type: NamedType, typeText: string, binders: Binders, constants: GuardConstants): StatementStructures[] {
  const name = stringLiteral(type.name);
  return [
    exportedConst(type.validateName, undefined, `/*#__PURE__*/ ${binders.validate}(${name})`),
    exportedConst(type.assertName, `${constants.helper("Assertion")}<${typeText}>`, `/*#__PURE__*/ ${binders.assert}(${name}, ${type.guardName})`),
    exportedConst(type.standardSchemaName, undefined, `/*#__PURE__*/ ${binders.standard}(${name}, ${type.guardName})`),
  ];
}

/**
 * The binders, declared once so that each type's bindings need not repeat the table: arrow
 * functions (generic, so `xSchema` keeps its type), which a bundle drops with the last binding.
 */
function binderDeclarations(binders: Binders, constants: GuardConstants): StatementStructures[] {
  const table = constants.helper("schemas");
  const guard = "guard: (value: unknown) => value is T";
  const binder = (name: string, initializer: string, doc?: string): StatementStructures => ({
    kind: StructureKind.VariableStatement,
    ...(doc === undefined ? {} : { docs: [doc] }),
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer }],
  });
  return [
    binder(binders.validate, `(name: string) => ${constants.helper("validatorOf")}(${table}, name)`, "validateX, assertX, xSchema: runtime/schema-bindings.ts over this client's schema table."),
    binder(binders.assert, `<T>(name: string, ${guard}): ${constants.helper("Assertion")}<T> => ${constants.helper("assertionOf")}(${table}, name, guard)`),
    binder(binders.standard, `<T>(name: string, ${guard}) => ${constants.helper("standardSchemaOf")}(${table}, name, guard)`),
  ];
}

function exportedConst(name: string, type: string | undefined, initializer: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, ...(type === undefined ? {} : { type }), initializer }],
  };
}
