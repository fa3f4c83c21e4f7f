import type { JSDocStructure, OptionalKind } from "ts-morph";

type Doc = string | OptionalKind<JSDocStructure>;

const PLACEHOLDER = /^( *)\/\*\* __camelgen_doc_(\d+)__ \*\/$/gm;

/**
 * JSDoc text is long in real schemas (GitHub's descriptions are most of types.ts), and ts-morph's
 * writer scans it character by character. Each doc is printed as a one-line placeholder and put
 * back afterwards, laid out as ts-morph's JSDoc printer lays it out: `/** text *\/` for one line,
 * else `/**`, ` * line` (` *` when empty) and ` *\/`, at the placeholder's indentation.
 */
export class DocSplice {
  #docs: string[] = [];

  /** A copy of the structure with every `docs` entry (at any depth) held back for a placeholder. */
  hold<T>(structure: T): T {
    if (Array.isArray(structure)) return structure.map((item: unknown) => this.hold(item)) as T;
    if (typeof structure !== "object" || structure === null) return structure;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(structure)) copy[key] = key === "docs" && Array.isArray(value) ? value.map((doc: Doc) => this.#placeholder(doc)) : this.hold(value);
    return copy as T;
  }

  /** The printed text with every placeholder line replaced by its doc. */
  restore(printed: string): string {
    return printed.replace(PLACEHOLDER, (_line, pad: string, index: string) => renderDoc(pad, this.#docs[Number(index)] as string));
  }

  #placeholder(doc: Doc): Doc {
    const text = docText(doc);
    if (text === undefined) return doc;
    this.#docs.push(text);
    return `__camelgen_doc_${this.#docs.length - 1}__`;
  }
}

/** The doc's text as ts-morph assembles it (description, then one `@tag text` line per tag); undefined for writer functions. */
export function docText(doc: Doc): string | undefined {
  if (typeof doc === "string") return doc;
  if (typeof doc.description === "function" || doc.tags?.some((tag) => typeof tag.text === "function")) return undefined;
  const description = (doc.description as string | undefined) ?? "";
  const tags = (doc.tags ?? []).map((tag) => {
    const text = (tag.text as string | undefined) ?? "";
    return `@${tag.tagName}${text.length > 0 && !/^\r?\n/.test(text) ? " " : ""}${text}`;
  });
  if (tags.length === 0) return description;
  return `${description}${description.length > 0 ? "\n" : ""}${tags.join("\n")}`;
}

function renderDoc(pad: string, text: string): string {
  return docLines(text)
    .map((line) => pad + line)
    .join("\n");
}

/** A doc's lines, unindented, as ts-morph's JSDoc printer writes them. */
export function docLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length <= 1) {
    const body = ` ${lines[0] ?? ""}`;
    return [`/**${body}${body.endsWith(" ") ? "" : " "}*/`];
  }
  const shown = lines[0] === "" ? lines.slice(1) : lines;
  return ["/**", ...shown.map((line) => ` *${line.length > 0 ? ` ${line}` : ""}`), " */"];
}
