import { hasTopLevel, isParenthesised, matchingClose, splitTopLevel } from "./code-scan.js";
import { fit } from "./line-width.js";

/** `a || b || c` and `!(a && b)` in the pinned style: how prettier breaks logical chains camelgen prints. */
export interface Chain {
  operator: "||" | "&&";
  operands: string[];
}

/** `a || b || c` (one operator at the top level; mixed ones get parentheses from prettier). */
export function logicalChain(expr: string): Chain | undefined {
  const or = hasTopLevel(expr, " || ");
  if (or === hasTopLevel(expr, " && ")) return undefined;
  const operator = or ? "||" : "&&";
  const operands = splitTopLevel(expr, ` ${operator} `, "expression");
  return operands && { operator, operands };
}

/** `!(a || b)`: the chain inside the negation. */
export function negatedChain(expr: string): Chain | undefined {
  if (!expr.startsWith("!(") || matchingClose(expr, 1, "expression") !== expr.length - 1) return undefined;
  return logicalChain(expr.slice(2, -1));
}

/** Where a parenthesised chain stands: `if (!(...))`, `return (...)`, or `!(...)` inside another chain. */
type ChainSite = "negated-test" | "return" | "nested";

/**
 * A chain in parentheses too wide for the line it started on, as prettier (3.x) breaks it: one
 * operand per line when it does not fit on a line of its own. When it would fit there, a `return`
 * keeps a chain of plain operands flat, a negation keeps a two-operand one flat and breaks longer
 * ones; a chain holding a parenthesised group is broken.
 */
export function groupLines(pad: string, chain: Chain, site: ChainSite): string[] | undefined {
  const flat = `${pad}  ${chain.operands.join(` ${chain.operator} `)}`;
  const width = fit(flat);
  const broken = () => operandLines(pad, chain.operands, chain.operator);
  if (width === "unknown") return undefined;
  // A parenthesised group among the operands breaks the chain even where it would fit.
  if (width === "wide" || chain.operands.some((o) => o.startsWith("("))) return broken();
  if (site === "return") return [flat];
  return chain.operands.length > 2 ? broken() : [flat];
}

/**
 * One operand per line, one level below `pad`, the operator ending each line but the last, which
 * ends with `closing` (the parentheses that close on it).
 */
export function operandLines(pad: string, operands: string[], operator: string, closing = ""): string[] | undefined {
  const lines: string[] = [];
  for (const [i, operand] of operands.entries()) {
    const suffix = i < operands.length - 1 ? ` ${operator}` : closing;
    const line = `${pad}  ${operand}${suffix}`;
    if (fit(line) === "fits") {
      lines.push(line);
      continue;
    }
    const broken = negatedLines(`${pad}  `, operand, suffix) ?? parenthesisedLines(`${pad}  `, operand, suffix);
    if (!broken) return undefined;
    lines.push(...broken);
  }
  return lines;
}

/** `!(` the chain, one operand per line `)`. */
function negatedLines(pad: string, operand: string, suffix: string): string[] | undefined {
  const negated = negatedChain(operand);
  const inner = negated && groupLines(pad, negated, "nested");
  return inner && [`${pad}!(`, ...inner, `${pad})${suffix}`];
}

/** `(a ||` then the other operands one level deeper, the last closing the parenthesis: `b)`. */
function parenthesisedLines(pad: string, operand: string, suffix: string): string[] | undefined {
  const chain = isParenthesised(operand) ? logicalChain(operand.slice(1, -1)) : undefined;
  const inner = chain && operandLines(pad, chain.operands, chain.operator, `)${suffix}`);
  const first = inner?.[0];
  // Only a first operand on one line of its own is known to open the group that way.
  if (!chain || !inner || first?.trim() !== `${chain.operands[0]} ${chain.operator}`) return undefined;
  return [`${pad}(${first.trimStart()}`, ...inner.slice(1)];
}

