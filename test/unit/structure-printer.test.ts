import { execFileSync } from "node:child_process";
import { join } from "node:path";
import * as tsMorph from "ts-morph";
import { describe, expect, it } from "vitest";
import { docLines, docText, type Doc } from "../../src/emit/print/doc-comment.js";
import { printStatements, type Statement } from "../../src/emit/print/structure-printer.js";
import { StructureKind as K, VariableDeclarationKind } from "../../src/emit/ts-morph.js";

const REPO = join(import.meta.dirname, "../..");
const S = (statements: unknown[]) => statements as Statement[];
const lines = (...text: string[]) => text.join("\n");

describe("camelgen's structure printer", () => {
  it("spells StructureKind with ts-morph's numbers", () => {
    for (const [name, value] of Object.entries(K)) expect(value, name).toBe(tsMorph.StructureKind[name as keyof typeof tsMorph.StructureKind]);
    expect(VariableDeclarationKind.Const).toBe(tsMorph.VariableDeclarationKind.Const);
  });

  it.each([
    [
      "a function: its body's lines indented, empty lines left empty, a blank line after its }",
      S([
        { kind: K.Function, name: "f", isExported: true, docs: ["Doc."], parameters: [{ name: "a", type: "string" }, { name: "b", type: "B", hasQuestionToken: true }], returnType: "R", statements: ["if (a) {\n  return 1;\n}\n\nreturn 2;"] },
        "const after = 1;",
        "const next = 2;",
      ]),
      lines("/** Doc. */", "export function f(a: string, b?: B): R {", "  if (a) {", "    return 1;", "  }", "", "  return 2;", "}", "", "const after = 1;", "const next = 2;"),
    ],
    [
      "overloads, each with its docs, then the implementation",
      S([
        "const before = 0;",
        { kind: K.Function, name: "g", isExported: true, overloads: [{ docs: ["One."], parameters: [{ name: "a", type: "1" }], returnType: "A" }, { docs: ["Two."], parameters: [], returnType: "B" }], parameters: [{ name: "a", type: "1", hasQuestionToken: true }], returnType: "A | B", statements: ["return a;"] },
      ]),
      lines("const before = 0;", "", "/** One. */", "export function g(a: 1): A;", "/** Two. */", "export function g(): B;", "export function g(a?: 1): A | B {", "  return a;", "}"),
    ],
    [
      "a class: properties, a blank line, the constructor, methods apart",
      S([
        {
          kind: K.Class,
          name: "A",
          isExported: true,
          extends: "Base",
          docs: ["Class."],
          properties: [{ name: "#c", type: "C", isReadonly: true }, { name: "d", type: "number", initializer: "1", docs: ["D."] }],
          ctors: [{ parameters: [{ name: "options", type: "O", initializer: "{}" }], statements: ["super(options);", "this.#c = new C();"] }],
          methods: [
            { name: "m", overloads: [{ docs: ["M."], parameters: [{ name: "x", type: "X" }], returnType: "Z" }], parameters: [{ name: "x", type: "X" }], statements: ["return f(this.#c, x);"] },
            { name: "n", statements: [] },
          ],
        },
        { kind: K.Class, name: "B", methods: [{ name: "m", statements: "return 1;" }] },
      ]),
      lines(
        "/** Class. */",
        "export class A extends Base {",
        "  readonly #c: C;",
        "  /** D. */",
        "  d: number = 1;",
        "",
        "  constructor(options: O = {}) {",
        "    super(options);",
        "    this.#c = new C();",
        "  }",
        "",
        "  /** M. */",
        "  m(x: X): Z;",
        "  m(x: X) {",
        "    return f(this.#c, x);",
        "  }",
        "",
        "  n() {",
        "  }",
        "}",
        "",
        "class B {",
        "  m() {",
        "    return 1;",
        "  }",
        "}",
      ),
    ],
    [
      "interfaces (index signature first, an empty one on two lines), aliases and constants",
      S([
        { kind: K.TypeAlias, name: "T", isExported: true, docs: ["Alias."], type: "\"a\" | `b${string}`" },
        { kind: K.Interface, name: "Empty", isExported: true },
        { kind: K.Interface, name: "I", properties: [{ name: "a", type: "string", hasQuestionToken: true, docs: ["p"] }, { name: "\"b-c\"", type: "number" }], indexSignatures: [{ keyName: "key", keyType: "string", returnType: "unknown" }] },
        { kind: K.VariableStatement, isExported: true, declarationKind: VariableDeclarationKind.Const, declarations: [{ name: "R", type: "RegExp", initializer: "/*#__PURE__*/ new RegExp(\"^a$\", \"u\")" }] },
        { kind: K.VariableStatement, declarations: [{ name: "a", initializer: "1" }, { name: "b", type: "string" }] },
      ]),
      lines(
        "/** Alias. */",
        "export type T = \"a\" | `b${string}`;",
        "",
        "export interface Empty {",
        "}",
        "",
        "interface I {",
        "  [key: string]: unknown;",
        "  /** p */",
        "  a?: string;",
        "  \"b-c\": number;",
        "}",
        "",
        "export const R: RegExp = /*#__PURE__*/ new RegExp(\"^a$\", \"u\");",
        "let a = 1, b: string;",
      ),
    ],
    [
      "imports and exports",
      S([
        { kind: K.ImportDeclaration, moduleSpecifier: "./a.js", isTypeOnly: true, namedImports: ["A", "B"] },
        { kind: K.ImportDeclaration, moduleSpecifier: "./b.js", namedImports: [{ name: "Assertion", isTypeOnly: true }, { name: "isEmail", alias: "isEmail_2" }, "c"] },
        { kind: K.ImportDeclaration, moduleSpecifier: "./side-effect.js" },
        { kind: K.ExportDeclaration, namedExports: ["A", "B"] },
        { kind: K.ExportDeclaration, moduleSpecifier: "./c.js", namedExports: ["c"] },
        { kind: K.ExportDeclaration, moduleSpecifier: "./d.js" },
        { kind: K.ExportDeclaration },
      ]),
      lines(
        "import type { A, B } from \"./a.js\";",
        "import { type Assertion, isEmail as isEmail_2, c } from \"./b.js\";",
        "import \"./side-effect.js\";",
        "",
        "export { A, B };",
        "export { c } from \"./c.js\";",
        "export * from \"./d.js\";",
        "export { };",
      ),
    ],
  ])("%s", (_, statements, want) => {
    expect(printStatements(statements)).toBe(want);
  });

  it.each([
    ["a statement kind it has no layout for", S([{ kind: tsMorph.StructureKind.Enum, name: "E", members: [] }]), "statement kind"],
    ["a field it has no layout for", S([{ kind: K.Function, name: "f", typeParameters: ["T"], statements: [] }]), "function field typeParameters"],
    ["an overload that sets a modifier of its own", S([{ kind: K.Function, name: "f", overloads: [{ isAsync: true }], statements: [] }]), "overload field isAsync"],
    ["a writer function", S([{ kind: K.TypeAlias, name: "T", type: (w: unknown) => w }]), "only text in the field type"],
    ["a JSDoc written by a function", S([{ kind: K.Interface, name: "I", docs: [{ description: (w: unknown) => w }] }]), "JSDoc written by a function"],
    ["a JSDoc that ends its comment early", S([{ kind: K.Interface, name: "I", docs: ["a */ b"] }]), "ends its comment early"],
    ["a type that spans lines", S([{ kind: K.TypeAlias, name: "T", type: "{\n  a: string;\n}" }]), "the field type spans lines"],
    ["a declaration without a name", S([{ kind: K.Interface }]), "without a name"],
  ])("throws for %s, naming it", (_, statements, message) => {
    expect(() => printStatements(statements)).toThrow(message);
  });
});

