import type { JSDocStructure, OptionalKind } from "ts-morph";

export type Doc = string | OptionalKind<JSDocStructure>;

/**
 * A JSDoc's text: its description, then one `@tag text` line per tag (a tag's text that starts
 * on a new line follows the tag name without a blank).
 */
export function docText(doc: Doc): string {
  if (typeof doc === "string") return doc;
  if (typeof doc.description === "function" || doc.tags?.some((tag) => typeof tag.text === "function")) throw new Error("camelgen's printer prints no JSDoc written by a function");
  const description = (doc.description as string | undefined) ?? "";
  const tags = (doc.tags ?? []).map((tag) => {
    const text = (tag.text as string | undefined) ?? "";
    return `@${tag.tagName}${text.length > 0 && !text.startsWith("\n") ? " " : ""}${text}`;
  });
  if (tags.length === 0) return description;
  return `${description}${description.length > 0 ? "\n" : ""}${tags.join("\n")}`;
}

/**
 * A JSDoc comment's lines, unindented: `/** text *\/` for one line of text; otherwise `/**`, then
 * ` * line` per line (` *` for an empty one; an empty first line is left out), then ` *\/`. Text
 * that would end the comment early is a programming error: jsDocText (escape.ts) escapes it.
 */
export function docLines(text: string): string[] {
  if (text.includes("*/")) throw new Error(`a JSDoc text that ends its comment early: ${JSON.stringify(text.slice(0, 80))}`);
  const lines = text.split("\n");
  if (lines.length === 1) return [`/** ${text}${text === "" || text.endsWith(" ") ? "" : " "}*/`];
  const shown = lines[0] === "" ? lines.slice(1) : lines;
  return ["/**", ...shown.map((line) => (line.length > 0 ? ` * ${line}` : " *")), " */"];
}
