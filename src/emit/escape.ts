import type { Literal } from "../model/ir.js";

/** Context-aware escapers: every string from the schema reaches the output through one of these. */

/** Line/paragraph separators and bidirectional overrides ("Trojan Source") are written as escapes. */
const INVISIBLE = /[\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A string literal with every invisible control character escaped, double-quoted unless the text
 * has more double quotes than single ones (the fixed style's choice: the fewer escapes).
 */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value).replace(INVISIBLE, unicodeEscape);
  if (!value.includes('"') || count(value, '"') <= count(value, "'")) return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * An ES5 IdentifierName of the Basic Multilingual Plane: letters, then letters, marks, digits and
 * connectors. The fixed style writes exactly these property keys without quotes.
 */
const KEY_NAME = /^[\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}$_][\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Lo}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\u200c\u200d]*$/u;

/** A member name in a type literal, interface or object literal: bare when it is an identifier name, quoted otherwise. */
export function typeMemberKey(name: string): string {
  return KEY_NAME.test(name) && !/[\u{10000}-\u{10ffff}]/u.test(name) ? name : stringLiteral(name);
}

/** A key in an object literal expression; `__proto__` is computed so it defines an own property. */
export function objectLiteralKey(name: string): string {
  if (name === "__proto__") return `[${stringLiteral(name)}]`;
  return typeMemberKey(name);
}

/** `value["name"]`: element access, correct for any key. */
export function elementAccess(target: string, name: string): string {
  return `${target}[${stringLiteral(name)}]`;
}

/** A literal type or literal expression for an enum/const value. */
export function literal(value: Literal): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  return String(value);
}

/** What some step of jsDocText changes: a line end or control to rewrite, an `@`, `*\/`, a blank before a line end. */
const JSDOC_WORK = /[\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069@]|\*\/|[ \t](?:\n|$)/;

/**
 * Text for inside a JSDoc block: nothing can close the comment, and line separators the JS
 * grammar would treat as line ends become plain newlines.
 */
export function jsDocText(text: string): string {
  // Most docs hold nothing the steps below change, and need only the trim: nine passes saved.
  if (!JSDOC_WORK.test(text)) return text.trim();
  return text
    .replace(/\r\n?|\u2028|\u2029/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\*\//g, "*\\/")
    .replace(INVISIBLE, unicodeEscape)
    // TypeScript starts a tag at an `@` after a blank (inside a tag's text too); markdown shows `\@` as `@`.
    .replace(/(^|\s)@(?=\S)/g, "$1\\@")
    // An inline tag left open (`{@link` without a `}`) would take the tags after it as its text.
    .replace(/\{@(?![^}]*\})/g, "{\\@")
    // No trailing blanks in comments, but a markdown line break (two spaces) is kept.
    .replace(/^[ \t]+$/gm, "")
    .replace(/[ \t]+$/gm, (blanks) => (blanks.endsWith("  ") ? "  " : ""))
    .trim();
}

/** An inline code span in JSDoc: a fence longer than any run of backticks in the text. */
export function jsDocCode(text: string): string {
  return codeSpan(text.replace(/\r\n?|\n|\u2028|\u2029/g, " "));
}

/**
 * Markdown characters that can start inline syntax within a line: emphasis, code, links (`[`),
 * HTML and autolinks (`<`), entities (`&`), GFM's `|` and `~`, GitHub's `$` math, a heading's
 * closing `#`s. Escaped with a backslash, which CommonMark allows before any ASCII punctuation.
 */
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|~&$#]/g;

/**
 * Text for one line of Markdown (a table cell, a heading): syntax and HTML are escaped, line ends
 * become spaces, and invisible controls are written as `\uXXXX`.
 */
export function markdownText(text: string): string {
  return oneLine(text).replace(MARKDOWN_SPECIAL, "\\$&").replace(INVISIBLE, unicodeEscape);
}

/**
 * A Markdown code span on one line; in a GFM table cell (`inTable`) a `|` is written `\|`, which
 * the table reads as part of the cell, also inside code.
 */
export function markdownCode(text: string, inTable: boolean): string {
  const span = codeSpan(oneLine(text).replace(INVISIBLE, unicodeEscape));
  return inTable ? span.replace(/\|/g, "\\|") : span;
}

function oneLine(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || (text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
