/**
 * The boolean expressions of the compiled guards, as a small tree: built by the guard emitters,
 * simplified where built (a constant part decides or drops out, `!` flips `===`), and printed once,
 * with exactly the parentheses precedence needs (and, as the fixed style writes it, around `&&`
 * inside `||`). Leaves are camelgen's own code: calls, member tests, identifiers, comparisons.
 */
export type Expr =
  | { kind: "const"; value: boolean }
  | { kind: "atom"; text: string; callee?: string; args?: readonly string[] }
  | { kind: "compare"; left: string; op: string; right: string }
  | { kind: "not"; operand: Expr }
  | { kind: "and" | "or"; parts: Expr[] };

export const TRUE: Expr = { kind: "const", value: true };
export const FALSE: Expr = { kind: "const", value: false };

/** A call, a member test or an identifier: `!` binds to it without parentheses. */
export function atom(text: string): Expr {
  return { kind: "atom", text };
}

export function call(callee: string, ...args: (string | number)[]): Expr {
  const texts = args.map(String);
  return { kind: "atom", text: `${callee}(${texts.join(", ")})`, callee, args: texts };
}

/**
 * An expression that calls one plain function (not a method: it is passed on) with `v` first and
 * number literals after it (`isThread(v)`, `isStringOf(v, 1, 255)`): the function and the numbers.
 */
export function callOn(expr: Expr, v: string): { callee: string; rest: string[] } | undefined {
  if (expr.kind !== "atom" || expr.callee === undefined || !/^[\w$]+$/.test(expr.callee) || expr.args?.[0] !== v) return undefined;
  const rest = expr.args.slice(1);
  return rest.length <= 2 && rest.every((arg) => /^-?\d+(\.\d+)?$/.test(arg)) ? { callee: expr.callee, rest } : undefined;
}

export function compare(left: string, op: string, right: string | number): Expr {
  return { kind: "compare", left, op, right: String(right) };
}

export function isConst(expr: Expr, value: boolean): boolean {
  return expr.kind === "const" && expr.value === value;
}

/** Conjunction; true parts drop out, a false part decides. */
export function all(parts: Expr[]): Expr {
  return combine("and", parts, false);
}

/** Disjunction; false parts drop out, a true part decides. */
export function any(parts: Expr[]): Expr {
  return combine("or", parts, true);
}

function combine(kind: "and" | "or", parts: Expr[], decides: boolean): Expr {
  const kept: Expr[] = [];
  for (const part of parts) {
    if (isConst(part, decides)) return part;
    if (part.kind === "const") continue;
    if (part.kind === kind) kept.push(...part.parts);
    else kept.push(part);
  }
  if (kept.length === 0) return decides ? FALSE : TRUE;
  return kept.length === 1 ? (kept[0] as Expr) : { kind, parts: kept };
}

const FLIPPED: Readonly<Record<string, string>> = { "===": "!==", "!==": "===" };

/** `!expr`, written without a double negation where it can (`typeof v !== "boolean"`). */
export function not(expr: Expr): Expr {
  if (expr.kind === "const") return { kind: "const", value: !expr.value };
  if (expr.kind === "not") return expr.operand;
  const flipped = expr.kind === "compare" ? FLIPPED[expr.op] : undefined;
  if (expr.kind === "compare" && flipped !== undefined) return { ...expr, op: flipped };
  return { kind: "not", operand: expr };
}

/** The expression's text; `within` is the operator it is an operand of, if any. */
export function print(expr: Expr, within?: "and" | "or"): string {
  switch (expr.kind) {
    case "const":
      return String(expr.value);
    case "atom":
      return expr.text;
    case "compare":
      return `${expr.left} ${expr.op} ${expr.right}`;
    case "not":
      return expr.operand.kind === "atom" ? `!${expr.operand.text}` : `!(${print(expr.operand)})`;
    case "and":
    case "or": {
      const text = expr.parts.map((part) => print(part, expr.kind)).join(expr.kind === "and" ? " && " : " || ");
      return within === undefined || within === expr.kind ? text : `(${text})`;
    }
  }
}
