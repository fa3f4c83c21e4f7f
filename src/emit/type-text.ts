import { assertNever } from "../model/directions.js";
import type { Property, Schema } from "../model/ir.js";
import { literal, typeMemberKey } from "./escape.js";

/** IR schema -> TypeScript type expression. The only place that spells type syntax. */
export function typeText(schema: Schema): string {
  return printed(schema).text;
}

/** A type's text and, when it is a union or intersection of two or more members, the operator joining them. */
interface Printed {
  text: string;
  joinedBy?: " | " | " & ";
}

const UNKNOWN: Printed = { text: "unknown" };

function joined(members: string[], joinedBy: " | " | " & "): Printed {
  return members.length > 1 ? { text: members.join(joinedBy), joinedBy } : { text: members.join("") };
}

/** Members without repeats: `string & string` (two allOf parts declaring one property alike) is `string`. */
function distinct(members: Printed[]): Printed[] {
  const seen = new Set<string>();
  return members.filter(({ text }) => {
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** The member text inside a union or intersection: another operator's members are parenthesised. */
function member({ text, joinedBy }: Printed, within: " | " | " & "): string {
  return joinedBy !== undefined && joinedBy !== within ? `(${text})` : text;
}

function printed(schema: Schema): Printed {
  switch (schema.kind) {
    case "enum":
      return schema.values.length === 0 ? { text: "never" } : joined([...schema.values.map(literal), ...openEnumTail(schema)], " | ");
    case "union": {
      // `unknown | X` is unknown.
      const variants = distinct(schema.variants.map(printed));
      if (variants.some(({ text }) => text === "unknown")) return UNKNOWN;
      return variants.length === 1 && variants[0] !== undefined ? variants[0] : joined(variants.map((v) => member(v, " | ")), " | ");
    }
    case "intersection": {
      // `unknown & X` is X (a `not`, a condition, reads as unknown).
      const parts = distinct(schema.parts.map(printed)).filter(({ text }) => text !== "unknown");
      if (parts.length === 0) return UNKNOWN;
      return parts.length === 1 && parts[0] !== undefined ? parts[0] : joined(parts.map((p) => member(p, " & ")), " & ");
    }
    default:
      return { text: simpleText(schema) };
  }
}

function simpleText(schema: Exclude<Schema, { kind: "enum" | "union" | "intersection" }>): string {
  switch (schema.kind) {
    case "ref":
      return schema.name;
    case "string":
      return "string";
    case "binary":
      return "Uploadable";
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "unknown":
      return "unknown";
    case "array":
      return schema.prefixItems ? tupleText(schema.prefixItems, schema.items) : `${wrap(schema.items)}[]`;
    case "not":
    case "unevaluated":
      // TypeScript has no negated types; `X & not Y` reads as X. Nor can it say which keys other
      // parts of an intersection did not name (where it can, the model closed the object instead).
      return "unknown";
    case "object":
      return objectTypeLiteral(objectMembers(schema.properties, indexSignatureType(schema)));
    default:
      return assertNever(schema);
  }
}

/**
 * `(string & {})`: any other string, without absorbing the listed literals (editors still offer
 * them); `(number & {})` likewise for numbers.
 */
function openEnumTail(schema: Extract<Schema, { kind: "enum" }>): string[] {
  if (schema.open !== true) return [];
  const types = new Set(schema.values.map((v) => typeof v));
  return (["string", "number"] as const).filter((t) => types.has(t)).map((t) => `(${t} & {})`);
}

/**
 * `{ 404: NotFound; "4XX": ClientError; default: unknown }`: error bodies by status key, the second
 * type argument of `APIPromise`. Exact statuses are numeric keys; a missing schema is `unknown`.
 */
export function statusMapText(entries: readonly (readonly [key: string, schema: Schema | undefined])[]): string {
  return objectTypeLiteral(entries.map(([key, schema]) => `${/^\d+$/.test(key) ? key : typeMemberKey(key)}: ${schema ? typeText(schema) : "unknown"};`));
}

/** `{ a: A; b: B }`: one line, the last member without its `;`. */
function objectTypeLiteral(members: string[]): string {
  return members.length === 0 ? "{}" : `{ ${members.join(" ").slice(0, -1)} }`;
}

/** prefixItems: positional elements are optional (only minItems requires them), then the rest. */
function tupleText(prefix: Schema[], rest: Schema): string {
  const head = prefix.map((item) => `${wrap(item)}?`);
  const tail = rest.kind === "enum" && rest.values.length === 0 ? [] : [`...${wrap(rest)}[]`];
  return `[${[...head, ...tail].join(", ")}]`;
}

function wrap(schema: Schema): string {
  const { text, joinedBy } = printed(schema);
  return joinedBy === undefined ? text : `(${text})`;
}

/** `name?: T;` members, plus an index signature when extra keys are typed. */
export function objectMembers(properties: Property[], indexType: string | undefined): string[] {
  const members = properties.map((p) => `${typeMemberKey(p.wireName)}${p.required ? "" : "?"}: ${typeText(p.schema)};`);
  return indexType === undefined ? members : [...members, `[key: string]: ${indexType};`];
}

/**
 * The index signature's value type: declared additionalProperties, or unknown for a bare object.
 * With named properties beside it the value type must admit theirs, so it widens to unknown.
 */
export function indexSignatureType(schema: Extract<Schema, { kind: "object" }>): string | undefined {
  const { additional, properties } = schema;
  if (additional === "closed") return properties.length === 0 ? "never" : undefined;
  if (additional === "open") return properties.length === 0 ? "unknown" : undefined;
  return properties.length === 0 ? typeText(additional.schema) : "unknown";
}
