import type { NamedType, Property, Schema } from "../model/ir.js";
import { mapChildren, someChild } from "../model/schema-walk.js";

type ObjectSchema = Extract<Schema, { kind: "object" }>;

/** Inline objects smaller than this many schema nodes stay inline even when repeated. */
const MIN_SHARED_SIZE = 6;

/**
 * Inline object schemas that occur more than once across the named types, structurally equal
 * (docs aside). Real schemas repeat large inline objects (GitHub's webhook payloads carry the same
 * pull request object dozens of times); their checks are emitted once, as module-level helpers,
 * so guards.ts grows with the distinct shapes rather than with every copy.
 */
export class SharedShapes {
  // Maps, not WeakMaps: they live only while one guards.ts is built, and are faster.
  private readonly keys = new Map<Schema, string>();
  private readonly sizes = new Map<Schema, number>();
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
    const text = schema.kind === "object" ? this.objectText(schema) : JSON.stringify(mapChildren(schema, (child) => ({ kind: "ref", name: this.key(child) })));
    let key = this.interned.get(text);
    if (key === undefined) {
      key = `#${this.interned.size}`;
      this.interned.set(text, key);
    }
    this.keys.set(schema, key);
    return key;
  }

  /**
   * An object's own fields in their order, its children as their keys, its properties without
   * docs: one flat array stringified once, rather than JSON of a copy of every property (GitHub
   * has 40,000; the copies were the largest part of building the keys).
   */
  private objectText(schema: ObjectSchema): string {
    const parts: unknown[] = [];
    for (const field in schema) {
      const value = schema[field as keyof ObjectSchema];
      if (value === undefined) continue;
      parts.push(field);
      if (field === "properties") parts.push(this.propertiesParts(schema.properties));
      else if (field === "patternProperties") parts.push((schema.patternProperties ?? []).flatMap((p) => [p.pattern, this.key(p.schema)]));
      else if (field === "propertyNames" && schema.propertyNames !== undefined) parts.push(this.key(schema.propertyNames));
      else if (field === "additional" && typeof schema.additional === "object") parts.push(this.key(schema.additional.schema));
      else parts.push(value);
    }
    return JSON.stringify(parts);
  }

  /** Every property is built with the same fields in the same order (ir.ts' Property), docs aside. */
  private propertiesParts(properties: readonly Property[]): (string | number)[] {
    const parts: (string | number)[] = [];
    for (const p of properties) parts.push(p.wireName, (p.required ? 1 : 0) + (p.readOnly ? 2 : 0) + (p.writeOnly ? 4 : 0), this.key(p.schema));
    return parts;
  }

  private size(schema: Schema): number {
    const known = this.sizes.get(schema);
    if (known !== undefined) return known;
    let size = 1;
    someChild(schema, (child) => {
      size += this.size(child);
      return false;
    });
    this.sizes.set(schema, size);
    return size;
  }

  private count(schema: Schema): void {
    if (schema.kind === "object" && this.size(schema) >= MIN_SHARED_SIZE) {
      const key = this.key(schema);
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    }
    someChild(schema, (child) => {
      this.count(child);
      return false;
    });
  }
}
