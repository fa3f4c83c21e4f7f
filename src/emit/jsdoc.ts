import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { Doc } from "../model/ir.js";
import { jsDocText } from "./escape.js";

export interface DocTag {
  tagName: string;
  text?: string;
}

/**
 * JSDoc from summary/title and description, `@deprecated` where marked, the extra tags, then
 * `@default` where declared; none when empty. Every text goes through the JSDoc escaper.
 */
export function jsDocs(doc: Doc, extraTags: DocTag[] = []): OptionalKind<JSDocStructure>[] {
  const parts = [doc.summary ?? doc.title, doc.description].filter((p): p is string => p !== undefined && p !== "");
  const unique = parts.filter((p, i) => parts.indexOf(p) === i).map(jsDocText).filter((p) => p !== "");
  const fallback = doc.default === undefined ? [] : [{ tagName: "default", text: doc.default }];
  const tags = [...(doc.deprecated ? [{ tagName: "deprecated" }] : []), ...extraTags, ...fallback].map((t) =>
    t.text === undefined ? { tagName: t.tagName } : { tagName: t.tagName, text: jsDocText(t.text) },
  );
  if (unique.length === 0 && tags.length === 0) return [];
  return [{ description: unique.join("\n\n"), tags }];
}

/**
 * A type's or property's JSDoc on one line (`/** Port @minimum 1 @default 8443 *\/`) when its text
 * and tags are one line each: TypeScript starts a tag at every `@` after a blank outside a code
 * span, so it reads the same tags, in fewer bytes.
 */
export function oneLineDocs(docs: OptionalKind<JSDocStructure>[]): (string | OptionalKind<JSDocStructure>)[] {
  return docs.map((doc) => {
    const description = typeof doc.description === "string" ? doc.description : undefined;
    const texts = (doc.tags ?? []).map((tag) => tag.text);
    if (description === undefined || description.includes("\n") || texts.some((t) => typeof t === "function" || t?.includes("\n"))) return doc;
    const tags = (doc.tags ?? []).map((tag) => `@${tag.tagName}${typeof tag.text === "string" && tag.text !== "" ? ` ${tag.text}` : ""}`);
    const line = [description, ...tags].filter((part) => part !== "").join(" ");
    // An open code span would hold the tags after it as text; a new line closes it.
    return (line.match(/`/g) ?? []).length % 2 === 0 ? line : doc;
  });
}
