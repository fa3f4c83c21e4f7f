import { join } from "node:path";
import * as tsMorph from "ts-morph";
import { beforeAll, describe, expect, it } from "vitest";
import { BodySplice } from "../../src/emit/body-splice.js";
import { clientStatements } from "../../src/emit/client-file.js";
import { guardsFile } from "../../src/emit/guards-file.js";
import { operationsBarrel } from "../../src/emit/operations-file.js";
import { printStatementsText } from "../../src/emit/print/structure-printer.js";
import { PrintFallback } from "../../src/emit/print/text-writer.js";
import { resourceStatements } from "../../src/emit/resource-file.js";
import { schemasStatements } from "../../src/emit/schema-table.js";
import type { Statement } from "../../src/emit/source-file.js";
import { StructureKind, VariableDeclarationKind } from "../../src/emit/ts-morph.js";
import { typeStatements } from "../../src/emit/types-file.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import type { ApiModel } from "../../src/model/ir.js";

const REPO = join(import.meta.dirname, "../..");
const K = tsMorph.StructureKind;

function tsMorphPrint(statements: Statement[]): string {
  return tsMorph.printStructure({ kind: K.SourceFile, statements: statements as tsMorph.StatementStructures[] }, { indentNumberOfSpaces: 2 });
}

/** camelgen's printer's text, or "fallback" where it leaves the structure to ts-morph. */
function ours(statements: Statement[]): string {
  try {
    return printStatementsText(statements);
  } catch (error) {
    if (error instanceof PrintFallback) return "fallback";
    throw error;
  }
}

/** Every statement list camelgen's emitter prints for a model, by file. */
function files(model: ApiModel): [string, Statement[]][] {
  const types = new Map(model.types.map((t) => [t.name, t]));
  const guards = guardsFile(model.types);
  return [
    ["types.ts", typeStatements(model)],
    ["guards.ts", [...guards.imports, ...guards.statements]],
    ["schemas.ts", schemasStatements(model.types)],
    ["operations.ts", operationsBarrel(model)],
    ["client.ts", clientStatements(model)],
    ...model.resources.map((r): [string, Statement[]] => [r.className, resourceStatements(r, types)]),
  ];
}

/** As source-file.ts gives them to the printer: function bodies held back. */
function held(statements: Statement[]): Statement[] {
  const bodies = new BodySplice();
  return statements.map((s) => bodies.hold(s));
}

const SPECS = ["fixtures/camelai/openapi.yaml", "fixtures/cases/escaping.yaml", "fixtures/cases/docs.yaml", "fixtures/cases/json-schema-keywords.yaml", "fixtures/cases/pagination-styles.yaml"];
const models = new Map<string, ApiModel>();

beforeAll(async () => {
  for (const spec of SPECS) models.set(spec, buildModel((await loadSpec(join(REPO, spec))).document, { strict: false }));
});

