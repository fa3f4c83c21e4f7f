import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => { keyword: string; path: string }[];

let generated: GeneratedCase;

beforeAll(async () => {
  generated = await generateCase("unsatisfiable");
});
afterAll(async () => {
  await generated.remove();
});

/** [type, value, whether the value is one] */
const ROWS: [string, unknown, boolean][] = [
  [
    "CharacterRules",
    { mustContainCharacters: ["alpha"], numberOfCharacteristicsToEnforce: 2 },
    false,
  ],
  [
    "CharacterRules",
    { mustContainCharacters: "alpha", numberOfCharacteristicsToEnforce: 2 },
    false,
  ],
  ["CharacterRules", { numberOfCharacteristicsToEnforce: 2 }, false],
  ["CharacterRules", "rules", false],
  ["OptionalRules", { name: "n" }, true],
  ["OptionalRules", { name: "n", mustContainCharacters: ["alpha"] }, false],
  ["OptionalRules", { name: "n", purposes: "p" }, false],
  ["OptionalRules", { name: 1 }, false],
  ["RuleList", [], true],
  ["RuleList", ["a"], false],
  ["StringAndNumber", 1, false],
  ["Nested", { rules: [] }, true],
  ["Nested", { rules: [{ count: 1, never: true }] }, false],
  ["Nested", { rules: {} }, false],
  ["NotAnything", { count: 1, never: null }, false],
  ["NotAnything", { count: 1 }, false],
  ["NoItems", [], true],
  ["NoItems", [null], false],
];

describe("schemas no value satisfies (fixtures/cases/unsatisfiable.yaml)", () => {
  it.each(ROWS)(
    "is%s(%j) is %s, and validate%s reports issues exactly when it is false",
    (type, value, want) => {
      const is = generated.client[`is${type}`] as Guard;
      const validate = generated.client[`validate${type}`] as Validate;
      expect(is(value)).toBe(want);
      expect(validate(value).length === 0).toBe(want);
    },
  );

  it("an object with a required property no value satisfies is refused without reading a property", () => {
    const reads: string[] = [];
    const value = new Proxy(
      {},
      { get: (_target, key) => void reads.push(String(key)) },
    );
    expect((generated.client["isCharacterRules"] as Guard)(value)).toBe(false);
    expect(reads).toEqual([]);
  });
});
