import { describe, expect, it } from "vitest";
import { guardRows, type GuardRow } from "../helpers/guard-rows.js";

const ROWS: GuardRow[] = [
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
  const client = guardRows("unsatisfiable", ROWS);

  it("an object with a required property no value satisfies is refused without reading a property", () => {
    const reads: string[] = [];
    const value = new Proxy(
      {},
      { get: (_target, key) => void reads.push(String(key)) },
    );
    expect(
      (client()["isCharacterRules"] as (value: unknown) => boolean)(value),
    ).toBe(false);
    expect(reads).toEqual([]);
  });
});