describe("camelgen's structure printer", () => {
  it("spells StructureKind with ts-morph's numbers", () => {
    for (const [name, value] of Object.entries(StructureKind)) expect(value, name).toBe(K[name as keyof typeof K]);
    expect(VariableDeclarationKind.Const).toBe(tsMorph.VariableDeclarationKind.Const);
  });

  it.each(SPECS)("prints every file of %s as ts-morph does, with no fallback once bodies are held", (spec) => {
    for (const [file, statements] of files(models.get(spec) as ApiModel)) {
      const statementsHeld = held(statements);
      expect(ours(statementsHeld), file).toBe(tsMorphPrint(statementsHeld));
      const raw = ours(statements);
      if (raw !== "fallback") expect(raw, `${file} (bodies not held)`).toBe(tsMorphPrint(statements));
    }
  });

  const S = (statements: unknown[]) => statements as Statement[];
  it.each([
    ["multi-line bodies: template literals, comments and strings across lines", S([
      { kind: K.Function, name: "f", parameters: [{ name: "a", type: "string" }, { name: "b", hasQuestionToken: true }], statements: ["const t = `one\n  two ${a}\nthree`;\nif (a) {\n  return '//' + \"x\";\n}\n/* a\n   comment */\nreturn b;"] },
      "const after = 1;",
    ])],
    ["a string statement ending in } and one after it", S(["export const x = {\n  a: 1,\n}", "const y = 2;", "/** doc */\nexport type Z = 1;"])],
    ["classes, interfaces, aliases and variables", S([
      { kind: K.Interface, name: "Empty", isExported: true, docs: [{ description: "Two\r\nlines", tags: [{ tagName: "deprecated" }, { tagName: "see", text: "\nnext" }] }, "", "\nfirst empty", "ends with space "] },
      { kind: K.Interface, name: "I", docs: ["Doc."], properties: [{ name: "a", type: "string", hasQuestionToken: true, docs: ["p"] }, { name: "\"b-c\"", type: "number" }], indexSignatures: [{ keyName: "key", keyType: "string", returnType: "unknown" }] },
      { kind: K.TypeAlias, name: "T", isExported: true, type: "\"a\" | `b${string}`" },
      { kind: K.VariableStatement, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "R", type: "RegExp", initializer: "/*#__PURE__*/ new RegExp(\"^/\\\\*$\", \"u\")" }] },
      { kind: K.VariableStatement, isExported: true, declarations: [{ name: "a", initializer: "1" }, { name: "b", type: "string" }] },
      { kind: K.Class, name: "A", isExported: true, isDefaultExport: false, extends: "Base", docs: ["Class."], properties: [{ name: "#c", type: "C", isReadonly: true }, { name: "d", type: "number", initializer: "1" }], ctors: [{ parameters: [{ name: "options", type: "O", initializer: "{}" }], statements: ["super(options);", "this.#c = new C();"] }], methods: [{ name: "m", docs: ["M."], parameters: [{ name: "x", type: "X" }, { name: "y", type: "Y", hasQuestionToken: true }], returnType: "Z", statements: ["return f(this.#c, x, y);"] }, { name: "n", statements: [] }] },
      { kind: K.Class, name: "B", methods: [{ name: "m", statements: "return 1;" }] },
    ])],
    ["imports and exports", S([
      { kind: K.ImportDeclaration, moduleSpecifier: "./a.js", isTypeOnly: true, namedImports: ["A", "B"] },
      { kind: K.ImportDeclaration, moduleSpecifier: "./b.js", namedImports: [{ name: "Assertion", isTypeOnly: true }, { name: "isEmail", alias: "isEmail_2" }, "c"] },
      { kind: K.ImportDeclaration, moduleSpecifier: "./side-effect.js" },
      { kind: K.ExportDeclaration, namedExports: ["A", "B"] },
      { kind: K.ExportDeclaration, moduleSpecifier: "./c.js", namedExports: ["c"] },
      { kind: K.ExportDeclaration, moduleSpecifier: "./d.js" },
      { kind: K.ExportDeclaration },
    ])],
  ])("%s: as ts-morph prints them", (_, statements) => {
    expect(ours(statements)).toBe(tsMorphPrint(statements));
  });

  it.each([
    ["a writer function", S([{ kind: K.TypeAlias, name: "T", type: (w: unknown) => w }])],
    ["a field it does not know", S([{ kind: K.Function, name: "f", typeParameters: ["T"], statements: [] }])],
    ["a JSDoc written by a function", S([{ kind: K.Interface, name: "I", docs: [{ description: (w: unknown) => w }] }])],
    ["a JSDoc that ends its comment early", S([{ kind: K.Interface, name: "I", docs: ["a */ b"] }])],
    ["a multi-line type", S([{ kind: K.TypeAlias, name: "T", type: "{\n  a: string;\n}" }])],
    ["a comma ts-morph places by scanning", S([{ kind: K.VariableStatement, declarations: [{ name: "a", initializer: "1 // one" }, { name: "b", initializer: "2" }] }])],
    ["an enum", S([{ kind: K.Enum, name: "E", members: [] }])],
  ])("leaves %s to ts-morph", (_, statements) => {
    expect(ours(statements)).toBe("fallback");
  });
});
