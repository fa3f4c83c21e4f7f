/**
 * Reading back the code camelgen printed (never spec text): bracket matching and top-level
 * splitting that skip string literals, for the guard expressions (guard-expr.ts).
 */

/** Brackets of expressions; type text also nests `<...>` (where `<` is never a comparison). */
export type Brackets = "expression" | "type";

function opens(char: string, brackets: Brackets): boolean {
  return char === "(" || char === "[" || char === "{" || (brackets === "type" && char === "<");
}

function closes(text: string, index: number, brackets: Brackets): boolean {
  const char = text[index];
  if (char === ")" || char === "]" || char === "}") return true;
  return brackets === "type" && char === ">" && text[index - 1] !== "=";
}

/** Index after a string literal starting at `start` (a quote), or -1 when it is not closed. */
function skipString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === "\\") i++;
    else if (text[i] === quote) return i + 1;
  }
  return -1;
}

/** Visits every character outside string literals; false from `visit` stops. -1 marks an unclosed string. */
function scan(text: string, from: number, visit: (char: string, index: number) => boolean): number {
  for (let i = from; i < text.length; ) {
    const char = text[i] as string;
    if (char === '"' || char === "'" || char === "`") {
      const end = skipString(text, i);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (!visit(char, i)) return i;
    i++;
  }
  return text.length;
}

/** Index of the bracket closing the one at `open`, or -1. */
export function matchingClose(text: string, open: number, brackets: Brackets): number {
  let depth = 0;
  const end = scan(text, open, (char, i) => {
    if (opens(char, brackets)) depth++;
    else if (closes(text, i, brackets)) depth--;
    return depth > 0;
  });
  return end < text.length && depth === 0 ? end : -1;
}

/** `text` split at `separator` outside brackets and strings, parts trimmed; undefined if unbalanced. */
export function splitTopLevel(text: string, separator: string, brackets: Brackets): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  const end = scan(text, 0, (char, i) => {
    if (opens(char, brackets)) depth++;
    else if (closes(text, i, brackets)) depth--;
    else if (depth === 0 && i >= start && text.startsWith(separator, i)) {
      parts.push(text.slice(start, i).trim());
      start = i + separator.length;
    }
    return depth >= 0;
  });
  if (end !== text.length || depth !== 0) return undefined;
  parts.push(text.slice(start).trim());
  return parts;
}

/** Whether `operator` occurs in `text` outside brackets and strings. */
export function hasTopLevel(text: string, operator: string): boolean {
  return (splitTopLevel(text, operator, "expression")?.length ?? 1) > 1;
}

/** Whether `text` is one parenthesised group: `(a || b)`, not `(a) || (b)`. */
export function isParenthesised(text: string): boolean {
  return text.startsWith("(") && matchingClose(text, 0, "expression") === text.length - 1;
}
