import { describe, expect, it } from "vitest";
import { jsDocCode, jsDocText, markdownCode, markdownText } from "../../src/emit/escape.js";

describe("jsDocText", () => {
  it.each([
    ["ends */ here", "ends *\\/ here"],
    ["`release/*/*` and `monalisa/*`", "`release/*\\/*` and `monalisa/*`"],
    ["mail @octocat or a@b.c", "mail \\@octocat or a@b.c"],
    ["@param x\n  @returns y", "\\@param x\n  \\@returns y"],
    ["a @ b", "a @ b"],
    ["{@link Foo}", "{@link Foo}"],
    ["see {@link Foo and no close", "see {\\@link Foo and no close"],
    ["one\u2028two\u2029three", "one\ntwo\nthree"],
  ])("%j -> %j", (given, want) => expect(jsDocText(given)).toBe(want));
});

describe("jsDocCode", () => {
  it.each([
    ["page_size", "`page_size`"],
    ["a`b", "``a`b``"],
    ["`x", "`` `x ``"],
    ["a\nb", "`a b`"],
  ])("%j -> %j", (given, want) => expect(jsDocCode(given)).toBe(want));
});

describe("markdownText", () => {
  it.each([
    ["a | b", "a \\| b"],
    ["<script>x</script>", "\\<script\\>x\\</script\\>"],
    ["`code` *em* _u_ [l](u) &lt; $m$ ~~s~~ # h", "\\`code\\` \\*em\\* \\_u\\_ \\[l\\](u) \\&lt; \\$m\\$ \\~\\~s\\~\\~ \\# h"],
    ["back\\slash", "back\\\\slash"],
    ["line\nbreak\u2028and\r\nmore", "line break and more"],
    ["\u202eRTL", "\\u202eRTL"],
  ])("%j -> %j", (given, want) => expect(markdownText(given)).toBe(want));
});

describe("markdownCode", () => {
  it.each([
    ["A | B", true, "`A \\| B`"],
    ["A | B", false, "`A | B`"],
    ["x`y``z", true, "```x`y``z```"],
    ["`edge`", false, "`` `edge` ``"],
    ["new\nline", false, "`new line`"],
  ])("%j (table %s) -> %j", (given, inTable, want) => expect(markdownCode(given, inTable)).toBe(want));
});
