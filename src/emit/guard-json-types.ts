import { assertNever } from "../model/directions.js";
import type { Literal, NamedType, Schema } from "../model/ir.js";

/** JSON value types as the runtime's `jsonType` names them (integers are numbers). */
export type JsonType = "null" | "boolean" | "number" | "string" | "array" | "object";

export const JSON_TYPES: readonly JsonType[] = ["null", "boolean", "number", "string", "array", "object"];

/**
 * Static facts about schemas that guards.ts needs to pick its code: which JSON types a schema
 * can accept (to say which union variant a failing value was meant for) and whether it accepts
 * `undefined` (an absent property). References are followed through the named types; a cycle
 * answers the safe "anything".
 */
export class SchemaFacts {
  private readonly typesOfRef = new Map<string, ReadonlySet<JsonType>>();
  private readonly undefinedOfRef = new Map<string, boolean>();

  constructor(private readonly types: ReadonlyMap<string, NamedType>) {}

  /** The JSON types some value of which the schema accepts (a superset is fine, never a subset). */
  jsonTypes(schema: Schema): ReadonlySet<JsonType> {
    switch (schema.kind) {
      case "ref": {
        const known = this.typesOfRef.get(schema.name);
        if (known) return known;
        this.typesOfRef.set(schema.name, new Set(JSON_TYPES));
        const target = this.types.get(schema.name);
        const result = target ? this.jsonTypes(target.schema) : new Set(JSON_TYPES);
        this.typesOfRef.set(schema.name, result);
        return result;
      }
      case "string":
        return new Set(["string"]);
      case "number":
        return new Set(["number"]);
      case "boolean":
        return new Set(["boolean"]);
      case "null":
        return new Set(["null"]);
      case "binary":
        return new Set(["object"]);
      case "enum":
        return new Set(schema.values.map((v): JsonType => (v === null ? "null" : (typeof v as "string" | "number" | "boolean"))));
      case "array":
        return new Set(["array"]);
      case "object":
        return new Set(["object"]);
      case "union":
        return new Set(schema.variants.flatMap((v) => [...this.jsonTypes(v)]));
      case "intersection":
        return schema.parts.reduce<ReadonlySet<JsonType>>((acc, part) => {
          const types = this.jsonTypes(part);
          return new Set([...acc].filter((t) => types.has(t)));
        }, new Set(JSON_TYPES));
      case "not":
      case "unevaluated":
      case "unknown":
        return new Set(JSON_TYPES);
      default:
        return assertNever(schema);
    }
  }

  /**
   * The only values the schema accepts, where they are a finite list of literals (an enum, through
   * references and combinators); undefined where they are not.
   */
  literals(schema: Schema, seen: ReadonlySet<string> = new Set()): ReadonlySet<Literal> | undefined {
    switch (schema.kind) {
      case "enum":
        return new Set(schema.values);
      case "ref": {
        const target = seen.has(schema.name) ? undefined : this.types.get(schema.name);
        return target && this.literals(target.schema, new Set([...seen, schema.name]));
      }
      case "intersection": {
        const lists = schema.parts.flatMap((part) => this.literals(part, seen) ?? []);
        if (lists.length === 0) return undefined;
        return lists.reduce((acc, list) => new Set([...acc].filter((value) => list.has(value))));
      }
      case "union": {
        const lists = schema.variants.map((variant) => this.literals(variant, seen));
        return lists.every((list) => list !== undefined) ? new Set(lists.flatMap((list) => [...list])) : undefined;
      }
      default:
        return undefined;
    }
  }

  /** Whether no value can pass: parts of an allOf that share no JSON type or no enum value. */
  isEmpty(schema: Schema): boolean {
    return this.jsonTypes(schema).size === 0 || this.literals(schema)?.size === 0;
  }

  /** Whether `undefined` might pass the schema's guard; false only when it surely fails. */
  acceptsUndefined(schema: Schema): boolean {
    switch (schema.kind) {
      case "ref": {
        const known = this.undefinedOfRef.get(schema.name);
        if (known !== undefined) return known;
        this.undefinedOfRef.set(schema.name, true);
        const target = this.types.get(schema.name);
        const result = target ? this.acceptsUndefined(target.schema) : true;
        this.undefinedOfRef.set(schema.name, result);
        return result;
      }
      case "union":
        return schema.variants.some((v) => this.acceptsUndefined(v));
      case "intersection":
        return schema.parts.every((p) => this.acceptsUndefined(p));
      case "not":
      case "unevaluated":
      case "unknown":
        return true;
      case "string":
      case "number":
      case "boolean":
      case "null":
      case "binary":
      case "enum":
      case "array":
      case "object":
        return false;
      default:
        return assertNever(schema);
    }
  }
}
