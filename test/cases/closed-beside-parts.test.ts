import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { REPO } from "../helpers/run-cli.js";

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => unknown[];

let generated: GeneratedCase;

beforeAll(async () => {
  generated = await generateCase("closed-beside-parts");
});
afterAll(async () => {
  await generated.remove();
});

/** [type, value, whether the value is one] */
const ROWS: [string, unknown, boolean][] = [
  ["Link", { href: "https://example.com/a" }, true],
  ["Link", { href: "https://example.com/a", type: "pdf" }, true],
  ["Link", { href: 1 }, false],
  ["Link", { type: "pdf" }, false],
  ["Link", { href: "https://example.com/a", rel: "next" }, false],
  ["Lookup", { id: 1 }, true],
  ["Lookup", { name: "a", limit: 2 }, true],
  ["Lookup", { id: 1, name: "a" }, false],
  ["Lookup", { id: "1" }, false],
  ["Lookup", { id: 1, sort: "asc" }, false],
  ["Undeclared", { rates: [], status: "ok" }, false],
  ["Undeclared", { status: "ok" }, false],
  ["Extension", { "x-trace": "abc" }, true],
  ["Extension", { "x-trace": "abc", count: 2 }, true],
  ["Extension", { "x-trace": 1 }, false],
  ["Extension", { count: 2 }, false],
];

describe("additionalProperties: false beside allOf/oneOf, and keys only `required` names (fixtures/cases/closed-beside-parts.yaml)", () => {
  it.each(ROWS)(
    "is%s(%j) is %s, and validateX reports issues exactly when it is not",
    (type, value, want) => {
      const is = generated.client[`is${type}`] as Guard;
      const validate = generated.client[`validate${type}`] as Validate;
      expect(is(value)).toBe(want);
      expect(validate(value).length === 0).toBe(want);
    },
  );

  it("names each repair and each key no object may hold where it stands", async () => {
    const { diagnostics } = await generate({
      input: `${REPO}/fixtures/cases/closed-beside-parts.yaml`,
    });
    expect(diagnostics.map((d) => [d.severity, d.code, d.pointer])).toEqual([
      [
        "warning",
        "closed-beside-parts",
        "#/components/schemas/Link/additionalProperties",
      ],
      [
        "warning",
        "closed-beside-parts",
        "#/components/schemas/Lookup/additionalProperties",
      ],
      [
        "warning",
        "required-key-not-allowed",
        "#/components/schemas/Undeclared/required",
      ],
    ]);
  });
});
