import type { Schema } from "./ir.js";
import { DiagnosticSink, pointerTokens } from "./diagnostics.js";
import { isJsonObject, type JsonObject } from "./json.js";

/** What schema conversion needs besides the node itself. */
export interface SchemaContext {
  readonly document: JsonObject;
  readonly sink: DiagnosticSink;
  /** OpenAPI 3.1 documents use JSON Schema 2020-12 semantics (type arrays, numeric exclusive bounds). */
  readonly openapi31: boolean;
  /** Internal pointers being inlined right now, to stop on a reference cycle with no named type in it. */
  readonly inlining: ReadonlySet<string>;
  /** Schemas outside components/schemas that refer to themselves, made named types (shared by all contexts). */
  readonly recursive: RecursiveSchemas;
}

/**
 * A schema outside `components/schemas` whose own subtree refers back to it (Codat's
 * `PushOption/definitions/pushOptionProperty`) cannot be inlined; it becomes a named type
 * (`PushOptionPushOptionProperty`), keyed by its pointer.
 */
export interface RecursiveSchemas {
  names: Map<string, string>;
  /** Named types for them, each added once its schema is built. */
  entries: { key: string; pointer: string; schema: Schema }[];
}

export const COMPONENT_SCHEMA_PREFIX = "#/components/schemas/";

/** Follows an internal JSON pointer (`#/a/b`) in the document; undefined when it leads nowhere. */
export function resolvePointer(document: JsonObject, ref: string): unknown {
  let node: unknown = document;
  for (const token of refTokens(ref)) {
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isJsonObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else return undefined;
  }
  return node;
}

/** The component key of `#/components/schemas/<key>`, or undefined for any other pointer. */
export function componentSchemaKey(ref: string): string | undefined {
  if (!ref.startsWith(COMPONENT_SCHEMA_PREFIX)) return undefined;
  const tokens = refTokens(ref);
  return tokens.length === 3 ? tokens[2] : undefined;
}

/**
 * The tokens of a `$ref` fragment: a URI fragment, so percent-encoded (`%7Bid%7D` for `{id}`,
 * RFC 6901 §6) before the JSON pointer's own `~1`/`~0` escapes.
 */
export function refTokens(ref: string): readonly string[] {
  const known = tokensByRef.get(ref);
  if (known !== undefined) return known;
  let decoded = ref;
  try {
    decoded = decodeURIComponent(ref);
  } catch {
    // A stray `%` that is no escape stands for itself.
  }
  // A document spells a few thousand distinct references tens of thousands of times (GitHub's schema).
  if (tokensByRef.size >= MAX_CACHED_REFS) tokensByRef.clear();
  const tokens = Object.freeze(pointerTokens(decoded));
  tokensByRef.set(ref, tokens);
  return tokens;
}

const MAX_CACHED_REFS = 100_000;
const tokensByRef = new Map<string, readonly string[]>();
