import { describe, expect, it } from "vitest";
import type { ApiDiff } from "../../src/diff/change.js";
import { code } from "../../src/diff/code-span.js";
import { diffSpecs } from "../../src/diff/diff-specs.js";
import { renderJson } from "../../src/diff/render-json.js";
import { renderMarkdown } from "../../src/diff/render-markdown.js";
import { model, obj, op, ref, STR, type Spec } from "./helpers.js";

describe("code spans cannot be broken out of", () => {
  const cases: [string, string][] = [
    ["plain", "`plain`"],
    ["a`b", "``a`b``"],
    ["`x", "`` `x ``"],
    ["a\nb\u2028c", "`a b c`"],
    ["``", "``` `` ```"],
  ];
  it.each(cases)("%j -> %s", (given, want) => expect(code(given)).toBe(want));
});

const before: Spec = { paths: { "/a": { get: op("things_list", {}, ref("Thing")) } }, schemas: { Thing: obj({ "odd`key": STR, kind: { enum: ["x"] } }) } };
const after: Spec = {
  paths: { "/a": { get: op("things_list", {}, ref("Thing")) }, "/b": { get: op("things_other") } },
  schemas: { Thing: obj({ kind: { enum: ["x", "y`z"] } }) },
};
const diff: ApiDiff = diffSpecs(model(before), model(after));

describe("renderers", () => {
  it("JSON has the stable shape, no absent keys, and ends with a newline", () => {
    const text = renderJson(diff);
    expect(text.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(text) as ApiDiff;
    expect(Object.keys(parsed)).toEqual(["summary", "changes"]);
    expect(parsed.summary).toEqual({ breaking: 2, nonBreaking: 1 });
    for (const c of parsed.changes) expect(Object.keys(c)).toEqual(["kind", "location", "breaking", "description", ...("old" in c ? ["old"] : []), ...("new" in c ? ["new"] : [])]);
    expect(parsed.changes.map((c) => [c.kind, c.location, c.breaking, c.old, c.new])).toEqual([
      ["operation-added", "GET /b", false, undefined, "things_other"],
      ["field-removed", 'Thing."odd`key"', true, "string", undefined],
      ["enum-value-added", "Thing.kind", true, undefined, '"y`z"'],
    ]);
  });

  it("Markdown: counts, a table, sections in order, breaking marked, spec text fenced", () => {
    const text = renderMarkdown(diff, { old: "old.yaml", new: "new.yaml" });
    expect(text).toContain("- Old: `old.yaml`\n- New: `new.yaml`\n\n**2 breaking** changes, 1 non-breaking.\n");
    expect(text).toContain("| Operations | 0 | 1 |\n| Fields | 1 | 0 |\n| Enum values | 1 | 0 |\n");
    expect(text.indexOf("## Operations")).toBeLessThan(text.indexOf("## Fields"));
    expect(text.indexOf("## Fields")).toBeLessThan(text.indexOf("## Enum values"));
    expect(text).toContain("- `GET /b`: operation `things_other` added (`client.things.other`)\n");
    expect(text).toContain('- **BREAKING** ``Thing."odd`key"``: optional `string` field removed (in responses); breaking:');
    expect(text).toContain('- **BREAKING** `Thing.kind`: enum value ``"y`z"`` added (in responses); breaking: a client may receive a value its exhaustive code does not handle\n');
    expect(text).toContain("A new enum value in a response is breaking");
  });

  it("identical models: no changes, and the report says so", () => {
    const same = diffSpecs(model(before), model(before));
    expect(same).toEqual({ summary: { breaking: 0, nonBreaking: 0 }, changes: [] });
    expect(renderMarkdown(same)).toMatch(/^# API changes\n\nNo changes a client can see\.\n\n## How changes are classified/);
  });

  it("is deterministic: the same inputs give the same report", () => {
    expect(renderJson(diffSpecs(model(before), model(after)))).toBe(renderJson(diff));
  });
});
