/**
 * When layout.ts is not sure of a line, only the smallest statement or member around it needs
 * prettier, not the whole top-level statement (a class of 1,000 methods, a guard of 200 lines).
 * Printed statements nest by indentation, two spaces a level, so a member or statement is a line
 * and the deeper lines after it. It is formatted inside a wrapper that puts it at the same depth
 * (nested blocks, a class or an interface), which is all prettier's output for it depends on; the
 * wrapper's lines are then dropped again.
 */

import { isCommentLine, layoutLine, statementLines } from "./layout.js";

/** What the lines of a block hold. */
type Context = "statements" | "class" | "interface";

/** A group of lines prettier formats, already wrapped. */
export interface Fragment {
  wrapped: string;
  /** The formatted group without the wrapper, or undefined when prettier's output is not the expected shape. */
  unwrap(formatted: string): string[] | undefined;
}

/** A statement's lines in order: laid out ones, and fragments left to prettier. */
export type Piece = string[] | Fragment;

/** Pieces of a statement with at least one unsure line, or undefined when no smaller part can be isolated. */
export function isolateUnsure(text: string): Piece[] | undefined {
  const lines = statementLines(text);
  const laid = lines.map(layoutLine);
  const head = lines.findIndex((line) => !isCommentLine(line.trimStart()));
  const context = head < 0 ? undefined : topContext(lines[head] as string);
  if (context === undefined || !/\{$/.test(lines[head] as string)) return undefined;
  const end = lines.length - 1;
  if (indentOf(lines[end] as string) !== 0 || lines[end] !== "}") return undefined;
  if (!allLaid(laid, 0, head + 1) || !laid[end]) return undefined;
  const inner = children(lines, laid, head + 1, end, 2, context);
  if (inner === undefined) return undefined;
  return [concatLaid(laid, 0, head + 1), ...inner, laid[end] as string[]];
}

function topContext(line: string): Context | undefined {
  if (/^(?:export )?(?:default )?(?:abstract )?class /.test(line)) return "class";
  if (/^(?:export )?interface /.test(line)) return "interface";
  if (/^(?:export )?(?:async )?function /.test(line)) return "statements";
  return undefined;
}

/** Lines [start, end) at depth `indent`, split into groups; each group laid out, isolated further, or a fragment. */
function children(lines: string[], laid: (string[] | undefined)[], start: number, end: number, indent: number, context: Context): Piece[] | undefined {
  const pieces: Piece[] = [];
  for (let i = start; i < end; ) {
    const line = lines[i] as string;
    if (line === "") {
      pieces.push([""]);
      i++;
      continue;
    }
    if (indentOf(line) !== indent) return undefined;
    const groupEnd = endOfGroup(lines, i, end, indent);
    if (allLaid(laid, i, groupEnd)) pieces.push(concatLaid(laid, i, groupEnd));
    else pieces.push(...(blocksWithin(lines, laid, i, groupEnd, indent, context) ?? [fragment(lines.slice(i, groupEnd), indent, context)]));
    i = groupEnd;
  }
  return pieces;
}

/** A group: its first line, the deeper lines after it, and `}`/`else` lines that continue it. */
function endOfGroup(lines: string[], start: number, end: number, indent: number): number {
  let last = start;
  for (let j = start + 1; j < end; j++) {
    const line = lines[j] as string;
    if (line === "") continue;
    const deeper = indentOf(line) > indent;
    const continues = indentOf(line) === indent && /^(?:\}|\)|\]|else\b|catch\b|finally\b)/.test(line.trimStart());
    if (!deeper && !continues) break;
    last = j;
  }
  return last + 1;
}

/**
 * A group whose own lines at `indent` are all laid out and whose deeper lines are block bodies
 * (after a line ending in a block's `{`), with those bodies isolated one level down.
 */
function blocksWithin(lines: string[], laid: (string[] | undefined)[], start: number, end: number, indent: number, context: Context): Piece[] | undefined {
  if (context === "interface") return undefined;
  const pieces: Piece[] = [];
  for (let i = start; i < end; ) {
    const line = lines[i] as string;
    if (line !== "" && indentOf(line) === indent) {
      if (!laid[i]) return undefined;
      pieces.push(laid[i] as string[]);
      i++;
      continue;
    }
    let bodyEnd = i;
    while (bodyEnd < end && ((lines[bodyEnd] as string) === "" || indentOf(lines[bodyEnd] as string) > indent)) bodyEnd++;
    if (!opensBlock(lines[i - 1] as string)) return undefined;
    const body = children(lines, laid, i, bodyEnd, indent + 2, "statements");
    if (body === undefined) return undefined;
    pieces.push(...body);
    i = bodyEnd;
  }
  return pieces;
}

/**
 * A line ending in the `{` of a block of statements: after `)`, `>`, `]`, `}` or a word (`else`,
 * a return type), not after `=`, `(`, `,`, `:`, `return` (object literals and types) or `switch`.
 */
function opensBlock(line: string): boolean {
  const code = line.trimStart();
  const before = /(\S+) \{$/.exec(code)?.[1];
  if (before === undefined || isCommentLine(code) || /^(?:switch|case|default)\b/.test(code)) return false;
  return /[)\]>}\w]$/.test(before) && before !== "return";
}

function fragment(group: string[], indent: number, context: Context): Fragment {
  const opening = wrapperOpening(indent, context);
  const closing = opening.map((line) => `${line.slice(0, indentOf(line))}}`).reverse();
  return {
    wrapped: [...opening, ...group, ...closing].join("\n"),
    unwrap(formatted) {
      const out = formatted.replace(/\n+$/, "").split("\n");
      const inner = out.slice(opening.length, out.length - closing.length);
      const same = (a: string[], b: string[]) => a.length === b.length && a.every((line, k) => line === b[k]);
      if (inner.length === 0 || !same(out.slice(0, opening.length), opening) || !same(out.slice(out.length - closing.length), closing)) return undefined;
      return inner.every((line) => line === "" || line.startsWith(" ".repeat(indent))) ? inner : undefined;
    },
  };
}

/**
 * Lines that open `indent / 2` levels: bare blocks for statements (prettier's parser takes
 * `return`, `await` and `super` there), a class or an interface for members.
 */
function wrapperOpening(indent: number, context: Context): string[] {
  const innermost = context === "class" ? "class __camelgen {" : context === "interface" ? "interface __camelgen {" : "{";
  return Array.from({ length: indent / 2 }, (_, level) => `${" ".repeat(level * 2)}${level === indent / 2 - 1 ? innermost : "{"}`);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function allLaid(laid: (string[] | undefined)[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!laid[i]) return false;
  return true;
}

function concatLaid(laid: (string[] | undefined)[], start: number, end: number): string[] {
  return laid.slice(start, end).flatMap((lines) => lines as string[]);
}
