import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => unknown[];

let generated: GeneratedCase;

beforeAll(async () => {
  generated = await generateCase("always-valid");
});
afterAll(async () => {
  await generated.remove();
});

/** [type, value, whether the value is one] */
const ROWS: [string, unknown, boolean][] = [
  ["ActionsPage", { total: 1 }, true],
  [
    "ActionsPage",
    { total: 1, links: { pages: 5 }, extra: null, anything: [] },
    true,
  ],
  ["ActionsPage", { total: 1, links: { pages: { next: 1 } } }, true],
  ["ActionsPage", { total: 1, links: "x" }, false],
  ["ActionsPage", { total: "1" }, false],
  ["ActionsPage", { total: 1, mappings: [null, "a", 2] }, true],
  ["ActionsPage", { total: 1, mappings: [] }, false],
  ["ActionsPage", { total: 1, mappings: {} }, false],
  ["Tagged", { tag: null }, true],
  ["Tagged", { tag: 1 }, true],
  ["Tagged", {}, false],
];

describe("properties every value satisfies (fixtures/cases/always-valid.yaml)", () => {
  it.each(ROWS)(
    "is%s(%j) is %s, and validate%s reports issues exactly when it is false",
    (type, value, want) => {
      expect((generated.client[`is${type}`] as Guard)(value)).toBe(want);
      expect(
        (generated.client[`validate${type}`] as Validate)(value).length === 0,
      ).toBe(want);
    },
  );
});
