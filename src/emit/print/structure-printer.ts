import type { StatementStructures } from "ts-morph";
import { StructureKind as K } from "../ts-morph.js";
import { PrintFallback, TextWriter } from "./text-writer.js";
import { docLines, docText } from "../doc-splice.js";

type Fields = Record<string, unknown>;
type Doc = Parameters<typeof docText>[0];
type Statement = string | StatementStructures;

/**
 * The fields each structure kind may have here; any other field that is set (not undefined, false
 * or an empty array) is a PrintFallback, as is a writer function anywhere.
 */
const KNOWN: Readonly<Record<string, ReadonlySet<string>>> = {
  function: new Set(["kind", "name", "isExported", "isDefaultExport", "isAsync", "docs", "parameters", "returnType", "statements"]),
  class: new Set(["kind", "name", "isExported", "isDefaultExport", "extends", "docs", "properties", "ctors", "methods"]),
  interface: new Set(["kind", "name", "isExported", "isDefaultExport", "docs", "properties", "indexSignatures"]),
  typeAlias: new Set(["kind", "name", "isExported", "isDefaultExport", "docs", "type"]),
  variableStatement: new Set(["kind", "isExported", "isDefaultExport", "docs", "declarationKind", "declarations"]),
  variable: new Set(["name", "type", "initializer"]),
  import: new Set(["kind", "isTypeOnly", "namedImports", "moduleSpecifier"]),
  export: new Set(["kind", "namedExports", "moduleSpecifier"]),
  parameter: new Set(["name", "type", "hasQuestionToken", "initializer", "isReadonly", "scope"]),
  property: new Set(["name", "type", "hasQuestionToken", "initializer", "isReadonly", "isStatic", "scope", "docs"]),
  ctor: new Set(["parameters", "statements", "docs", "scope"]),
  method: new Set(["name", "parameters", "returnType", "statements", "docs", "isAsync", "isStatic", "scope"]),
  index: new Set(["keyName", "keyType", "returnType", "docs"]),
  specifier: new Set(["name", "alias", "isTypeOnly"]),
};

function fields(structure: unknown, shape: string): Fields {
  if (typeof structure !== "object" || structure === null) throw new PrintFallback(`a ${shape} that is not an object`);
  const known = KNOWN[shape] as ReadonlySet<string>;
  for (const [key, value] of Object.entries(structure)) {
    if (known.has(key) || value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    throw new PrintFallback(`${shape} field ${key}`);
  }
  return structure as Fields;
}

/** A text field: a string (one line unless `lines`), or absent. */
function text(value: unknown, lines = false): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new PrintFallback("a field that is not text");
  if (!lines && /[\r\n]/.test(value)) throw new PrintFallback("a line break in a field");
  return value;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new PrintFallback("a field that is not a list");
  return value;
}

/** ts-morph's isNullOrWhitespace. */
function blank(value: string | undefined): boolean {
  return value === undefined || /^[ \f\n\r\t\v\u00a0\u2028\u2029]*$/.test(value);
}

/**
 * Prints a source file's statements as ts-morph's printStructure does with two-space indentation,
 * for the structure kinds and fields camelgen emits; anything else throws PrintFallback.
 */
export function printStatementsText(statements: readonly Statement[]): string {
  const writer = new TextWriter();
  writer.closeComment();
  statementList(writer, statements);
  if (!writer.isAtStartOfFirstLineOfBlock() && !writer.isLastNewLine()) writer.newLine();
  return writer.toString();
}

function statementList(w: TextWriter, statements: unknown): void {
  if (typeof statements === "string") return void w.write(statements);
  for (const statement of list(statements)) {
    if (w.isLastNonWhitespaceCharCloseBrace()) w.blankLineIfLastNot();
    else if (!w.isAtStartOfFirstLineOfBlock()) w.newLineIfLastNot();
    if (typeof statement === "string") w.write(statement);
    else structureStatement(w, statement as Fields);
  }
}

