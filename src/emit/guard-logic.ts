import { hasTopLevel, isParenthesised } from "./code-scan.js";

/**
 * The boolean combinators of the compiled guards: conjunction, disjunction and the bare form of an
 * expression, each keeping every compiled expression safe to stand inside a conjunction.
 */

/** Conjunction; "true" parts drop out, a "false" part decides. */
export function all(parts: string[]): string {
  const kept = parts.filter((p) => p !== "true");
  if (kept.includes("false")) return "false";
  if (kept.length === 0) return "true";
  return kept.join(" && ");
}

/**
 * Disjunction, parenthesised so it can stand inside a conjunction. Nested disjunctions are
 * flattened and conjunctions inside it parenthesised, as the pinned style writes them.
 */
export function any(parts: string[]): string {
  if (parts.includes("true")) return "true";
  const kept = parts.filter((p) => p !== "false");
  if (kept.length === 0) return "false";
  // A lone part is already safe inside a conjunction (every compiled expression is).
  return kept.length === 1 ? (kept[0] as string) : `(${kept.map(disjunct).join(" || ")})`;
}

function disjunct(part: string): string {
  if (isParenthesised(part) && hasTopLevel(part.slice(1, -1), "||")) return part.slice(1, -1);
  return hasTopLevel(part, "&&") ? `(${part})` : part;
}

/** An expression standing alone (`return x;`, `if (x)`) without the parentheses around all of it. */
export function bare(expr: string): string {
  return isParenthesised(expr) ? bare(expr.slice(1, -1)) : expr;
}
