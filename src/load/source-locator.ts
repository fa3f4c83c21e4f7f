import { createRequire } from "node:module";
import type { Node as JsonNode } from "jsonc-parser";
import type { Document, Node as YamlNode } from "yaml";
import { pointerTokens } from "../model/diagnostics.js";
import { lineIndex, type SourceLocation } from "./text-position.js";

/**
 * Where a JSON pointer into the document (`#/paths/~1pets/get`) starts in its text, when the text
 * holds it; with the pointer as the text has it where that differs (a Swagger 2.0 document's).
 */
export type Locate = (pointer: string) => (SourceLocation & { pointer?: string }) | undefined;

type Find = (tokens: string[]) => number | undefined;

/**
 * A locator over the input's own text: the key of an object member, or the start of an array
 * item; nothing for the root. The text is parsed again on the first question only (a run without
 * diagnostics never pays for it), by parsers that keep positions: jsonc-parser's tree for JSON,
 * yaml's document for YAML.
 */
export function sourceLocator(text: () => string, json: boolean): Locate {
  let find: Find | undefined;
  let position: ((offset: number) => SourceLocation) | undefined;
  return (pointer) => {
    if (!pointer.startsWith("#/")) return undefined;
    find ??= json ? jsonFinder(text()) : yamlFinder(text());
    const offset = find(pointerTokens(pointer));
    if (offset === undefined) return undefined;
    position ??= lineIndex(text());
    return position(offset);
  };
}

const INDEX = /^(0|[1-9]\d*)$/;

/** Follows the tokens from `root` by `child`, which gives a member and where it starts; the last one's start. */
function finder<N>(root: N, child: (node: N, token: string) => [N, number] | undefined): Find {
  return (tokens) => {
    let node = root;
    let start: number | undefined;
    for (const token of tokens) {
      const member = child(node, token);
      if (member === undefined) return undefined;
      [node, start] = member;
    }
    return start;
  };
}

function jsonFinder(text: string): Find {
  const { parseTree } = createRequire(import.meta.url)("jsonc-parser") as typeof import("jsonc-parser");
  return finder(parseTree(text, [], { disallowComments: true }), jsonChild);
}

/** An object's member by key (loading refused repeated keys), or an array's item by index. */
function jsonChild(node: JsonNode | undefined, token: string): [JsonNode | undefined, number] | undefined {
  if (node?.type === "array") {
    const item = INDEX.test(token) ? node.children?.[Number(token)] : undefined;
    return item === undefined ? undefined : [item, item.offset];
  }
  if (node?.type !== "object") return undefined;
  const property = node.children?.find((candidate) => candidate.children?.[0]?.value === token);
  return property === undefined ? undefined : [property.children?.[1], property.offset];
}

type Yaml = typeof import("yaml");

function yamlFinder(text: string): Find {
  const yaml = createRequire(import.meta.url)("yaml") as Yaml;
  const document = yaml.parseDocument(text, { merge: true, resolveKnownTags: false });
  return finder<unknown>(document.contents, (node, token) => yamlChild(yaml, document, node, token));
}

/** A mapping's value by key (through merge keys, as loading reads them), or a sequence's item by index; aliases resolved. */
function yamlChild(yaml: Yaml, document: Document, value: unknown, token: string): [unknown, number] | undefined {
  const node = yaml.isAlias(value) ? value.resolve(document) : value;
  if (yaml.isSeq(node)) {
    const item = INDEX.test(token) ? node.items[Number(token)] : undefined;
    const start = (item as YamlNode | undefined)?.range?.[0];
    return start === undefined ? undefined : [item, start];
  }
  if (!yaml.isMap(node)) return undefined;
  const pair = node.items.find((candidate) => yaml.isScalar(candidate.key) && String(candidate.key.value) === token);
  const start = (pair?.key as YamlNode | undefined)?.range?.[0];
  if (pair !== undefined && start !== undefined) return [pair.value, start];
  // A merge key's value is a symbol (a quoted "<<" is an ordinary key).
  for (const merge of node.items.filter((candidate) => yaml.isScalar(candidate.key) && typeof candidate.key.value === "symbol")) {
    for (const base of yaml.isSeq(merge.value) ? merge.value.items : [merge.value]) {
      const found = yamlChild(yaml, document, base, token);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
