/**
 * The committed camelAI client's Standard Schema objects against the published StandardSchemaV1
 * type, compiled by TypeScript 7 under NodeNext and Bundler resolution (test/types/ checks the same
 * with TypeScript 5.9 through vitest). Every `@ts-expect-error` must be used, so a looser type fails.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeResult, REPO_ROOT, typecheck, type VariantName } from "../helpers/typecheck.js";

const SPEC = join(REPO_ROOT, "node_modules/@standard-schema/spec/dist/index.d.ts");

const CONSUMER = `\
import type { StandardSchemaV1 } from "./standard-schema-spec.js";
import { connectionSchema, threadSchema, type Connection, type Thread } from "./camelai/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

export const output: Equal<StandardSchemaV1.InferOutput<typeof connectionSchema>, Connection> = true;
export const input: Equal<StandardSchemaV1.InferInput<typeof threadSchema>, Thread> = true;
export const standard: StandardSchemaV1<unknown, Connection> = connectionSchema;
// @ts-expect-error a Connection schema is not a Thread schema
export const wrong: StandardSchemaV1<unknown, Thread> = connectionSchema;

export async function parse<S extends StandardSchemaV1>(schema: S, value: unknown): Promise<StandardSchemaV1.InferOutput<S>> {
  const result = await schema["~standard"].validate(value);
  if (result.issues) throw new Error(result.issues.map((issue) => \`\${issue.path?.join(".") ?? ""} \${issue.message}\`).join("; "));
  return result.value;
}
export const parsed: Promise<Connection> = parse(connectionSchema, {});
`;

describe("xSchema against the published StandardSchemaV1, TypeScript 7", () => {
  it.each<VariantName>(["nodenext", "browser-bundler"])("%s", async (variant) => {
    const extraFiles = [
      { path: "standard-schema-spec.d.ts", contents: await readFile(SPEC, "utf8") },
      { path: "consumer.ts", contents: CONSUMER },
    ];
    const result = await typecheck({ variant, files: "generated/camelai", into: "camelai", extraFiles, include: ["consumer.ts"], compiler: "ts7", asShipped: true });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });
});
