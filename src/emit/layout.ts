import { matchingClose, splitTopLevel } from "./code-scan.js";
import { groupLines, logicalChain, negatedChain, operandLines } from "./layout-chains.js";
import { NOT_THIS_SHAPE, STRING, type Rule } from "./layout-rule.js";
import { typeRules } from "./layout-types.js";
import { allFit, fit } from "./line-width.js";

/**
 * The pinned style (prettier, printWidth 100, trailing commas) for the line shapes camelgen prints,
 * without running prettier: a line that fits stays as it is, and a line too wide is broken the way
 * prettier breaks that shape. `undefined` means "not sure": the caller formats that statement with
 * prettier. test/golden checks that the result equals prettier's on every generated client.
 */
export function layoutStatement(text: string): string | undefined {
  const out: string[] = [];
  for (const line of statementLines(text)) {
    const laid = layoutLine(line);
    if (laid === undefined) return undefined;
    out.push(...laid);
  }
  return out.join("\n");
}

/** A printed statement's lines, an empty body written `{}` on its opening line as prettier does. */
export function statementLines(text: string): string[] {
  return text.replace(/ \{\n *\}$/gm, " {}").split("\n");
}

/** Comment lines: prettier leaves their text alone. */
export function isCommentLine(code: string): boolean {
  return code.startsWith("//") || code.startsWith("/**") || code.startsWith("* ") || code === "*" || code.startsWith("*/");
}

/**
 * Code prettier would rewrite even when it fits: numbers it would normalise (exponents).
 * (stringLiteral already quotes strings the way prettier does.)
 */
function prettierRewrites(code: string): boolean {
  return /\d[eE][+-]?\d/.test(code) || code.includes("\t");
}

/** One line in the pinned style (maybe broken into several), or undefined when not sure. */
export function layoutLine(line: string): string[] | undefined {
  const indent = line.length - line.trimStart().length;
  const pad = line.slice(0, indent);
  const code = line.slice(indent);
  if (isCommentLine(code)) return [line];
  if (prettierRewrites(code)) return undefined;
  const width = fit(line);
  if (width === "fits") return [line];
  if (width === "unknown") return undefined;
  for (const rule of RULES) {
    const laid = rule(pad, code);
    if (laid !== NOT_THIS_SHAPE) return laid;
  }
  return undefined;
}


/**
 * `import { a, b } from "x";`, `export { a, b } from "x";` and `export { a, b };` -> one specifier
 * per line; prettier never breaks a list of one.
 */
const importRule: Rule = (pad, code) => {
  const match = /^(import (?:type )?|export )\{ (.+) \}( from "[^"\\]*")?;$/.exec(code);
  if (pad !== "" || !match || (match[1]?.startsWith("import") && match[3] === undefined)) return NOT_THIS_SHAPE;
  const names = (match[2] as string).split(", ");
  if (names.length === 1) return [code];
  return allFit([`${match[1]}{`, ...names.map((n) => `  ${n},`), `}${match[3] ?? ""};`]);
};

const KEYWORDS = new Set(["if", "for", "while", "switch", "catch", "return", "new", "typeof", "await"]);

