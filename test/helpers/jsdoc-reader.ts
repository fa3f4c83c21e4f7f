import ts from "typescript";

/** A declaration's JSDoc as TypeScript reads it: the comment text and each tag's name, target and text. */
export interface ReadDoc {
  comment: string;
  tags: { tag: string; name?: string; text: string }[];
}

export function parseSource(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Syntax errors of a file (a broken-out comment would leave some). */
export function syntaxErrors(file: ts.SourceFile): string[] {
  const diagnostics = (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

export function readDoc(node: ts.Node): ReadDoc {
  const docs = ts.getJSDocCommentsAndTags(documented(node)).filter(ts.isJSDoc);
  return {
    comment: docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? "").join("\n"),
    tags: docs.flatMap((d) =>
      (d.tags ?? []).map((t) => ({
        tag: t.tagName.text,
        ...(ts.isJSDocParameterTag(t) ? { name: t.name.getText() } : {}),
        // `@see GET /path` reads GET as the tag's name reference and the path as its comment.
        text: [ts.isJSDocSeeTag(t) ? t.name?.getText() : undefined, ts.getTextOfJSDocComment(t.comment)].filter((p) => p).join(" "),
      })),
    ),
  };
}

/**
 * Where an overloaded method's documentation is: on its first overload (editors show each
 * overload's own), not on the implementation, which callers never see.
 */
function documented(node: ts.Node): ts.Node {
  if (!ts.isMethodDeclaration(node) || node.body === undefined || !ts.isClassLike(node.parent)) return node;
  const name = node.name.getText();
  return node.parent.members.find((m) => ts.isMethodDeclaration(m) && m.name.getText() === name) ?? node;
}

/** The methods of every class of a file, by class name and method name (an overloaded one by its implementation). */
export function classMethods(file: ts.SourceFile): Map<string, Map<string, ts.MethodDeclaration>> {
  const classes = new Map<string, Map<string, ts.MethodDeclaration>>();
  for (const statement of file.statements) {
    if (!ts.isClassDeclaration(statement) || statement.name === undefined) continue;
    const methods = new Map<string, ts.MethodDeclaration>();
    for (const member of statement.members) if (ts.isMethodDeclaration(member)) methods.set(member.name.getText(), member);
    classes.set(statement.name.text, methods);
  }
  return classes;
}

/** The members of an interface, by name as written in the source (quotes removed). */
export function interfaceMembers(file: ts.SourceFile, name: string): Map<string, ts.PropertySignature> {
  const members = new Map<string, ts.PropertySignature>();
  const declaration = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  for (const member of declaration?.members ?? []) {
    if (!ts.isPropertySignature(member)) continue;
    const key = member.name;
    members.set(ts.isStringLiteral(key) || ts.isIdentifier(key) ? key.text : key.getText(), member);
  }
  return members;
}
