import { createRequire } from "node:module";
import { asciiJsonText } from "./ascii-json.js";
import { LoadError } from "./load-error.js";
import { lineIndex } from "./text-position.js";

/** YAML alias expansion is bounded so a "billion laughs" document fails fast. */
const MAX_ALIAS_COUNT = 10_000;

/**
 * The deepest nesting accepted. Published OpenAPI documents nest at most about 35 levels (the
 * APIs.guru collection); thousands of levels overflow the stack of every recursive step after
 * parsing, with no location in the error.
 */
export const MAX_DEPTH = 64;

/**
 * Parses YAML or JSON text into plain JSON values; errors name the source, line and column, or
 * the JSON pointer. Duplicate keys, YAML-only values (.inf, .nan, binary) and excessive nesting
 * are errors rather than silent changes.
 */
export function parseText(text: string, source: string): unknown {
  return parseDocumentText(text, source).value;
}

/** `parseText`, telling whether the text was JSON (whose `JSON.parse` is then exactly `value`). */
export function parseDocumentText(text: string, source: string): { value: unknown; json: boolean } {
  const json = text.trimStart().startsWith("{") ? parseJson(text, source) : undefined;
  // A `.json` file is held to JSON: YAML would take its trailing commas and single quotes without a word.
  if (json === undefined && /\.json$/i.test(source)) throw invalidJson(text, source);
  if (json) {
    // JSON holds only JSON values and shares no nodes: only a deep one needs the walk (for its pointer).
    if (json.depth > MAX_DEPTH + 1) checkTree(json.value, source);
    return { value: json.value, json: true };
  }
  const value = parseYaml(text, source);
  checkTree(value, source);
  return { value, json: false };
}

/**
 * `parseDocumentText` of valid UTF-8 bytes (without a byte order mark), whose text `text` gives
 * only when it is needed: JSON that parses cleanly is parsed from its ASCII form (ascii-json.ts),
 * everything else (YAML, and JSON with a problem to locate) from the text.
 */
export function parseDocumentBytes(bytes: Uint8Array, text: () => string, source: string): { value: unknown; json: boolean } {
  const ascii = asciiJsonText(bytes);
  const json = ascii === undefined ? undefined : cleanJson(ascii);
  return json !== undefined ? { value: json, json: true } : parseDocumentText(text(), source);
}

/** JSON.parse's complaint, at the line and column it names. */
function invalidJson(text: string, source: string): LoadError {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message.replace(/ in JSON at position \d+.*$/s, "");
    const offset = /at position (\d+)/.exec((error as Error).message)?.[1];
    return new LoadError(source, `invalid JSON: ${message}`, offset === undefined ? undefined : lineIndex(text)(Number(offset)));
  }
  return new LoadError(source, "invalid JSON");
}

/** The value of JSON text with no duplicate key and no excessive nesting; undefined for any other text. */
function cleanJson(text: string): unknown {
  const parsed = parseCounted(text);
  return parsed?.clean === true ? parsed.value : undefined;
}

/** Undefined when the text is not strict JSON (YAML, a superset, then gives a located error). */
function parseJson(text: string, source: string): { value: unknown; depth: number } | undefined {
  const parsed = parseCounted(text);
  if (parsed === undefined || parsed.clean) return parsed;
  const scan = scanJson(text);
  if (scan.duplicate) throw new LoadError(source, `duplicate key ${JSON.stringify(scan.duplicate.key)}`, lineIndex(text)(scan.duplicate.offset));
  return { value: parsed.value, depth: scan.depth };
}

/**
 * JSON.parse's value, and whether it is clean: JSON.parse keeps the last of two equal keys without
 * a word, dropping the first one's content, so the value then holds fewer keys than the text
 * spells. Counting both is cheap; only a document that differs (or that is too deep to count
 * recursively) is not clean, and is scanned for where.
 */
function parseCounted(text: string): { value: unknown; depth: number; clean: boolean } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  const counted = countKeys(text);
  return { value, depth: counted.depth, clean: counted.depth <= MAX_DEPTH + 1 && counted.keys === keysIn(value) };
}

/** In valid JSON text: how many keys its objects spell, and the deepest nesting. */
function countKeys(text: string): { keys: number; depth: number } {
  // Per open container, whether it is an object.
  const objects: boolean[] = [];
  let keys = 0;
  let depth = 0;
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      if (keyNext) keys++;
      keyNext = false;
      i = stringEnd(text, i);
    } else if (c === 0x7b || c === 0x5b) {
      objects.push(c === 0x7b);
      depth = Math.max(depth, objects.length);
      keyNext = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      objects.pop();
    } else if (c === 0x2c) {
      keyNext = objects[objects.length - 1] === true;
    }
  }
  return { keys, depth };
}

