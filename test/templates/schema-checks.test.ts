import { describe, expect, it } from "vitest";
import { isAbsentOr, isArrayOf, isBoolean, isFormatted, isInteger, isNumber, isStringOf } from "../../templates/schema-checks.js";

/** U+1F600: one code point, two UTF-16 units. */
const SMILE = "\u{1F600}";

describe("isStringOf (minLength/maxLength in code points)", () => {
  const cases: [value: unknown, min: number, max: number | undefined, want: boolean][] = [
    ["", 0, undefined, true],
    ["", 1, undefined, false],
    ["a", 1, undefined, true],
    [SMILE, 2, undefined, false],
    [SMILE + SMILE, 2, undefined, true],
    [SMILE + "a", 2, 2, true],
    [SMILE.repeat(3), 0, 3, true],
    [SMILE.repeat(3), 0, 2, false],
    ["abc", 0, 2, false],
    ["ab", 0, 2, true],
    // A lone surrogate counts as one code point.
    ["\ud83d", 1, 1, true],
    ["\ud83d\ud83d", 0, 1, false],
    [3, 0, undefined, false],
    [null, 0, 5, false],
  ];
  it.each(cases)("%j between %i and %s -> %s", (value, min, max, want) => {
    expect(isStringOf(value, min, max)).toBe(want);
  });
});

describe("isArrayOf (items checked by one guard)", () => {
  it.each([
    [[], true],
    [[1, 2, 3], true],
    [[1, 2.5], false],
    [[1, "2"], false],
    [[undefined], false],
    [{ length: 0 }, false],
    ["12", false],
    [null, false],
  ])("%j -> %s", (value, want) => {
    expect(isArrayOf(value, isInteger)).toBe(want);
  });

  it.each([
    [["a", "bc"], 1, undefined, true],
    [["a", ""], 1, undefined, false],
    [["a", "bcd"], 1, 2, false],
    [["ab", "\u{1F600}\u{1F600}"], 0, 2, true],
    [[1], 0, undefined, false],
  ])("%j of strings between %i and %s code points -> %s", (value, min, max, want) => {
    expect(isArrayOf(value, isStringOf, min, max)).toBe(want);
  });

  it("stops at the first item that fails", () => {
    const seen: unknown[] = [];
    const guard = (item: unknown): boolean => {
      seen.push(item);
      return item !== "stop";
    };
    expect(isArrayOf(["a", "stop", "b"], guard)).toBe(false);
    expect(seen).toEqual(["a", "stop"]);
  });
});

describe("isAbsentOr (an optional property's check)", () => {
  it.each([
    [undefined, true],
    [3, true],
    [3.5, false],
    [null, false],
    ["3", false],
  ])("%s with isInteger -> %s", (value, want) => {
    expect(isAbsentOr(value, isInteger)).toBe(want);
  });

  it.each([
    [undefined, 1, 2, true],
    ["ab", 1, 2, true],
    ["", 1, 2, false],
    ["abc", 1, 2, false],
    ["abc", 1, undefined, true],
  ])("%j with isStringOf between %i and %s -> %s", (value, min, max, want) => {
    expect(isAbsentOr(value, isStringOf, min, max)).toBe(want);
  });
});

describe("isFormatted (a string in a checked format)", () => {
  const isShort = (value: string): boolean => value.length <= 2;
  it.each([
    ["ab", true],
    ["abc", false],
    [12, false],
    [null, false],
    [undefined, false],
  ])("%j -> %s", (value, want) => {
    expect(isFormatted(value, isShort)).toBe(want);
  });
});

describe("isBoolean", () => {
  it.each([
    [true, true],
    [false, true],
    [0, false],
    ["true", false],
    [null, false],
  ])("%s -> %s", (value, want) => {
    expect(isBoolean(value)).toBe(want);
  });
});

describe("isInteger, isNumber (JSON numbers)", () => {
  it.each([
    [1, true, true],
    [1.5, false, true],
    [-0, true, true],
    [Number.NaN, false, false],
    [Number.POSITIVE_INFINITY, false, false],
    ["1", false, false],
    [null, false, false],
  ])("%s -> integer %s, number %s", (value, integer, number) => {
    expect(isInteger(value)).toBe(integer);
    expect(isNumber(value)).toBe(number);
  });
});
