import { assertNever } from "../model/directions.js";
import type { Property, Schema } from "../model/ir.js";
import { literal, typeMemberKey } from "./escape.js";

/** IR schema -> TypeScript type expression. The only place that spells type syntax. */
export function typeText(schema: Schema): string {
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
    case "enum":
      return schema.values.length === 0 ? "never" : [...schema.values.map(literal), ...openEnumTail(schema)].join(" | ");
    case "array":
      return schema.prefixItems ? tupleText(schema.prefixItems, schema.items) : `${wrap(schema.items)}[]`;
    case "not":
    case "unevaluated":
      // TypeScript has no negated types; `X & not Y` reads as X. Nor can it say which keys other
      // parts of an intersection did not name (where it can, the model closed the object instead).
      return "unknown";
    case "object":
      return objectTypeLiteral(objectMembers(schema.properties, indexSignatureType(schema)));
    case "union": {
      // `unknown | X` is unknown; an intersection inside a union is parenthesised.
      const variants = schema.variants.map((v) => [v, typeText(v)] as const);
      if (variants.some(([, text]) => text === "unknown")) return "unknown";
      return variants.map(([v, text]) => (v.kind === "intersection" && text.includes(" & ") ? `(${text})` : text)).join(" | ");
    }
    case "intersection": {
      // `unknown & X` is X (a `not`, a condition, reads as unknown).
      const parts = schema.parts.map((p) => [p, typeText(p)] as const).filter(([, text]) => text !== "unknown");
      if (parts.length === 0) return "unknown";
      return parts.map(([p, text]) => ((p.kind === "union" || p.kind === "enum") && parts.length > 1 ? `(${text})` : text)).join(" & ");
    }
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
  const text = typeText(schema);
  const compound = schema.kind === "union" || schema.kind === "intersection" || (schema.kind === "enum" && schema.values.length > 1);
  return compound ? `(${text})` : text;
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
