import type { StatementStructures } from "ts-morph";
import { stringLiteral } from "../escape.js";
import { StructureKind as K } from "../ts-morph.js";
import { docLines, docText, type Doc } from "./doc-comment.js";
import { Writer } from "./writer.js";

export type Statement = string | StatementStructures;

type Fields = Record<string, unknown>;

/**
 * The fields each structure camelgen emits may set. A field outside its list that is set (not
 * undefined, false or an empty list) is a programming error, so no structure is printed in part.
 */
const KNOWN: Readonly<Record<string, ReadonlySet<string>>> = {
  function: new Set(["kind", "name", "isExported", "isDefaultExport", "docs", "overloads", "parameters", "returnType", "statements"]),
  overload: new Set(["docs", "parameters", "returnType"]),
  class: new Set(["kind", "name", "isExported", "isDefaultExport", "extends", "docs", "properties", "ctors", "methods"]),
  interface: new Set(["kind", "name", "isExported", "isDefaultExport", "docs", "properties", "indexSignatures"]),
  typeAlias: new Set(["kind", "name", "isExported", "isDefaultExport", "docs", "type"]),
  variableStatement: new Set(["kind", "isExported", "docs", "declarationKind", "declarations"]),
  variable: new Set(["name", "type", "initializer"]),
  import: new Set(["kind", "isTypeOnly", "namedImports", "namespaceImport", "moduleSpecifier"]),
  export: new Set(["kind", "namedExports", "moduleSpecifier"]),
  parameter: new Set(["name", "type", "hasQuestionToken", "initializer"]),
  property: new Set(["name", "type", "hasQuestionToken", "initializer", "isReadonly", "docs"]),
  ctor: new Set(["parameters", "statements", "docs"]),
  method: new Set(["name", "docs", "overloads", "parameters", "returnType", "statements"]),
  index: new Set(["keyName", "keyType", "returnType", "docs"]),
  specifier: new Set(["name", "alias", "isTypeOnly"]),
};

const KINDS = new Map<unknown, string>([
  [K.Function, "function"],
  [K.Class, "class"],
  [K.Interface, "interface"],
  [K.TypeAlias, "typeAlias"],
  [K.VariableStatement, "variableStatement"],
  [K.ImportDeclaration, "import"],
  [K.ExportDeclaration, "export"],
]);

/** A structure's fields, checked against what camelgen's printer lays out for `shape`. */
function fields(structure: unknown, shape: string): Fields {
  if (typeof structure !== "object" || structure === null) throw new Error(`camelgen's printer: a ${shape} that is not a structure`);
  const known = KNOWN[shape] as ReadonlySet<string>;
  for (const key of Object.keys(structure)) {
    const value = (structure as Fields)[key];
    if (known.has(key) || value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    throw new Error(`camelgen's printer has no layout for the ${shape} field ${key}`);
  }
  return structure as Fields;
}

/** A one-line text field, or undefined when it is absent or empty. */
function text(s: Fields, key: string): string | undefined {
  const value = s[key];
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string") throw new Error(`camelgen's printer prints only text in the field ${key}`);
  if (value.includes("\n")) throw new Error(`camelgen's printer: the field ${key} spans lines: ${JSON.stringify(value.slice(0, 80))}`);
  return value;
}

function list(value: unknown): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error("camelgen's printer: a field that is not a list");
  return value;
}

/** Prints statements in camelgen's fixed style (README, "Formatting"). */
export function printStatements(statements: readonly Statement[]): string {
  const w = new Writer();
  statementList(w, statements);
  return w.toString();
}

/** Statements one a line; a blank line after the imports, after one that ends in `}`, and before a declaration with a body. */
function statementList(w: Writer, statements: unknown): void {
  if (typeof statements === "string") return void w.write(statements);
  let afterImports = false;
  for (const statement of list(statements)) {
    const isImport = typeof statement !== "string" && KINDS.get((statement as Fields)["kind"]) === "import";
    if (w.endsInBrace() || (afterImports && !isImport)) w.blankLineIfLastNot();
    else w.endLine();
    afterImports = isImport;
    if (typeof statement === "string") w.write(statement);
    else structure(w, statement as Fields);
  }
}

function structure(w: Writer, s: Fields): void {
  const shape = KINDS.get(s["kind"]);
  if (shape === undefined) throw new Error(`camelgen's printer has no layout for the statement kind ${String(s["kind"])}`);
  const f = fields(s, shape);
  if ((shape === "function" || shape === "class" || shape === "interface") && !w.atBlockStart()) w.blankLineIfLastNot();
  switch (shape) {
    case "function":
      return functionDeclaration(w, f);
    case "class":
      return classDeclaration(w, f);
    case "interface":
      return interfaceDeclaration(w, f);
    case "typeAlias":
      docs(w, f["docs"]);
      return void w.write(`${exported(f)}type ${name(f)}${typed(f, "type", " =")};`);
    case "variableStatement":
      return variableStatement(w, f);
    case "import":
      return importDeclaration(w, f);
    default:
      return exportDeclaration(w, f);
  }
}

function name(s: Fields): string {
  const value = text(s, "name");
  if (value === undefined) throw new Error("camelgen's printer: a declaration without a name");
  return value;
}

function exported(s: Fields): string {
  return s["isDefaultExport"] === true ? "export default " : s["isExported"] === true ? "export " : "";
}

