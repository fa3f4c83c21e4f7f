import { describe, expect, it } from "vitest";
import { parseText } from "../../src/load/parse-document.js";

function loadError(text: string): string {
  try {
    parseText(text, "spec.json");
  } catch (error) {
    return (error as Error).message;
  }
  return "parsed";
}

describe("parseText on a .json file that is not JSON", () => {
  it.each([
    ["a trailing comma", '{\n  "a": 1,\n}', "cannot load spec.json:3:1: invalid JSON: Expected double-quoted property name"],
    ["single quotes", "{'a': 1}", "cannot load spec.json:1:2: invalid JSON: Expected property name or '}'"],
    ["YAML", "openapi: 3.0.3\n", "cannot load spec.json: invalid JSON: Unexpected token 'o', \"openapi: 3.0.3\n\" is not valid JSON"],
  ])("%s is refused where it is wrong, not read as YAML", (_name, text, want) => {
    expect(loadError(text)).toBe(want);
  });

  it("the same text in a .yaml file is YAML", () => {
    expect(parseText("{'a': 1}", "spec.yaml")).toEqual({ a: 1 });
  });
});

describe("parseText on JSON: duplicate keys (given -> want)", () => {
  it.each([
    ["no duplicate", '{"a": {"b": 1}, "b": [{"a": 1}, {"a": 2}]}', "parsed"],
    ["a __proto__ key is a key like any other", '{"x-a": {"__proto__": {"a": 1}, "b": 2}}', "parsed"],
    ["the same key in sibling objects", '{"a": {"k": 1}, "b": {"k": 2}}', "parsed"],
    ["at the top", '{"a": 1,\n "a": 2}', 'cannot load spec.json:2:2: duplicate key "a"'],
    ["among integer keys (which objects order first)", '{"r": {"404": {}, "200": {}, "404": {"d": 1}}}', 'cannot load spec.json:1:30: duplicate key "404"'],
    ["in an array's object", '{"a": [1, {"b": 1, "c": {"d": 1, "d": 2}}]}', 'cannot load spec.json:1:34: duplicate key "d"'],
    ["spelled with an escape", '{"a": 1, "\\u0061": 2}', 'cannot load spec.json:1:10: duplicate key "a"'],
    ["in a value dropped by the duplicate", '{"a": {"b": 1, "b": 2}, "a": 3}', 'cannot load spec.json:1:16: duplicate key "b"'],
  ])("%s", (_name, text, want) => {
    expect(loadError(text)).toBe(want);
  });

  it("a document nested too deep to count is still checked", () => {
    const deep = `{"a": ${"[".repeat(5000)}${"]".repeat(5000)}}`;
    expect(loadError(deep)).toMatch(/^cannot load spec\.json: nested deeper than 64 levels at #\/a\/0\/0/);
  });
});
