import type { NamedType, Schema } from "../model/ir.js";
import { children, mapChildren } from "../model/schema-walk.js";

/** Inline objects smaller than this many schema nodes stay inline even when repeated. */
const MIN_SHARED_SIZE = 6;

/**
 * Inline object schemas that occur more than once across the named types, structurally equal
 * (docs aside). Real schemas repeat large inline objects (GitHub's webhook payloads carry the same
 * pull request object dozens of times); their checks are emitted once, as module-level helpers,
 * so guards.ts grows with the distinct shapes rather than with every copy.
 */
export class SharedShapes {
  private readonly keys = new WeakMap<Schema, string>();
  private readonly sizes = new WeakMap<Schema, number>();
  private readonly counts = new Map<string, number>();
  /** Interned shallow texts: a node's key is the number of its text, whose children are keys. */
  private readonly interned = new Map<string, string>();

  constructor(types: readonly NamedType[]) {
    for (const type of types) this.count(type.schema);
  }

  /** Whether the checks of this object schema go into one helper shared by all its copies. */
  isShared(schema: Schema): boolean {
    return schema.kind === "object" && this.size(schema) >= MIN_SHARED_SIZE && (this.counts.get(this.key(schema)) ?? 0) > 1;
  }

  /** Equal for structurally equal schemas; property docs do not count. */
  key(schema: Schema): string {
    const known = this.keys.get(schema);
    if (known !== undefined) return known;
    const shallow = mapChildren(schema, (child) => ({ kind: "ref", name: this.key(child) }));
    // Without a replacer function: JSON.stringify is several times faster.
    const text = JSON.stringify(shallow.kind === "object" ? { ...shallow, properties: shallow.properties.map((p) => ({ ...p, doc: undefined })) } : shallow);
    let key = this.interned.get(text);
    if (key === undefined) {
      key = `#${this.interned.size}`;
      this.interned.set(text, key);
    }
    this.keys.set(schema, key);
    return key;
  }

  private size(schema: Schema): number {
    const known = this.sizes.get(schema);
    if (known !== undefined) return known;
    const size = children(schema).reduce((sum, child) => sum + this.size(child), 1);
    this.sizes.set(schema, size);
    return size;
  }

  private count(schema: Schema): void {
    if (schema.kind === "object" && this.size(schema) >= MIN_SHARED_SIZE) {
      const key = this.key(schema);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    for (const child of children(schema)) this.count(child);
  }
}