/** Each JSDoc on its own lines, before the declaration. */
function docs(w: Writer, value: unknown): void {
  for (const doc of list(value)) {
    w.write(docLines(docText(doc as Doc)).join("\n"));
    w.newLine();
  }
}

/** `: type` (or `separator type`), or nothing when the field is absent. */
function typed(s: Fields, key: string, separator = ":"): string {
  const type = text(s, key);
  return type === undefined ? "" : `${separator} ${type}`;
}

function initializer(s: Fields): string {
  const value = text(s, "initializer");
  return value === undefined ? "" : ` = ${value}`;
}

function question(s: Fields): string {
  return s["hasQuestionToken"] === true ? "?" : "";
}

function parameters(value: unknown): string {
  const items = list(value).map((item) => {
    const p = fields(item, "parameter");
    return `${name(p)}${question(p)}${typed(p, "type")}${initializer(p)}`;
  });
  return `(${items.join(", ")})`;
}

/** A function's or method's overload signatures, each with its docs, then its own header's docs. */
function signatures(w: Writer, s: Fields, head: string): void {
  for (const item of list(s["overloads"])) {
    const o = fields(item, "overload");
    docs(w, o["docs"]);
    w.write(`${head}${parameters(o["parameters"])}${typed(o, "returnType")};`).newLine();
  }
  docs(w, s["docs"]);
}

function functionDeclaration(w: Writer, s: Fields): void {
  const head = `${exported(s)}function ${name(s)}`;
  signatures(w, s, head);
  w.write(`${head}${parameters(s["parameters"])}${typed(s, "returnType")} `);
  w.block(() => statementList(w, s["statements"]));
}

function classDeclaration(w: Writer, s: Fields): void {
  docs(w, s["docs"]);
  const extended = text(s, "extends");
  w.write(`${exported(s)}class ${name(s)} ${extended === undefined ? "" : `extends ${extended} `}`);
  w.block(() => {
    list(s["properties"]).forEach((item, i) => {
      if (i > 0) w.newLine();
      property(w, item);
    });
    for (const item of list(s["ctors"])) {
      if (!w.atBlockStart()) w.blankLine();
      const c = fields(item, "ctor");
      docs(w, c["docs"]);
      w.write(`constructor${parameters(c["parameters"])} `);
      w.block(() => statementList(w, c["statements"]));
    }
    list(s["methods"]).forEach((item) => {
      if (!w.atBlockStart()) w.blankLine();
      const m = fields(item, "method");
      signatures(w, m, name(m));
      w.write(`${name(m)}${parameters(m["parameters"])}${typed(m, "returnType")} `);
      w.block(() => statementList(w, m["statements"]));
    });
  });
}

/** A class's or an interface's property, with its docs and `;`. */
function property(w: Writer, item: unknown): void {
  const p = fields(item, "property");
  docs(w, p["docs"]);
  w.write(`${p["isReadonly"] === true ? "readonly " : ""}${name(p)}${question(p)}${typed(p, "type")}${initializer(p)};`);
}

function interfaceDeclaration(w: Writer, s: Fields): void {
  docs(w, s["docs"]);
  w.write(`${exported(s)}interface ${name(s)} `);
  w.block(() => {
    const members = [...list(s["indexSignatures"]).map((item) => ({ index: item })), ...list(s["properties"]).map((item) => ({ property: item }))];
    members.forEach((member, i) => {
      if (i > 0) w.newLine();
      if ("property" in member) return property(w, member.property);
      const x = fields(member.index, "index");
      docs(w, x["docs"]);
      w.write(`[${text(x, "keyName") ?? "key"}: ${text(x, "keyType") ?? "string"}]${typed(x, "returnType")};`);
    });
  });
}

function variableStatement(w: Writer, s: Fields): void {
  docs(w, s["docs"]);
  const declarations = list(s["declarations"]).map((item) => {
    const d = fields(item, "variable");
    return `${name(d)}${typed(d, "type")}${initializer(d)}`;
  });
  if (declarations.length === 0) throw new Error("camelgen's printer: a variable statement without declarations");
  w.write(`${exported(s)}${text(s, "declarationKind") ?? "let"} ${declarations.join(", ")};`);
}

function specifiers(names: unknown[]): string {
  const items = names.map((item) => {
    if (typeof item === "string") return item;
    const s = fields(item, "specifier");
    const alias = text(s, "alias");
    return `${s["isTypeOnly"] === true ? "type " : ""}${name(s)}${alias === undefined ? "" : ` as ${alias}`}`;
  });
  return `{ ${items.join(", ")} }`;
}

function moduleSpecifier(s: Fields): string {
  const from = text(s, "moduleSpecifier");
  if (from === undefined) throw new Error("camelgen's printer: an import without a module specifier");
  return stringLiteral(from);
}

function importDeclaration(w: Writer, s: Fields): void {
  const named = list(s["namedImports"]);
  const namespace = text(s, "namespaceImport");
  const what = namespace !== undefined ? ` * as ${namespace} from` : named.length > 0 ? ` ${specifiers(named)} from` : "";
  w.write(`import${s["isTypeOnly"] === true ? " type" : ""}${what} ${moduleSpecifier(s)};`);
}

function exportDeclaration(w: Writer, s: Fields): void {
  const named = list(s["namedExports"]);
  const from = s["moduleSpecifier"] === undefined ? "" : ` from ${moduleSpecifier(s)}`;
  w.write(`export ${named.length > 0 ? specifiers(named) : from === "" ? "{ }" : "*"}${from};`);
}
