import ts from "typescript";
import { describe, expect, it } from "vitest";
import { findLeaks, RAW_INVISIBLE } from "./token-scan.js";

const M = "__camelgenCanary";
const kinds = (code: string) => findLeaks("x.ts", code, M).map((l) => l.kind);

describe("the token scan used on hostile output", () => {
  it("accepts the marker inside strings, template-free literals, regular expressions and comments", () => {
    const inert = [
      `const a = "${M}"; const b = '${M}';`,
      "const c = `" + M + "`;",
      `/** ${M} *\\/ still a comment */ export type T = string;`,
      `// ${M}\nconst d = 1 / 2 / 3;`,
      `const r = /${M}\\/x/u.test("") ? 1 : 0;`,
      "const t = `a${1}b${2}c`; const e = 4 / 2;",
      `const globalThis___camelgenCanary_dq = value["x"];`,
    ];
    for (const code of inert) expect(kinds(code), code).toEqual([]);
  });

  it("finds the marker once a comment or a string is closed early", () => {
    expect(kinds(`/** a */ globalThis.${M} = 1; /* b */`)).toEqual([ts.SyntaxKind.Identifier]);
    expect(kinds(`const a = "x" + (globalThis.${M} = 1) + "y";`)).toEqual([ts.SyntaxKind.Identifier]);
    expect(kinds(`// comment\u2028globalThis.${M} = 1;`)).toEqual([ts.SyntaxKind.Identifier]);
  });

  it("finds the marker in template literal parts and in their substitutions", () => {
    expect(kinds("const t = `${globalThis." + M + "}`;")).toEqual([ts.SyntaxKind.Identifier]);
    expect(kinds("const t = `" + M + "${1}`;")).toEqual([ts.SyntaxKind.TemplateHead]);
    expect(kinds("const t = `${1}" + M + "`;")).toEqual([ts.SyntaxKind.TemplateTail]);
    expect(kinds("const t = `${{ a: 1 }.a}" + M + "${2}x`;")).toEqual([ts.SyntaxKind.TemplateMiddle]);
  });

  it("flags raw line separators, bidi controls and NUL", () => {
    for (const c of ["\u2028", "\u2029", "\u202e", "\u2066", "\u0000"]) expect(RAW_INVISIBLE.test(`a${c}b`)).toBe(true);
    expect(RAW_INVISIBLE.test('"\\u2028 \\u202e ünï"')).toBe(false);
  });
});
