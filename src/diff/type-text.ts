import type { Literal, Schema } from "../model/ir.js";

/** A short TypeScript-like spelling of a schema for reports; constraints and formats are left out. */
export function typeText(schema: Schema): string {
  switch (schema.kind) {
    case "ref":
      return schema.name;
    case "string":
    case "boolean":
    case "null":
    case "unknown":
      return schema.kind;
    case "binary":
      return "binary";
    case "number":
      return schema.integer ? "integer" : "number";
    case "enum":
      return schema.values.map(literalText).join(" | ");
    case "array":
      return schema.prefixItems ? `[${[...schema.prefixItems.map(typeText), `...${itemText(schema.items)}[]`].join(", ")}]` : `${itemText(schema.items)}[]`;
    case "object":
      return objectText(schema);
    case "union":
      return schema.variants.map(typeText).join(" | ");
    case "intersection":
      return schema.parts.map(itemText).join(" & ");
    case "not":
      return `not ${itemText(schema.schema)}`;
    case "unevaluated":
      return `unevaluated ${schema.of}: ${itemText(schema.schema)}`;
    default:
      throw new Error(`unknown schema kind: ${String(schema satisfies never)}`);
  }
}

export function literalText(value: Literal): string {
  return JSON.stringify(value);
}

/** A field name as written in a location or object text: bare when it reads unambiguously. */
export function keyText(name: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(name) ? name : JSON.stringify(name);
}

function itemText(schema: Schema): string {
  const text = typeText(schema);
  const compound = schema.kind === "union" || schema.kind === "intersection" || (schema.kind === "enum" && schema.values.length > 1);
  return compound ? `(${text})` : text;
}

function objectText(schema: Extract<Schema, { kind: "object" }>): string {
  const fields = schema.properties.map((p) => `${keyText(p.wireName)}${p.required ? "" : "?"}: ${typeText(p.schema)}`);
  if (typeof schema.additional === "object") fields.push(`[key: string]: ${typeText(schema.additional.schema)}`);
  return fields.length === 0 ? "object" : `{ ${fields.join("; ")} }`;
}