function structureStatement(w: TextWriter, s: Fields): void {
  const blankBefore = () => !w.isAtStartOfFirstLineOfBlock() && w.blankLineIfLastNot();
  w.closeComment();
  switch (s["kind"]) {
    case K.Function:
      blankBefore();
      return functionDeclaration(w, fields(s, "function"));
    case K.Class:
      blankBefore();
      return classDeclaration(w, fields(s, "class"));
    case K.Interface:
      blankBefore();
      return interfaceDeclaration(w, fields(s, "interface"));
    case K.TypeAlias: {
      const alias = fields(s, "typeAlias");
      docs(w, alias["docs"]);
      modifiers(w, alias);
      w.write(`type ${text(alias["name"]) ?? ""}`);
      typed(w, alias["type"], " =", false);
      return void w.write(";");
    }
    case K.VariableStatement:
      return variableStatement(w, fields(s, "variableStatement"));
    case K.ImportDeclaration:
      return importDeclaration(w, fields(s, "import"));
    case K.ExportDeclaration:
      return exportDeclaration(w, fields(s, "export"));
    default:
      throw new PrintFallback(`statement kind ${String(s["kind"])}`);
  }
}

function modifiers(w: TextWriter, s: Fields): void {
  if (s["isDefaultExport"] === true) w.write("export default ");
  else if (s["isExported"] === true) w.write("export ");
  const scope = text(s["scope"]);
  if (scope !== undefined) w.write(`${scope} `);
  if (s["isStatic"] === true) w.write("static ");
  if (s["isAsync"] === true) w.write("async ");
  if (s["isReadonly"] === true) w.write("readonly ");
}

/** JSDoc, as ts-morph lays it out (doc-splice.ts); a doc that ends its comment early is left to ts-morph. */
function docs(w: TextWriter, value: unknown): void {
  for (const doc of list(value)) {
    const docTextOf = typeof doc === "string" || (typeof doc === "object" && doc !== null) ? docText(doc as Doc) : undefined;
    if (docTextOf === undefined || docTextOf.includes("*/")) throw new PrintFallback("a JSDoc that is not text, or ends its comment early");
    w.closeComment();
    w.comment(docLines(docTextOf));
    w.newLine();
  }
}

/** `: type` (TypedNode, ReturnTypedNode); `any` or `void` stand in when `always`. */
function typed(w: TextWriter, value: unknown, separator: string, always: boolean, fallback = "any"): void {
  const type = text(value) ?? (always ? fallback : undefined);
  if (!blank(type)) w.hanging(() => w.write(`${separator} ${type}`));
}

function initializer(w: TextWriter, value: unknown): void {
  const init = text(value);
  if (!blank(init)) {
    w.hanging(() => {
      w.spaceIfLastNot();
      w.write(`= ${init}`);
    });
  }
}

/**
 * Items joined by `, `. ts-morph puts each comma where its scanner finds the item's last token (and
 * none after an item that ends with one): the end of the text, unless it ends in a comment or blank.
 */
