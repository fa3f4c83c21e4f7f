import { afterAll, beforeAll, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "./generated-case.js";

/** [type, value, whether the value is one] */
export type GuardRow = [type: string, value: unknown, want: boolean];

type Guard = (value: unknown) => boolean;
type Validate = (value: unknown) => unknown[];

/**
 * Generates fixtures/cases/<name>.yaml for the enclosing `describe` and checks each row: `isX(value)`
 * is `want`, and `validateX(value)` lists issues exactly when it is not. Returns the generated
 * case's client (once `beforeAll` has run) for further tests.
 */
export function guardRows(
  name: string,
  rows: GuardRow[],
): () => Record<string, unknown> {
  let generated: GeneratedCase | undefined;
  beforeAll(async () => {
    generated = await generateCase(name);
  });
  afterAll(async () => {
    await generated?.remove();
  });
  const client = () => {
    if (generated === undefined)
      throw new Error(`fixtures/cases/${name}.yaml was not generated`);
    return generated.client;
  };
  it.each(rows)(
    "is%s(%j) is %s, and validateX reports issues exactly when it is not",
    (type, value, want) => {
      expect((client()[`is${type}`] as Guard)(value)).toBe(want);
      expect(
        (client()[`validate${type}`] as Validate)(value).length === 0,
      ).toBe(want);
    },
  );
  return client;
}