/** `function name(a: A, b: B): R {` and methods -> one parameter per line. */
const signatureRule: Rule = (pad, code) => {
  const open = code.indexOf("(");
  if (open < 0 || !code.endsWith(" {")) return NOT_THIS_SHAPE;
  const head = code.slice(0, open);
  const name = /^(?:export )?(?:async )?function [\w$]+$/.test(head) || (/^(?:(?:static|async|readonly) )*[#\w$]+$/.test(head) && !KEYWORDS.has(head));
  if (!name) return NOT_THIS_SHAPE;
  const close = matchingClose(code, open, "type");
  if (close < 0) return undefined;
  const rest = code.slice(close + 1);
  if (!/^(?:: .+)? \{$/.test(rest)) return undefined;
  const params = splitTopLevel(code.slice(open + 1, close), ",", "type");
  if (params === undefined || params.every((p) => p === "")) return undefined;
  // A sole parameter typed with an object literal is hugged by prettier: `f(params: {`.
  if (params.length === 1 && /^[\w$]+\??: \{/.test(params[0] as string)) return undefined;
  return allFit([`${pad}${head}(`, ...params.map((p) => `${pad}  ${p},`), `${pad})${rest}`]);
};

/**
 * `if (test) statement;` -> the statement on the next line, one level deeper; a test too wide
 * for its line is broken at its top-level `||` (or `&&`) operators, one operand per line.
 */
const ifRule: Rule = (pad, code) => {
  const match = /^(?:\} )?(?:else )?if \(/.exec(code);
  if (!match) return NOT_THIS_SHAPE;
  const open = match[0].length - 1;
  const close = matchingClose(code, open, "expression");
  if (close < 0) return undefined;
  const consequent = code.slice(close + 1);
  const head = `${pad}${code.slice(0, close + 1)}`;
  const keyword = code.slice(0, open);
  const test = code.slice(open + 1, close);
  if (consequent === " {") return brokenTest(pad, keyword, test, true);
  if (!consequent.startsWith(" ") || consequent.startsWith(" {") || !consequent.endsWith(";")) return undefined;
  const statement = consequent.trimStart();
  if (fit(head) === "fits") return clause(head, pad, statement);
  const broken = brokenTest(pad, keyword, test, false);
  const body = broken && layoutLine(`${pad}  ${statement}`);
  return body && [...(broken as string[]), ...body];
};

/** The test of a too-wide `if`, one operand per line; `brace` when the statement opens a block. */
function brokenTest(pad: string, keyword: string, test: string, brace: boolean): string[] | undefined {
  const tail = brace ? " {" : "";
  // `if (!(a || b))` keeps `!(` on the keyword's line and closes with `))`.
  const negated = negatedChain(test);
  const chain = negated ?? logicalChain(test);
  const operands = chain && (negated ? groupLines(pad, chain, "negated-test") : operandLines(pad, chain.operands, chain.operator));
  if (!operands) return undefined;
  const open = `${pad}${keyword}(${negated ? "!(" : ""}`;
  return allFit([open]) && [open, ...operands, `${pad}${negated ? "))" : ")"}${tail}`];
}

/** `else statement;` -> the statement on the next line, one level deeper. */
const elseRule: Rule = (pad, code) => {
  if (!code.startsWith("else ") || code.startsWith("else if ") || code.startsWith("else {")) return NOT_THIS_SHAPE;
  return clause(`${pad}else`, pad, code.slice("else ".length));
};

function clause(head: string, pad: string, statement: string): string[] | undefined {
  if (fit(head) !== "fits") return undefined;
  const body = layoutLine(`${pad}  ${statement}`);
  return body === undefined ? undefined : [head, ...body];
}

/**
 * `[return |throw |const x = ][new ]callee(a, b);` -> one argument per line; a sole array of
 * strings is hugged (`new Set([` ... `]);`). Other arguments prettier would hug are left to it.
 */
const callRule: Rule = (pad, code) => {
  const match = /^(?:return |throw |((?:const|let) [\w$]+(?:: [\w$<>]+)? = ))?(?:new )?[\w$]+(?:<[\w$]+>)?\(/.exec(code);
  if (!match || !code.endsWith(");")) return NOT_THIS_SHAPE;
  const open = match[0].length - 1;
  if (matchingClose(code, open, "expression") !== code.length - 2) return NOT_THIS_SHAPE;
  const args = splitTopLevel(code.slice(open + 1, -2), ",", "expression");
  if (args === undefined || args.every((a) => a === "")) return undefined;
  const head = `${pad}${code.slice(0, open + 1)}`;
  if (args.length === 1 && (args[0] as string).startsWith("[")) return huggedArray(head, pad, args[0] as string);
  // `const x = f(value)` breaks after `=` instead (assignmentRule).
  if (match[1] !== undefined && args.length === 1 && /^[\w$]{1,24}$/.test(args[0] as string)) return NOT_THIS_SHAPE;
  return brokenArguments(head, pad, args, ");");
};

/** `head(` one argument per line `)<close>`; an argument call too wide for its line is broken the same way. */
function brokenArguments(head: string, pad: string, args: string[], close: string): string[] | undefined {
  if (args.some(huggable) || fit(head) !== "fits") return undefined;
  const lines: string[] = [];
  for (const arg of args) {
    const line = `${pad}  ${arg},`;
    // A string or name has nowhere to break: prettier lets it run past the width.
    if (fit(line) === "fits" || (UNBREAKABLE.test(arg) && fit(line) === "wide")) {
      lines.push(line);
      continue;
    }
    const call = /^[\w$]+\(/.exec(arg);
    const inner = call && matchingClose(arg, call[0].length - 1, "expression") === arg.length - 1 ? splitTopLevel(arg.slice(call[0].length, -1), ",", "expression") : undefined;
    const broken = inner && brokenArguments(`${pad}  ${call?.[0]}`, `${pad}  `, inner, "),");
    if (!broken) return undefined;
    lines.push(...broken);
  }
  return [head, ...lines, `${pad}${close}`];
}

/** `callee([` one string (or null/boolean) per line `]);` (arrays of numbers are filled by prettier instead). */
function huggedArray(head: string, pad: string, array: string): string[] | undefined {
  if (matchingClose(array, 0, "expression") !== array.length - 1) return undefined;
  const items = splitTopLevel(array.slice(1, -1), ",", "expression");
  if (!items || items.length === 0 || !items.every((item) => ARRAY_ITEM.test(item))) return undefined;
  const lines = items.map((item) => `${pad}  ${item},`);
  return fit(`${head}[`) === "fits" && lines.every((l) => fit(l) !== "unknown") ? [`${head}[`, ...lines, `${pad}]);`] : undefined;
}

/** A string literal, either quote. */
const UNBREAKABLE = new RegExp(String.raw`^(?:${STRING}|[\w$.]+)$`);
const ARRAY_ITEM = new RegExp(`^(?:${STRING}|null|true|false)$`);

function huggable(arg: string): boolean {
  return /^[[{(`]|=>|^function\b|^async\b/.test(arg);
}

/**
 * `const name = value;` -> the value on the next line (prettier's break-after-operator), for a
 * member chain or a call with at most one short argument: values with nowhere better to break.
 */
const assignmentRule: Rule = (pad, code) => {
  const match = /^((?:const|let) [\w$]+(?:: [\w$<>[\] |]+)?) = (.+);$/.exec(code);
  if (!match) return NOT_THIS_SHAPE;
  const value = match[2] as string;
  const memberChain = /^[\w$]+(?:\[(?:"(?:[^"\\]|\\.)*"|\d+|[\w$]+)\]|\.[\w$]+)+$/.test(value);
  const shortCall = /^[\w$]+\((?:[\w$]{1,24})?\)$/.test(value);
  if (!memberChain && !shortCall) return NOT_THIS_SHAPE;
  const lines = [`${pad}${match[1]} =`, `${pad}  ${value};`];
  // A value still too wide is broken inside its brackets or parentheses: left to prettier.
  return allFit(lines);
};

/** `return a || b;` -> the chain in parentheses below `return (`, on one line when it fits there. */
const returnRule: Rule = (pad, code) => {
  const chain = code.startsWith("return ") && code.endsWith(";") ? logicalChain(code.slice("return ".length, -1)) : undefined;
  if (!chain) return NOT_THIS_SHAPE;
  const inner = groupLines(pad, chain, "return");
  return inner && [`${pad}return (`, ...inner, `${pad});`];
};

const RULES: Rule[] = [importRule, signatureRule, ifRule, elseRule, callRule, assignmentRule, returnRule, ...typeRules(layoutLine)];