describe("JSDoc layout", () => {
  it.each<[Doc, string[]]>([
    ["One line.", ["/** One line. */"]],
    ["", ["/** */"]],
    ["Ends with a space ", ["/** Ends with a space */"]],
    ["Two\nlines", ["/**", " * Two", " * lines", " */"]],
    ["\nStarts with a line break", ["/**", " * Starts with a line break", " */"]],
    ["Para one.\n\nPara two.", ["/**", " * Para one.", " *", " * Para two.", " */"]],
    [{ description: "With tags", tags: [{ tagName: "deprecated" }, { tagName: "see", text: "GET /things" }] }, ["/**", " * With tags", " * @deprecated", " * @see GET /things", " */"]],
    [{ tags: [{ tagName: "deprecated" }] }, ["/** @deprecated */"]],
    [{ description: "", tags: [{ tagName: "remarks", text: "\nOn the next line" }] }, ["/**", " * @remarks", " * On the next line", " */"]],
  ])("%j", (doc, want) => {
    expect(docLines(docText(doc))).toEqual(want);
  });
});

describe("generation", () => {
  it("prints camelAI's client, overloads included, without loading ts-morph or the TypeScript compiler", () => {
    // A fresh process over dist/ (built by the global setup): this test file itself imports ts-morph.
    const script = `
      import { createRequire } from "node:module";
      import { readFileSync } from "node:fs";
      const { generate } = await import("./dist/generate.js");
      const { streams } = JSON.parse(readFileSync("camelgen.config.json", "utf8"));
      const { files } = await generate({ input: "fixtures/camelai/openapi.yaml", streams });
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((p) => /node_modules[\\/](ts-morph|@ts-morph|typescript)[\\/]/.test(p));
      console.log(JSON.stringify({ overloads: files.some((f) => /^export function \\w+\\(.*;$/m.test(f.contents)), loaded }));
    `;
    const out = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: REPO, encoding: "utf8" })) as { overloads: boolean; loaded: string[] };
    expect(out).toEqual({ overloads: true, loaded: [] });
  });
});
