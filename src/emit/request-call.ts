import type { Operation } from "../model/ir.js";
import { stringLiteral } from "./escape.js";
import { fit } from "./line-width.js";
import { flatText, hasForcedBreak, layoutLiteral, type LiteralTree, type ObjectLiteral } from "./literal-layout.js";
import { successType } from "./operation-signature.js";
import { typeText } from "./type-text.js";

/** An operation function's body sits one level in. */
const BODY_PAD = "  ";

/**
 * `return client.request<R>(request, options);` (or `requestPage` with the page shape), laid out
 * in the pinned prettier style relative to the function body. When the call's head is too wide to
 * be sure, the one-line form is returned and left to prettier.
 */
export function requestCall(op: Operation, request: ObjectLiteral): string {
  const result = successType(op);
  const head = op.pagination ? `return client.requestPage<${result}, ${typeText(op.pagination.item)}>(` : `return client.request<${result}>(`;
  const args: LiteralTree[] = [request, "options"];
  if (op.pagination) {
    args.push({ entries: [["items", stringLiteral(op.pagination.itemsProperty)], ["next", stringLiteral(op.pagination.nextProperty)]] });
  }
  const flat = `${head}${args.map(flatText).join(", ")});`;
  if (!fits(`${BODY_PAD}${head}`)) return flat;
  if (fits(`${BODY_PAD}${flat}`) && !args.some(hasForcedBreak)) return flat;
  return (hugLast(head, args) ?? allBrokenOut(head, args) ?? [flat]).join("\n");
}

function fits(line: string): boolean {
  return fit(line) === "fits";
}

/** prettier's first choice for a call ending in an object: the others flat, the last one expanded. */
function hugLast(head: string, args: LiteralTree[]): string[] | undefined {
  const last = args.at(-1) as LiteralTree;
  if (typeof last === "string" || !("entries" in last) || args.slice(0, -1).some(hasForcedBreak)) return undefined;
  const opening = `${head}${args.slice(0, -1).map(flatText).join(", ")}, {`;
  if (!fits(`${BODY_PAD}${opening}`)) return undefined;
  const entries = last.entries.map(([key, value]) => layoutLiteral(value, `${BODY_PAD}  `, key, ","));
  if (entries.some((e) => e === undefined)) return undefined;
  return [opening, ...(entries as string[][]).flat().map(unpad), "});"];
}

function allBrokenOut(head: string, args: LiteralTree[]): string[] | undefined {
  const lines = args.map((arg) => layoutLiteral(arg, `${BODY_PAD}  `, undefined, ","));
  if (lines.some((l) => l === undefined)) return undefined;
  return [head, ...(lines as string[][]).flat().map(unpad), ");"];
}

/** The printer indents the body; lines here are relative to it. */
function unpad(line: string): string {
  return line.slice(BODY_PAD.length);
}
