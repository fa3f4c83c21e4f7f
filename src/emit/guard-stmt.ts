import { any, not, print, type Expr } from "./guard-logic.js";

/**
 * Statements of the compiled guards, as a tree: a line, a failing test (`if (test) return false;`)
 * or a block (`if (...) {`, `for (...) {`, case labels) holding statements. Printed once, each
 * level indented by two spaces.
 */
export type Stmt = string | Block | FailIf;

export interface FailIf {
  failIf: Expr;
}

export interface Block {
  /** The lines before the body; the last one takes the opening brace. */
  head: string[];
  body: Stmt[];
}

export const RETURN_FALSE = "return false;";

export function failIf(test: Expr): FailIf {
  return { failIf: test };
}

/**
 * A check function's statements and its final `return true;`; a failing test last becomes the
 * verdict itself (`return typeof p === "string";`).
 */
export function withVerdict(statements: Stmt[]): Stmt[] {
  const last = statements.at(-1);
  if (last === undefined || typeof last === "string" || !("failIf" in last)) return [...statements, "return true;"];
  const test = last.failIf;
  // De Morgan: `if (p !== undefined && !isX(p)) return false;` reads back as `p === undefined || isX(p)`.
  const verdict = test.kind === "and" ? any(test.parts.map(not)) : not(test);
  return [...statements.slice(0, -1), `return ${print(verdict)};`];
}

export function block(head: string | string[], body: Stmt[]): Block {
  return { head: typeof head === "string" ? [head] : head, body };
}

/** A function body as one text, so the printer adds no blank lines between its lines. */
export function functionBody(statements: Stmt[]): string[] {
  const lines: string[] = [];
  const write = (stmts: Stmt[], indent: string): void => {
    for (const stmt of stmts) {
      if (typeof stmt === "string") {
        lines.push(indent + stmt);
        continue;
      }
      if ("failIf" in stmt) {
        lines.push(`${indent}if (${print(stmt.failIf)}) return false;`);
        continue;
      }
      stmt.head.forEach((line, i) => lines.push(`${indent}${line}${i === stmt.head.length - 1 ? " {" : ""}`));
      write(stmt.body, `${indent}  `);
      lines.push(`${indent}}`);
    }
  };
  write(statements, "");
  return lines.length === 0 ? [] : [lines.join("\n")];
}
