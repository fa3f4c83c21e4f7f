/**
 * With `openEnums`, response-side enum types are open (`"A" | "B" | (string & {})`) and the
 * request-side ones closed: the generated client of fixtures/open-enums/openapi.yaml and a
 * consumer file of `@ts-expect-error` lines, checked by TypeScript 5.9 and 7. An unused
 * directive is an error, so each expected refusal must really happen.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { COMPILER_NAMES, REPO_ROOT, createTypecheckProject, describeResult, type TypecheckProject } from "../helpers/typecheck.js";

const CONSUMER = `import Sources, { type Connection, type Limits, type Plan, type PlanWritable, type Tier, type TierWritable, sourcesPartialUpdate } from "./client/index.js";

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
function exact<T extends true>(): T | undefined {
  return undefined;
}

// The response side: the listed values and any other string (number).
exact<Equal<Connection["type"], "SUPABASE" | "POSTGRES" | "MYSQL" | (string & {})>>();
exact<Equal<Connection["level"], 1 | 2 | 3 | (number & {}) | undefined>>();
exact<Equal<Tier, "free" | "pro" | (string & {})>>();
exact<Equal<Plan["tier"], Tier>>();
exact<Equal<Limits["tier"], Tier>>();
export const fromServer: Connection = { id: 1, type: "ORACLE", kind: "connection", level: 7, tier: "enterprise" };
// Still a union of literals where it is read: the listed values narrow.
export function label(type: Connection["type"]): string {
  return type === "POSTGRES" ? "Postgres" : type;
}
// @ts-expect-error a one-value enum is a constant (a tag), never opened
export const tag: Connection["kind"] = "other";
// @ts-expect-error another JSON type is not an open string enum's
export const wrongType: Connection["type"] = 5;

// The request side: closed.
exact<Equal<TierWritable, "free" | "pro">>();
exact<Equal<PlanWritable["tier"], TierWritable>>();
// @ts-expect-error a request body takes only the listed values
export const body: PlanWritable = { tier: "enterprise" };
// @ts-expect-error the request form is a closed union
export const tierOut: TierWritable = "enterprise";
export const sent = (client: Sources) => {
  // @ts-expect-error the method's body is the request form
  void client.sources.partialUpdate("1", { tier: "enterprise" });
  // @ts-expect-error the flat function's too
  void sourcesPartialUpdate(client, "1", { tier: "enterprise" });
  return client.sources.partialUpdate("1", { tier: "pro" });
};
// What a response gives back is the response form.
export const back = async (client: Sources): Promise<Tier> => (await client.sources.partialUpdate("1", { tier: "pro" })).tier;
`;

let project: TypecheckProject;
beforeAll(async () => {
  const { files } = await generate({ input: join(REPO_ROOT, "fixtures/open-enums/openapi.yaml"), openEnums: true });
  project = await createTypecheckProject({ variant: "nodenext", files, into: "client", extraFiles: [{ path: "consumer.ts", contents: CONSUMER }], include: ["consumer.ts"] });
});
afterAll(() => project.dispose());

describe("openEnums types (fixtures/open-enums/openapi.yaml)", () => {
  it.each(COMPILER_NAMES)("open on the response side, closed on the request side (%s)", async (compiler) => {
    const result = await project.run(compiler);
    expect(result.exitCode, describeResult(result, project.tsconfig)).toBe(0);
  });
});
