import { describe, expect, it } from "vitest";
import type { Schema } from "../../src/model/ir.js";
import { typeText } from "../../src/emit/type-text.js";

const ref = (name: string): Schema => ({ kind: "ref", name });
const object: Schema = { kind: "object", properties: [{ wireName: "channel", required: false, readOnly: false, writeOnly: false, schema: ref("ActorInfo"), doc: {} }], additional: "open" };

/** Compound types as type-text.ts spells them, parenthesised only where precedence needs it. */
const SCHEMAS: [string, Schema, string][] = [
  ["intersection in a union", { kind: "union", exclusive: false, variants: [{ kind: "intersection", parts: [ref("VideoInfo"), object] }, { kind: "null" }] }, "(VideoInfo & { channel?: ActorInfo }) | null"],
  ["union in an intersection", { kind: "intersection", parts: [ref("A"), { kind: "union", exclusive: false, variants: [ref("B"), ref("C")] }] }, "A & (B | C)"],
  ["union in an array", { kind: "array", items: { kind: "union", exclusive: false, variants: [ref("B"), { kind: "null" }] } }, "(B | null)[]"],
  ["one-part intersection in a union", { kind: "union", exclusive: false, variants: [{ kind: "intersection", parts: [ref("A")] }, ref("B")] }, "A | B"],
  ["open string enum", { kind: "enum", values: ["A", "B"], open: true }, '"A" | "B" | (string & {})'],
  ["open enum of strings, numbers and null", { kind: "enum", values: ["A", 1, null], open: true }, '"A" | 1 | null | (string & {}) | (number & {})'],
  ["open enum in an array", { kind: "array", items: { kind: "enum", values: [1, 2], open: true } }, "(1 | 2 | (number & {}))[]"],
  ["closed enum", { kind: "enum", values: ["A", "B"] }, '"A" | "B"'],
  ["array of an intersection that reduces to one part", { kind: "array", items: { kind: "intersection", parts: [ref("Y"), { kind: "not", schema: { kind: "string" } }] } }, "Y[]"],
  ["array of a union that reduces to unknown", { kind: "array", items: { kind: "union", exclusive: false, variants: [ref("Y"), { kind: "unknown" }] } }, "unknown[]"],
  ["array of a one-variant union", { kind: "array", items: { kind: "union", exclusive: false, variants: [ref("Y")] } }, "Y[]"],
  ["array of a one-part intersection holding a union", { kind: "array", items: { kind: "intersection", parts: [{ kind: "union", exclusive: false, variants: [ref("A"), ref("B")] }, { kind: "not", schema: { kind: "null" } }] } }, "(A | B)[]"],
  ["intersection of a one-part intersection holding a union", { kind: "intersection", parts: [ref("C"), { kind: "intersection", parts: [{ kind: "union", exclusive: false, variants: [ref("A"), ref("B")] }] }] }, "C & (A | B)"],
  ["intersection of parts that print alike", { kind: "intersection", parts: [{ kind: "string" }, { kind: "string" }] }, "string"],
  ["intersection of unions that print alike, and another part", { kind: "intersection", parts: [{ kind: "union", exclusive: false, variants: [{ kind: "string" }, { kind: "null" }] }, { kind: "union", exclusive: false, variants: [{ kind: "string" }, { kind: "null" }] }, ref("A")] }, "(string | null) & A"],
  ["union of variants that print alike", { kind: "union", exclusive: true, variants: [ref("A"), ref("A"), { kind: "null" }] }, "A | null"],
  ["tuple of a one-value enum", { kind: "array", prefixItems: [{ kind: "enum", values: ["a"] }], items: { kind: "enum", values: [] } }, '["a"?]'],
];

describe("typeText", () => {
  it.each(SCHEMAS)("%s", (_, schema, want) => {
    expect(typeText(schema)).toBe(want);
  });
});
