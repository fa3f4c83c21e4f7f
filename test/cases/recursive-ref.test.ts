/**
 * fixtures/cases/recursive-ref.yaml: JSON Schema 2019-09's `$recursiveRef: "#"` is read as a
 * reference to the component (or `$id` resource) it sits in, so OpenAI's CompoundFilter accepts
 * nested filters and comparisons alike, and is typed so.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { REPO } from "../helpers/run-cli.js";

type Guard = (value: unknown) => boolean;

let generated: GeneratedCase;
beforeAll(async () => {
  generated = await generateCase("recursive-ref");
});
afterAll(() => generated.remove());

const comparison = { type: "eq", key: "region", value: "eu" };

describe("$recursiveRef: \"#\"", () => {
  it("is read as a $ref to the schema it sits in, with a warning naming the target", async () => {
    const { diagnostics } = await generate({ input: join(REPO, "fixtures/cases/recursive-ref.yaml") });
    expect(diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
      ["recursive-ref-read", "#/components/schemas/CompoundFilter/properties/filters/items/oneOf/1/$recursiveRef", '$recursiveRef "#" (JSON Schema 2019-09) read as a $ref to #/components/schemas/CompoundFilter, the schema it sits in'],
      ["recursive-ref-read", "#/components/schemas/Tree/properties/root/properties/children/items/$recursiveRef", '$recursiveRef "#" (JSON Schema 2019-09) read as a $ref to #/components/schemas/Tree/properties/root, the schema it sits in'],
    ]);
    const types = generated.files.find((f) => f.path === "types.ts")?.contents ?? "";
    expect(types).toContain("filters: (ComparisonFilter | CompoundFilter)[];");
  });

  it.each<[string, unknown, boolean]>([
    ["a comparison", { type: "and", filters: [comparison] }, true],
    ["a nested compound filter", { type: "or", filters: [comparison, { type: "and", filters: [comparison] }] }, true],
    ["a nested filter that is neither", { type: "or", filters: [{ type: "and", filters: [{ type: "xor" }] }] }, false],
    ["a comparison missing its value", { type: "and", filters: [{ type: "eq", key: "k" }] }, false],
  ])("CompoundFilter with %s: %s", (_label, value, valid) => {
    expect((generated.client["isCompoundFilter"] as Guard)(value)).toBe(valid);
    const validate = generated.client["validateCompoundFilter"] as (value: unknown) => unknown[];
    expect(validate(value).length === 0).toBe(valid);
  });

  it("refers to its own $id resource where it sits in one", () => {
    const isTree = generated.client["isTree"] as Guard;
    expect(isTree({ root: { name: "a", children: [{ name: "b", children: [{ name: "c" }] }] } })).toBe(true);
    expect(isTree({ root: { name: "a", children: [{ name: "b", children: [{ name: 3 }] }] } })).toBe(false);
  });
});
