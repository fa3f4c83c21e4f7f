import { matchingClose, splitTopLevel } from "./code-scan.js";
import { NOT_THIS_SHAPE, STRING, type Rule } from "./layout-rule.js";
import { allFit, fit } from "./line-width.js";

/** The layout rules for type syntax: property signatures and type aliases (types.ts, inline shapes). */
export function typeRules(layoutLine: (line: string) => string[] | undefined): Rule[] {
  return [objectTypeRule(layoutLine), unionArrayRule, unionRule];
}

/** A property signature's key (and `?`) with its colon, an index signature's, or a type alias's head. */
const TYPE_HEAD = String.raw`(?:[^\s"':[]+|${STRING}|\[[\w$]+: string\])\??:|export type [\w$]+ =`;
const TYPED = new RegExp(String.raw`^(${TYPE_HEAD}) (.+);$`);
const OBJECT_TYPE = new RegExp(String.raw`^(${TYPE_HEAD}) (\(?)(\{.*\})((?:\[\]| \| null| \| null\)\[\])?);$`);
const UNION_MEMBER = new RegExp(String.raw`^(?:${STRING}|[\w$.]+(?:\[\])*|-?\d+(?:\.\d+)?)$`);

/**
 * `key: { a: A; b: B };` and `export type X = { ... };` -> one member per line, each laid out in
 * turn. prettier hugs the braces in `{ ... }[]`, `{ ... } | null` and `({ ... } | null)[]` too,
 * but not in a longer union.
 */
function objectTypeRule(layoutLine: (line: string) => string[] | undefined): Rule {
  return (pad, code) => {
    const match = OBJECT_TYPE.exec(code);
    const [open, type, suffix] = [match?.[2], match?.[3] as string, match?.[4]];
    if (!match || (open === "(") !== suffix?.endsWith(")[]") || matchingClose(type, 0, "type") !== type.length - 1) return NOT_THIS_SHAPE;
    const members = splitTopLevel(type.slice(1, -1), ";", "type");
    if (!members || members.some((m) => m === "")) return undefined;
    const lines: string[] = [];
    for (const member of members) {
      const laid = layoutLine(`${pad}  ${member};`);
      if (laid === undefined) return undefined;
      lines.push(...laid);
    }
    return [`${pad}${match[1]} ${open}{`, ...lines, `${pad}}${suffix};`];
  };
}

/** `key: ("a" | "b")[];` -> the union inside `(` and `)[]` on its own line, or one `| member` per line. */
const unionArrayRule: Rule = (pad, code) => {
  const match = /^(.+?) \((.+)\)\[\];$/.exec(code);
  const head = match && new RegExp(String.raw`^(?:${TYPE_HEAD})$`).test(match[1] as string) ? match : undefined;
  const members = head && splitTopLevel(head[2] as string, " | ", "type");
  if (!head || !members || members.length < 2 || matchingClose(code, (head[1] as string).length + 1, "type") !== code.length - 4) return NOT_THIS_SHAPE;
  if (!members.every((m) => UNION_MEMBER.test(m))) return undefined;
  const flat = `${pad}  ${head[2]}`;
  const inner = fit(flat) === "fits" ? [flat] : members.map((m) => `${pad}  | ${m}`);
  return allFit([`${pad}${head[1]} (`, ...inner, `${pad})[];`]);
};

/**
 * `key?: "a" | "b";` and `export type X = A | B;` -> the union on the next line, or one `| member`
 * per line when it does not fit there; for unions of names and literals (prettier hugs object types).
 * A type alias of one name or literal goes on the next line too.
 */
const unionRule: Rule = (pad, code) => {
  const match = TYPED.exec(code);
  const members = match && splitTopLevel(match[2] as string, " | ", "type");
  const alias = match?.[1]?.startsWith("export type ") === true;
  if (!match || !members || members.length < (alias ? 1 : 2)) return NOT_THIS_SHAPE;
  if (!members.every((m) => UNION_MEMBER.test(m))) return undefined;
  const head = `${pad}${match[1]}`;
  const flat = `${pad}  ${match[2]};`;
  if (fit(flat) === "fits") return allFit([head, flat]);
  if (members.length < 2) return undefined;
  const last = members.length - 1;
  return allFit([head, ...members.map((m, i) => `${pad}  | ${m}${i === last ? ";" : ""}`)]);
};
