import { all, any, isConst, not, print, type Expr } from "./guard-logic.js";

/**
 * Statements of the compiled guards, as a tree: a line, a failing test (`if (test) return false;`)
 * or a block (`if (...) {`, `for (...) {`, case labels) holding statements. Printed once, each
 * level indented by two spaces.
 */
export type Stmt = string | Block | FailIf | Declaration;

/**
 * `let p = v["a"];`, or `const` when nothing assigns the local again: `slot.uses` is read when the
 * statement is printed, after every later assignment has been counted.
 */
export interface Declaration {
  declare: string;
  annotation?: string;
  init: string;
  slot: { uses: number };
}

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
export function withVerdict(body: Stmt[]): Stmt[] {
  const statements = joinFailures(body);
  const last = statements.at(-1);
  if (last === RETURN_FALSE) return statements;
  if (last === undefined || typeof last === "string" || !("failIf" in last)) return [...statements, "return true;"];
  const test = last.failIf;
  // De Morgan: `if (p !== undefined && !isX(p)) return false;` reads back as `p === undefined || isX(p)`.
  const verdict = test.kind === "and" ? any(test.parts.map(not)) : test.kind === "or" ? all(test.parts.map(not)) : not(test);
  return [...statements.slice(0, -1), `return ${print(verdict)};`];
}

/**
 * Consecutive failing tests as one (`if (!isRecord(v) || !isInteger(v["id"])) return false;`),
 * also inside blocks: the same checks in the same order, each written once. A test that cannot
 * fail is dropped; one that always fails (a required property no value satisfies) ends its list as
 * `return false;`, since TypeScript forgets its narrowings in code that cannot run.
 */
function joinFailures(statements: Stmt[]): Stmt[] {
  const out: Stmt[] = [];
  for (const stmt of statements) {
    const previous = out.at(-1);
    if (typeof stmt !== "string" && "failIf" in stmt && isConst(stmt.failIf, false)) continue;
    if (typeof stmt !== "string" && "failIf" in stmt && previous !== undefined && typeof previous !== "string" && "failIf" in previous) {
      out[out.length - 1] = failIf(any([previous.failIf, stmt.failIf]));
    } else {
      out.push(typeof stmt !== "string" && "body" in stmt ? { ...stmt, body: joinFailures(stmt.body) } : stmt);
    }
    const last = out.at(-1);
    if (typeof last !== "string" && last !== undefined && "failIf" in last && isConst(last.failIf, true)) {
      out[out.length - 1] = RETURN_FALSE;
      return out;
    }
  }
  return out;
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
      if ("declare" in stmt) {
        const annotation = stmt.annotation === undefined ? "" : `: ${stmt.annotation}`;
        lines.push(`${indent}${stmt.slot.uses === 1 ? "const" : "let"} ${stmt.declare}${annotation} = ${stmt.init};`);
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
