import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import type { GeneratedFile } from "../../src/emit/generated-file.js";
import { classMethods, interfaceMembers, parseSource, readDoc, syntaxErrors } from "../helpers/jsdoc-reader.js";
import { codeSpanText, plainText, tables } from "../helpers/markdown.js";
import { REPO } from "../helpers/run-cli.js";

/** fixtures/cases/docs.yaml's hostile texts, as YAML reads them. */
const SUMMARY = "Get | a `widget` <img src=x onerror=alert(1)> */ @deprecated &lt; $x$ ~~s~~ [l](http://e.test)";
const POKE_FIRST_PARAGRAPH = "No summary: first paragraph | `only`";

let files: GeneratedFile[];
const file = (path: string) => {
  const found = files.find((f) => f.path === path);
  if (!found) throw new Error(`${path} was not generated`);
  return found.contents;
};

beforeAll(async () => {
  files = (await generate({ input: join(REPO, "fixtures/cases/docs.yaml") })).files;
});

describe("JSDoc from hostile descriptions", () => {
  it("parses without syntax errors in every TypeScript file", () => {
    for (const f of files.filter((f) => f.path.endsWith(".ts"))) expect(syntaxErrors(parseSource(f.path, f.contents)), f.path).toEqual([]);
  });

  it("gives a method exactly its own tags: text that looks like a tag stays text", () => {
    const method = classMethods(parseSource("widgets.ts", file("resources/widgets.ts"))).get("WidgetsResource")?.get("retrieve");
    expect(method).toBeDefined();
    const doc = readDoc(method as NonNullable<typeof method>);
    expect(doc.tags.map((t) => [t.tag, t.name])).toEqual([
      ["param", "widgetId"],
      ["param", "params"],
      ["see", undefined],
    ]);
    expect(doc.comment).toContain("Get | a `widget` <img src=x onerror=alert(1)>");
    expect(doc.comment).toMatch(/Line one\nLine two\nthree \*\\\/ and\n\\@param fake injected$/);
    const [widgetId, params, see] = doc.tags;
    expect(widgetId?.text).toBe("The widget's id *\\/ <b>bold</b> | pipe `tick`\n\\@returns nothing (format uuid, maxLength 36)");
    expect(params?.text).toBe("query `color`, `filter[name]`, `limit`; header `X-Trace` (each described on {@link WidgetsRetrieveParams})");
    expect(see?.text).toBe("GET /widgets/{widget_id}");
  });

  it("shows the constraints the guards enforce as tags of each property", () => {
    const types = parseSource("types.ts", file("types.ts"));
    const tagsOf = (type: string, name: string) => {
      const member = interfaceMembers(types, type).get(name);
      expect(member, `${type}.${name}`).toBeDefined();
      return readDoc(member as NonNullable<typeof member>);
    };
    expect(tagsOf("Widget", "id").tags.map((t) => [t.tag, t.text])).toEqual([["format", "uuid"], ["maxLength", "36"]]);
    expect(tagsOf("Widget", "id").comment).toBe("Id *\\/ \\@internal | `x`");
    const email = tagsOf("Widget", "email");
    expect(email.comment).toBe("Contact \\@octocat address");
    expect(email.tags.map((t) => [t.tag, t.text])).toEqual([["format", "email"], ["maxLength", "255"]]);
    expect(tagsOf("Widget", "color").tags.map((t) => [t.tag, t.text])).toEqual([["values", '"red" | "gr|een" | "bl`ue"']]);
    expect(tagsOf("Widget", "name").tags.map((t) => [t.tag, t.text])).toEqual([["pattern", "^[a-z]+\\*\\/$"], ["default", '"a*\\/b"']]);
    expect(tagsOf("Widget", "count").tags.map((t) => [t.tag, t.text])).toEqual([["minimum", "0"], ["maximum", "10"]]);
    expect(tagsOf("Widget", "count").comment).toBe("Count, see {\\@link Unclosed");
    expect(tagsOf("Widget", "tags").tags.map((t) => [t.tag, t.text])).toEqual([["minItems", "1"], ["maxItems", "5"], ["uniqueItems", "true"]]);
    const color = tagsOf("WidgetsRetrieveParams", "color");
    expect(color.comment).toBe("Colour | filter *\\/ `x` <script>");
    expect(color.tags.map((t) => [t.tag, t.text])).toEqual([["values", '"red" | "gr|een" | "bl`ue"']]);
    expect(tagsOf("WidgetsRetrieveParams", "limit").tags.map((t) => [t.tag, t.text])).toEqual([["minimum", "1"], ["maximum", "100"], ["default", "20"]]);
    expect(tagsOf("WidgetsRetrieveParams", "filter[name]").tags.map((t) => [t.tag, t.text])).toEqual([["minLength", "2"]]);
  });

  it("writes no line or paragraph separator, bidi control or NUL into any file", () => {
    for (const f of files) expect(/[\u0000\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(f.contents), f.path).toBe(false);
  });
});

describe("api.md from hostile descriptions", () => {
  it("keeps every table row at the header's cell count, with the schema's text in its cells", () => {
    const found = tables(file("api.md"));
    expect(found.map((t) => t.header)).toEqual([["method", "returns", "function", "route", "summary"]]);
    const rows = found[0]?.rows ?? [];
    expect(rows.map((r) => r.length)).toEqual([5, 5]);
    const [retrieve, poke] = rows as [string[], string[]];
    expect(retrieve.slice(0, 4).map(codeSpanText)).toEqual([
      "retrieve(widgetId: string, params?: WidgetsRetrieveParams, options?: RequestOptions)",
      "Widget",
      "widgetsRetrieve",
      "GET /widgets/{widget_id}",
    ]);
    expect(plainText(retrieve[4] as string)).toEqual({ text: SUMMARY, html: [], syntax: [] });
    expect(poke.slice(0, 4).map(codeSpanText)).toEqual(["poke(id: number, body?: WidgetsPokeCreateBody, options?: RequestOptions)", "void", "widgetsPoke", "POST /widgets/{id}/`tick`|pipe"]);
    expect(plainText(poke[4] as string)).toEqual({ text: POKE_FIRST_PARAGRAPH, html: [], syntax: [] });
  });

  it("escapes the title in its heading, and holds no HTML but its header comment", () => {
    const lines = file("api.md").split("\n");
    expect(lines[0]).toMatch(/^<!-- Generated by camelgen \S+\. Do not edit\. -->$/);
    const heading = lines.find((l) => l.startsWith("# ")) ?? "";
    expect(plainText(heading.slice(2))).toEqual({ text: "Docs | `API` <script>alert(1)</script> 1", html: [], syntax: [] });
    for (const line of lines.slice(1)) expect(plainText(line).html, line).toEqual([]);
  });
});
