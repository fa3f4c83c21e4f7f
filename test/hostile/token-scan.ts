import ts from "typescript";

/** A token outside string literals and comments whose text holds a marker. */
export interface Leak {
  file: string;
  line: number;
  kind: ts.SyntaxKind;
  text: string;
}

/** Where schema text may appear: literals that evaluate nothing, and comments. */
const INERT = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia,
]);

const TRIVIA = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.WhitespaceTrivia,
  ts.SyntaxKind.NewLineTrivia,
  ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia,
  ts.SyntaxKind.ShebangTrivia,
  ts.SyntaxKind.ConflictMarkerTrivia,
]);

/** Tokens after which `/` divides; after anything else it starts a regular expression. */
const ENDS_EXPRESSION = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
]);

/**
 * Every token of `text` (the TypeScript scanner, re-scanning `/` and template continuations the
 * way the parser does) outside inert literals and comments that is the marker itself, or holds it
 * in punctuation or template text. A longer identifier that merely contains the marker is a name
 * the generator derived (`globalThis___camelgenCanary_dq` for a property key) and cannot run it.
 */
export function findLeaks(file: string, text: string, marker: string): Leak[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const lineOf = (pos: number) => text.slice(0, pos).split("\n").length;
  const braces: ("block" | "template")[] = [];
  const leaks: Leak[] = [];
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    kind = rescan(scanner, kind, previous, braces);
    const token = scanner.getTokenText();
    const leaked = kind === ts.SyntaxKind.Identifier ? token === marker : token.includes(marker);
    if (!INERT.has(kind) && leaked) {
      leaks.push({ file, line: lineOf(scanner.getTokenStart()), kind, text: token });
    }
    if (!TRIVIA.has(kind)) previous = kind;
  }
  return leaks;
}

function rescan(scanner: ts.Scanner, kind: ts.SyntaxKind, previous: ts.SyntaxKind, braces: ("block" | "template")[]): ts.SyntaxKind {
  switch (kind) {
    case ts.SyntaxKind.OpenBraceToken:
      braces.push("block");
      return kind;
    case ts.SyntaxKind.TemplateHead:
      braces.push("template");
      return kind;
    case ts.SyntaxKind.CloseBraceToken: {
      if (braces.pop() !== "template") return kind;
      const continued = scanner.reScanTemplateToken(false);
      if (continued === ts.SyntaxKind.TemplateMiddle) braces.push("template");
      return continued;
    }
    case ts.SyntaxKind.SlashToken:
    case ts.SyntaxKind.SlashEqualsToken:
      return ENDS_EXPRESSION.has(previous) ? kind : scanner.reScanSlashToken();
    default:
      return kind;
  }
}

/** Characters that must never reach generated code raw: separators, bidi controls, NUL. */
export const RAW_INVISIBLE = /[\u0000\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
