import { printStructure, StructureKind, type JSDocStructure, type OptionalKind, type StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import { DocSplice } from "../../src/emit/doc-splice.js";

type Doc = string | OptionalKind<JSDocStructure>;

const DOCS: Doc[] = [
  "One line.",
  "",
  "Ends with a space ",
  "Two\nlines",
  "\nStarts with a line break",
  "Para one.\n\nPara two with `code` and \"quotes\" and 'single' ones.\n  indented line  ",
  { description: "With tags", tags: [{ tagName: "deprecated" }, { tagName: "see", text: "GET /things" }] },
  { tags: [{ tagName: "deprecated" }] },
  { description: "", tags: [{ tagName: "remarks", text: "\nOn the next line" }] },
  { description: "Multi\nline", tags: [{ tagName: "throws", text: "{NotFoundError} 404\nand more" }] },
];

/** Every doc on a function, an interface member and a class method: nested indentation too. */
function statements(docs: Doc[]): StatementStructures[] {
  return [
    { kind: StructureKind.Function, name: "f", isExported: true, docs, statements: [] },
    { kind: StructureKind.Interface, name: "I", properties: [{ name: "p", type: "string", docs }] },
    { kind: StructureKind.Class, name: "C", methods: [{ name: "m", docs, statements: [] }] },
  ];
}

describe("DocSplice", () => {
  it.each(DOCS.map((doc) => [JSON.stringify(doc), doc] as const))("puts back %s exactly as ts-morph prints it", (_, doc) => {
    const plain = printStructure({ kind: StructureKind.SourceFile, statements: statements([doc]) });
    const splice = new DocSplice();
    const held = printStructure({ kind: StructureKind.SourceFile, statements: splice.hold(statements([doc])) });
    expect(held).not.toBe(plain);
    expect(splice.restore(held)).toBe(plain);
  });

  it("keeps several docs of one declaration in order", () => {
    const plain = printStructure({ kind: StructureKind.SourceFile, statements: statements(DOCS) });
    const splice = new DocSplice();
    expect(splice.restore(printStructure({ kind: StructureKind.SourceFile, statements: splice.hold(statements(DOCS)) }))).toBe(plain);
  });
});