function commaSeparated(w: TextWriter, items: unknown[], print: (item: unknown) => string): void {
  items.forEach((item, i) => {
    w.assertPlain();
    const printed = print(item);
    // A lone item gets no comma, whatever its text.
    if (items.length > 1 && (printed === "" || /(\/[/*])|[\s,/]$/.test(printed))) throw new PrintFallback("an item whose comma ts-morph places by scanning");
    if (i > 0) w.spaceIfLastNot();
    w.write(i < items.length - 1 ? `${printed},` : printed);
  });
}

function parameters(w: TextWriter, value: unknown): void {
  w.write("(");
  const items = list(value);
  if (items.length > 0) {
    w.hanging(() =>
      commaSeparated(w, items, (item) => {
        const p = fields(item, "parameter");
        const part = new TextWriter();
        part.closeComment();
        modifiers(part, p);
        part.write(text(p["name"]) ?? "");
        if (p["hasQuestionToken"] === true) part.write("?");
        typed(part, p["type"], ":", p["hasQuestionToken"] === true);
        initializer(part, p["initializer"]);
        return part.toString();
      }),
    );
  }
  w.write(")");
}

function body(w: TextWriter, statements: unknown): void {
  w.inlineBlock(() => statementList(w, statements));
}

function functionDeclaration(w: TextWriter, s: Fields): void {
  docs(w, s["docs"]);
  modifiers(w, s);
  w.write("function");
  const name = text(s["name"]);
  if (!blank(name)) w.write(` ${name}`);
  parameters(w, s["parameters"]);
  typed(w, s["returnType"], ":", false);
  w.space();
  body(w, s["statements"]);
}

function classDeclaration(w: TextWriter, s: Fields): void {
  docs(w, s["docs"]);
  modifiers(w, s);
  w.write("class");
  const name = text(s["name"]);
  if (!blank(name)) w.space().write(name as string);
  w.space();
  const extended = text(s["extends"]);
  if (!blank(extended)) w.hanging(() => w.write(`extends ${extended} `));
  w.inlineBlock(() => {
    list(s["properties"]).forEach((item, i) => {
      if (i > 0) w.newLine();
      property(w, item);
    });
    const separate = () => !w.isAtStartOfFirstLineOfBlock() && w.blankLine();
    for (const item of list(s["ctors"])) {
      separate();
      const c = fields(item, "ctor");
      w.closeComment();
      docs(w, c["docs"]);
      modifiers(w, c);
      w.write("constructor");
      parameters(w, c["parameters"]);
      w.space();
      body(w, c["statements"]);
    }
    const methods = list(s["methods"]);
    if (methods.length > 0) separate();
    methods.forEach((item, i) => {
      if (i > 0) w.blankLine();
      const m = fields(item, "method");
      w.closeComment();
      docs(w, m["docs"]);
      modifiers(w, m);
      w.write(text(m["name"]) ?? "");
      parameters(w, m["parameters"]);
      typed(w, m["returnType"], ":", false);
      w.spaceIfLastNot();
      body(w, m["statements"]);
    });
  });
}

/** A class's or an interface's property, with its docs and `;`. */
function property(w: TextWriter, item: unknown): void {
  const p = fields(item, "property");
  w.closeComment();
  docs(w, p["docs"]);
  modifiers(w, p);
  w.write(text(p["name"]) ?? "");
  if (p["hasQuestionToken"] === true) w.write("?");
  typed(w, p["type"], ":", false);
  initializer(w, p["initializer"]);
  w.write(";");
}

function interfaceDeclaration(w: TextWriter, s: Fields): void {
  docs(w, s["docs"]);
  modifiers(w, s);
  w.write(`interface ${text(s["name"]) ?? ""}`);
  w.space();
  w.inlineBlock(() => {
    const indexes = list(s["indexSignatures"]);
    if (indexes.length > 0 && !w.isAtStartOfFirstLineOfBlock()) w.newLine();
    indexes.forEach((item, i) => {
      if (i > 0) w.newLine();
      const x = fields(item, "index");
      w.closeComment();
      docs(w, x["docs"]);
      w.write(`[${text(x["keyName"]) || "key"}: ${text(x["keyType"]) || "string"}]`);
      typed(w, x["returnType"], ":", false);
      w.write(";");
    });
    const properties = list(s["properties"]);
    if (properties.length > 0 && !w.isAtStartOfFirstLineOfBlock()) w.newLine();
    properties.forEach((item, i) => {
      if (i > 0) w.newLine();
      property(w, item);
    });
  });
}

function variableStatement(w: TextWriter, s: Fields): void {
  docs(w, s["docs"]);
  const declarations = list(s["declarations"]);
  if (declarations.length === 0) throw new PrintFallback("a variable statement without declarations");
  w.hanging(() => {
    modifiers(w, s);
    w.write(`${text(s["declarationKind"]) || "let"} `);
    commaSeparated(w, declarations, (item) => {
      const d = fields(item, "variable");
      const part = new TextWriter();
      part.closeComment();
      part.write(text(d["name"]) ?? "");
      typed(part, d["type"], ":", false);
      initializer(part, d["initializer"]);
      return part.toString();
    });
    w.write(";");
  });
}

function specifiers(w: TextWriter, names: unknown[]): void {
  w.write("{ ");
  commaSeparated(w, names, (item) => {
    if (typeof item === "string") return text(item) as string;
    const s = fields(item, "specifier");
    const alias = text(s["alias"]);
    return `${s["isTypeOnly"] === true ? "type " : ""}${text(s["name"]) ?? ""}${blank(alias) ? "" : ` as ${alias}`}`;
  });
  w.write(" }");
}

function importDeclaration(w: TextWriter, s: Fields): void {
  const named = list(s["namedImports"]);
  w.write("import");
  if (s["isTypeOnly"] === true) w.write(" type");
  if (named.length > 0) {
    w.space();
    specifiers(w, named);
  }
  if (named.length > 0) w.write(" from");
  w.write(" ");
  w.quote(text(s["moduleSpecifier"]) ?? "");
  w.write(";");
}

function exportDeclaration(w: TextWriter, s: Fields): void {
  const from = text(s["moduleSpecifier"]);
  const named = list(s["namedExports"]);
  w.write("export");
  if (named.length > 0) {
    w.space();
    specifiers(w, named);
  } else if (from === undefined || from.length === 0) {
    w.write(" { }");
  } else {
    w.write(" *");
  }
  if (from !== undefined && from.length > 0) {
    w.write(" from ");
    w.quote(from);
  }
  w.write(";");
}
