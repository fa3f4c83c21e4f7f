import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => readonly { path: string; message: string }[];

let generated: GeneratedCase;

beforeAll(async () => {
  generated = await generateCase("inheritance");
});
afterAll(() => generated.remove());

describe("a discriminator parent whose variants allOf it (fixtures/cases/inheritance.yaml)", () => {
  const cat = { petType: "cat", name: "Tom", meows: true };
  const dog = { petType: "Dog", name: "Rex", barks: false };
  const verdicts: [string, string, unknown, boolean][] = [
    ["a cat (tag from the mapping)", "Pet", cat, true],
    ["a dog (tag from its name)", "Pet", dog, true],
    ["a cat tagged by its schema name, which the mapping replaces", "Pet", { ...cat, petType: "Cat" }, false],
    ["an unknown tag", "Pet", { ...dog, petType: "Fish" }, false],
    ["no tag", "Pet", { name: "Tom", meows: true }, false],
    ["a dog without its required barks", "Pet", { petType: "Dog", name: "Rex" }, false],
    ["a cat without the parent's required name", "Pet", { petType: "cat" }, false],
    ["a cat on its own", "Cat", cat, true],
    ["a dog given as a cat", "Cat", dog, false],
    ["a cat whose meows is no boolean", "Cat", { ...cat, meows: "yes" }, false],
    ["a circle", "Shape", { kind: "Circle", radius: 2 }, true],
    ["a circle with another tag", "Shape", { kind: "Square", radius: 2 }, false],
  ];

  it.each(verdicts)("%s: is%s says %j -> %s, and validateX agrees", (_what, name, value, valid) => {
    expect((generated.client[`is${name}`] as Guard)(value)).toBe(valid);
    expect((generated.client[`validate${name}`] as Validate)(value).length === 0).toBe(valid);
  });
});
