import { matchingClose, splitTopLevel } from "./code-scan.js";
import { NOT_THIS_SHAPE, STRING, type Rule } from "./layout-rule.js";
import { fit } from "./line-width.js";

type LayoutLine = (line: string) => string[] | undefined;

/** The layout rules for type syntax: property signatures and type aliases (types.ts, inline shapes). */
export function typeRules(layoutLine: LayoutLine): Rule[] {
  return [objectTypeRule(layoutLine), unionArrayRule(layoutLine), unionRule(layoutLine)];
}

/** A property signature's key (and `?`) with its colon, an index signature's, or a type alias's head. */
const TYPE_HEAD = String.raw`(?:[^\s"':[]+|${STRING}|\[[\w$]+: string\])\??:|export type [\w$]+ =`;
const TYPED = new RegExp(String.raw`^(${TYPE_HEAD}) (.+);$`);
const HEAD_ONLY = new RegExp(String.raw`^(?:${TYPE_HEAD})$`);
const OBJECT_TYPE = new RegExp(String.raw`^(${TYPE_HEAD}) (\(?)(\{.*\})((?:\[\]| \| null| \| null\)\[\])?);$`);
const UNION_MEMBER = new RegExp(String.raw`^(?:${STRING}|[\w$.]+(?:\[\])*|-?\d+(?:\.\d+)?)$`);

/**
 * `key: { a: A; b: B };` and `export type X = { ... };` -> one member per line, each laid out in
 * turn. prettier hugs the braces in `{ ... }[]`, `{ ... } | null` and `({ ... } | null)[]` too,
 * but not in a longer union.
 */
function objectTypeRule(layoutLine: LayoutLine): Rule {
  return (pad, code) => {
    const match = OBJECT_TYPE.exec(code);
    const [open, type, suffix] = [match?.[2], match?.[3] as string, match?.[4]];
    if (!match || (open === "(") !== suffix?.endsWith(")[]") || matchingClose(type, 0, "type") !== type.length - 1) return NOT_THIS_SHAPE;
    const lines = objectMemberLines(layoutLine, `${pad}  `, type);
    return lines && [`${pad}${match[1]} ${open}{`, ...lines, `${pad}}${suffix};`];
  };
}

/** The members of `{ a: A; b: B }`, one per line at `pad`, each laid out in turn. */
function objectMemberLines(layoutLine: LayoutLine, pad: string, type: string): string[] | undefined {
  const members = splitTopLevel(type.slice(1, -1), ";", "type");
  if (!members || members.some((m) => m === "")) return undefined;
  const lines: string[] = [];
  for (const member of members) {
    const laid = layoutLine(`${pad}${member};`);
    if (laid === undefined) return undefined;
    lines.push(...laid);
  }
  return lines;
}

/** `{ ... }` or `{ ... }[]` as a whole: the braces and the suffix after them. */
function objectMember(member: string): { type: string; suffix: string } | undefined {
  const match = /^(\{.*\})((?:\[\])?)$/.exec(member);
  const type = match?.[1];
  return type !== undefined && matchingClose(type, 0, "type") === type.length - 1 ? { type, suffix: match?.[2] ?? "" } : undefined;
}

/**
 * Members of names, literals and object types: whether prettier would lay them out as below. One
 * object type (not an array of them) beside `null` only is hugged instead (objectTypeRule), in
 * either order: not sure.
 */
function unionKind(members: string[]): "simple" | "objects" | undefined {
  const objects = members.filter((m) => objectMember(m) !== undefined).length;
  if (objects === 0) return members.every((m) => UNION_MEMBER.test(m)) ? "simple" : undefined;
  if (members.length === 2 && members.includes("null") && members.some((m) => objectMember(m)?.suffix === "")) return undefined;
  return members.every((m) => UNION_MEMBER.test(m) || objectMember(m) !== undefined) ? "objects" : undefined;
}

/** `| member` per line at `pad`; an object type too wide is broken inside its braces (`| {`, members, `}`). */
function unionMemberLines(layoutLine: LayoutLine, pad: string, members: string[], end: string): string[] | undefined {
  const lines: string[] = [];
  for (const [i, member] of members.entries()) {
    const tail = i === members.length - 1 ? end : "";
    const line = `${pad}| ${member}${tail}`;
    const object = fit(line) === "fits" ? undefined : objectMember(member);
    if (object === undefined) {
      if (fit(line) !== "fits") return undefined;
      lines.push(line);
      continue;
    }
    const inner = objectMemberLines(layoutLine, `${pad}    `, object.type);
    if (inner === undefined) return undefined;
    lines.push(`${pad}| {`, ...inner, `${pad}  }${object.suffix}${tail}`);
  }
  return lines;
}

/** `key: ("a" | "b")[];` -> the union inside `(` and `)[]` on its own line, or one `| member` per line. */
function unionArrayRule(layoutLine: LayoutLine): Rule {
  return (pad, code) => {
    const match = /^(.+?) \((.+)\)\[\];$/.exec(code);
    const head = match && HEAD_ONLY.test(match[1] as string) ? match : undefined;
    const members = head && splitTopLevel(head[2] as string, " | ", "type");
    if (!head || !members || members.length < 2 || matchingClose(code, (head[1] as string).length + 1, "type") !== code.length - 4) return NOT_THIS_SHAPE;
    const kind = unionKind(members);
    const flat = `${pad}  ${head[2]}`;
    const opening = `${pad}${head[1]} (`;
    if (kind === undefined || (kind === "objects" && fit(flat) === "fits") || fit(opening) !== "fits") return undefined;
    const inner = fit(flat) === "fits" ? [flat] : unionMemberLines(layoutLine, `${pad}  `, members, "");
    return inner && [opening, ...inner, `${pad})[];`];
  };
}

/**
 * `key?: "a" | "b";` and `export type X = A | B;` -> the union on the next line, or one `| member`
 * per line when it does not fit there. A type alias of one name or literal goes on the next line too.
 */
function unionRule(layoutLine: LayoutLine): Rule {
  return (pad, code) => {
    const match = TYPED.exec(code);
    const members = match && splitTopLevel(match[2] as string, " | ", "type");
    const alias = match?.[1]?.startsWith("export type ") === true;
    if (!match || !members || members.length < (alias ? 1 : 2)) return NOT_THIS_SHAPE;
    const kind = unionKind(members);
    const head = `${pad}${match[1]}`;
    const flat = `${pad}  ${match[2]};`;
    if (kind === undefined || (kind === "objects" && fit(flat) === "fits") || fit(head) !== "fits") return undefined;
    if (fit(flat) === "fits") return [head, flat];
    if (members.length < 2) return undefined;
    const lines = unionMemberLines(layoutLine, `${pad}  `, members, ";");
    return lines && [head, ...lines];
  };
}
