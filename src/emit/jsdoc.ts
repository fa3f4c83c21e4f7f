import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { Doc } from "../model/ir.js";
import { jsDocText } from "./escape.js";

/** JSDoc from summary/title and description, `@deprecated` where marked; none when empty. */
export function jsDocs(doc: Doc, extraTags: { tagName: string; text?: string }[] = []): OptionalKind<JSDocStructure>[] {
  const parts = [doc.summary ?? doc.title, doc.description].filter((p): p is string => p !== undefined && p !== "");
  const unique = parts.filter((p, i) => parts.indexOf(p) === i).map(jsDocText).filter((p) => p !== "");
  const tags = [...(doc.deprecated ? [{ tagName: "deprecated" }] : []), ...extraTags].map((t) =>
    t.text === undefined ? { tagName: t.tagName } : { tagName: t.tagName, text: jsDocText(t.text) },
  );
  if (unique.length === 0 && tags.length === 0) return [];
  return [{ description: unique.join("\n\n"), tags }];
}
