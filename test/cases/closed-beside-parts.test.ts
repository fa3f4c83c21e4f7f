import { describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";
import { guardRows, type GuardRow } from "../helpers/guard-rows.js";

const ROWS: GuardRow[] = [
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
  guardRows("closed-beside-parts", ROWS);

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
