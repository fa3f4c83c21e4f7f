import { describe, expect, it } from "vitest";
import { asciiJsonText } from "../../src/load/ascii-json.js";
import { parseDocumentBytes, parseText } from "../../src/load/parse-document.js";

const bytes = (text: string) => Buffer.from(text, "utf8");

describe("asciiJsonText (given -> want)", () => {
  it.each([
    ["ASCII JSON as it is", '{"a": [1, "b"]}', '{"a": [1, "b"]}'],
    ["after JSON's blanks", ' \r\n\t{"a": 1}', ' \r\n\t{"a": 1}'],
    ["a character of two bytes", '{"t": "Café"}', '{"t": "Caf\\u00e9"}'],
    ["neighbours of three bytes, and one outside the BMP as its surrogate pair", '{"t": "☕☕ 𝄞"}', '{"t": "\\u2615\\u2615 \\ud834\\udd1e"}'],
    ["a line separator, which JSON allows raw", '{"t": "a\u2028b"}', '{"t": "a\\u2028b"}'],
    ["a key outside ASCII", '{"ключ": 1}', '{"\\u043a\\u043b\\u044e\\u0447": 1}'],
  ])("%s", (_name, given, want) => {
    expect(asciiJsonText(bytes(given))).toBe(want);
  });

  it.each([["YAML", "openapi: 3.0.3"], ["an array", "[1]"], ["a byte order mark first", "\ufeff{}"], ["a blank JSON does not allow", "\u00a0{}"]])(
    "nothing for %s",
    (_name, given) => {
      expect(asciiJsonText(bytes(given))).toBeUndefined();
    },
  );

  it("parses to what the decoded text parses to, characters across the chunks it is checked in included", () => {
    const values = Array.from({ length: 3000 }, (_, i) => `${"x".repeat(i % 7)}é☕𝄞${i}`);
    const text = JSON.stringify({ values, "ключ": "ß" });
    const ascii = asciiJsonText(bytes(text)) as string;
    expect(/^[\x00-\x7f]*$/.test(ascii)).toBe(true);
    expect(JSON.parse(ascii)).toEqual(JSON.parse(text));
  });
});

describe("parseDocumentBytes", () => {
  const parse = (text: string) => parseDocumentBytes(bytes(text), () => text, "spec.json").value;
  const outcome = (run: () => unknown) => {
    try {
      return JSON.stringify(run());
    } catch (error) {
      return (error as Error).message;
    }
  };

  it("reads JSON without asking for the text, and YAML from the text", () => {
    const asked: string[] = [];
    const json = '{"title": "Café"}';
    expect(parseDocumentBytes(bytes(json), () => (asked.push("json"), json), "spec.json")).toEqual({ value: { title: "Café" }, json: true });
    const yaml = "title: Café\n";
    expect(parseDocumentBytes(bytes(yaml), () => (asked.push("yaml"), yaml), "spec.yaml")).toEqual({ value: { title: "Café" }, json: false });
    expect(asked).toEqual(["yaml"]);
  });

  it.each([
    ["a duplicate key after a wide character on its line", '{"é": 1, "a": 1,\n "ü": 2, "ü": 3}'],
    ["JSON that is YAML", '{"a": 1, # note\n "b": 2}'],
    ["a character JSON does not allow outside a string", '{"a": 1}\u00e9'],
    ["nesting too deep", `{"a": ${"[".repeat(100)}${"]".repeat(100)}}`],
  ])("reads %s as parseText does (errors at the line and column of the text)", (_name, text) => {
    expect(outcome(() => parse(text))).toBe(outcome(() => parseText(text, "spec.json")));
  });
});
