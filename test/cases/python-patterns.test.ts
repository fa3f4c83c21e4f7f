import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { REPO } from "../helpers/run-cli.js";
import { generate } from "../../src/generate.js";
import { pattern } from "../../templates/schema-scalars.js";

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => readonly { path: string; message: string }[];

let generated: GeneratedCase;
const is = (name: string) => generated.client[`is${name}`] as Guard;
const validate = (name: string) => generated.client[`validate${name}`] as Validate;

beforeAll(async () => {
  generated = await generateCase("python-patterns");
});
afterAll(() => generated.remove());

describe("patterns written for Python's re (fixtures/cases/python-patterns.yaml)", () => {
  const verdicts: [string, unknown, boolean][] = [
    ["Code", "a-x", true],
    ["Code", "ab-x", false],
    ["Code", "a_x", false],
    ["Amount", "12,5", true],
    ["Amount", ",5", true],
    ["Amount", "123,5", false],
    ["Amount", "12.5", false],
    ["Unicode", "Éa", true],
    ["Unicode", "ea", false],
    ["Tagged", { "tag-1": 3 }, true],
    ["Tagged", { "tag-1": "3" }, false],
    ["Tagged", { "tag_1": 3 }, false],
  ];

  it.each(verdicts)("%s %j: isX says %s and validateX agrees", (name, value, valid) => {
    expect(is(name)(value)).toBe(valid);
    expect(validate(name)(value).length === 0).toBe(valid);
  });

  it("only the pattern that compiles in neither form is reported, and it is not checked", async () => {
    const { diagnostics: all } = await generate({ input: join(REPO, "fixtures/cases/python-patterns.yaml") });
    const diagnostics = all.filter((d) => d.code === "invalid-pattern");
    expect(diagnostics.map((d) => d.pointer)).toEqual(["#/components/schemas/Broken/pattern"]);
    expect(is("Broken")("anything")).toBe(true);
  });

  it("the runtime compiles with the unicode flag when it can, without it when only that works", () => {
    expect(pattern("^\\p{Lu}$").unicode).toBe(true);
    expect(pattern("^[a-z]\\-x$").unicode).toBe(false);
    expect(() => pattern("(unclosed")).toThrow(SyntaxError);
  });
});
