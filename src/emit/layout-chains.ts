import { hasTopLevel, matchingClose, splitTopLevel } from "./code-scan.js";
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
 * ones; chains holding parenthesised groups are left to prettier.
 */
export function groupLines(pad: string, chain: Chain, site: ChainSite): string[] | undefined {
  const flat = `${pad}  ${chain.operands.join(` ${chain.operator} `)}`;
  const width = fit(flat);
  const broken = () => operandLines(pad, chain.operands, chain.operator);
  if (width === "wide") return broken();
  if (width === "unknown" || chain.operands.some((o) => o.startsWith("("))) return undefined;
  if (site === "return") return [flat];
  return chain.operands.length > 2 ? broken() : [flat];
}

/** One operand per line, one level below `pad`, the operator ending each line but the last. */
export function operandLines(pad: string, operands: string[], operator: string): string[] | undefined {
  const lines: string[] = [];
  for (const [i, operand] of operands.entries()) {
    const suffix = i < operands.length - 1 ? ` ${operator}` : "";
    const line = `${pad}  ${operand}${suffix}`;
    if (fit(line) === "fits") {
      lines.push(line);
      continue;
    }
    const negated = negatedChain(operand);
    const inner = negated && groupLines(`${pad}  `, negated, "nested");
    if (!inner) return undefined;
    lines.push(`${pad}  !(`, ...inner, `${pad}  )${suffix}`);
  }
  return lines;
}