/** How many keys the objects of a parsed JSON value hold (recursive: for a value no deeper than MAX_DEPTH + 1). */
function keysIn(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let keys = 0;
  if (Array.isArray(value)) {
    for (const item of value) keys += keysIn(item);
    return keys;
  }
  // for-in, not Object.keys: no array per object (a parsed JSON value has no inherited keys).
  for (const key in value) keys += 1 + keysIn((value as Record<string, unknown>)[key]);
  return keys;
}

function parseYaml(text: string, source: string): unknown {
  try {
    // YAML 1.2 has no merge keys; without `merge`, `<<: *base` would become a literal "<<" key.
    // Only JSON types may be tagged (OpenAPI 3): `!!binary` or `!!js/function` is an error, not a string.
    // Required only here: most large documents are JSON, and loading the YAML parser is start-up time.
    const { parseDocument } = createRequire(import.meta.url)("yaml") as typeof import("yaml");
    const document = parseDocument(text, { uniqueKeys: true, merge: true, resolveKnownTags: false });
    const error = [...document.errors, ...document.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED")][0];
    if (error) {
      const pos = error.linePos?.[0];
      const message = error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? "";
      const cause = message.includes("call stack") ? `nested deeper than the YAML parser can follow (${MAX_DEPTH} levels are allowed)` : message;
      throw new LoadError(source, `invalid YAML: ${cause}`, pos ? { line: pos.line, column: pos.col } : undefined);
    }
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (cause) {
    if (cause instanceof LoadError) throw cause;
    if (cause instanceof RangeError) throw new LoadError(source, `nested deeper than the parser can follow (${cause.message})`);
    throw new LoadError(source, `invalid YAML: ${(cause as Error).message}`);
  }
}

/** In valid JSON text: the first key that repeats within one object, and the deepest nesting. */
function scanJson(text: string): { duplicate?: { key: string; offset: number }; depth: number } {
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let depth = 0;
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      const keys = open[open.length - 1];
      if (keyNext && keys) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes("\\") ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        if (keys.has(key)) return { duplicate: { key, offset: i }, depth };
        keys.add(key);
      }
      keyNext = false;
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      open.push(c === 0x7b ? new Set() : null);
      depth = Math.max(depth, open.length);
      keyNext = c === 0x7b;
    } else if (c === 0x7d || c === 0x5d) {
      open.pop();
    } else if (c === 0x2c) {
      keyNext = open[open.length - 1] !== null;
    }
  }
  return { depth };
}

/** Index of the quote closing the string that opens at `start`. */
function stringEnd(text: string, start: number): number {
  for (let quote = text.indexOf('"', start + 1); ; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
}

/** A node still to check, with the way to it (a linked list, so the pointer is built only on error). */
interface Visit {
  value: unknown;
  depth: number;
  parent: Visit | undefined;
  key: string;
}

/** Depth and JSON-compatibility of every value, iteratively (the tree may be as deep as the input). */
function checkTree(root: unknown, source: string): void {
  const stack: Visit[] = [{ value: root, depth: 0, parent: undefined, key: "" }];
  // Aliases share nodes: a node seen at this depth or deeper needs no second walk.
  const seen = new Map<object, number>();
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, depth } = visit;
    const problem = nonJson(value);
    if (problem) throw new LoadError(source, `${problem} has no JSON equivalent (at ${pointer(visit)})`);
    if (typeof value !== "object" || value === null) continue;
    if (depth > MAX_DEPTH) throw new LoadError(source, `nested deeper than ${MAX_DEPTH} levels at ${pointer(visit)}`);
    if ((seen.get(value) ?? -1) >= depth) continue;
    seen.set(value, depth);
    // Pushed last to first, so the first problem in document order is the one reported.
    for (const [key, child] of Object.entries(value).reverse()) stack.push({ value: child, depth: depth + 1, parent: visit, key });
  }
}

function nonJson(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
    case "boolean":
      return undefined;
    case "number":
      if (Number.isFinite(value)) return undefined;
      return Number.isNaN(value) ? ".nan" : value > 0 ? ".inf" : "-.inf";
    case "object": {
      if (value === null || Array.isArray(value)) return undefined;
      const prototype = Object.getPrototypeOf(value) as unknown;
      return prototype === Object.prototype || prototype === null ? undefined : `a ${value.constructor.name} value`;
    }
    default:
      return `a ${typeof value} value`;
  }
}

function pointer(visit: Visit): string {
  const tokens: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) tokens.push(at.key.replace(/~/g, "~0").replace(/\//g, "~1"));
  return `#${tokens.reverse().map((t) => `/${t}`).join("")}`;
}
