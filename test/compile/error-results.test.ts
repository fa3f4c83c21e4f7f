import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";
import { describeResult, typecheck, type CompilerName } from "../helpers/typecheck.js";

/**
 * `.result()` narrowing for fixtures/cases/error-results.yaml, whose operations declare error
 * bodies by exact status, by `4XX` range and as `default`: a consumer file of type assertions,
 * compiled against the generated client. `same<A, B>(true)` compiles only when A and B are the
 * same type; every `@ts-expect-error` must meet an error.
 */
const CONSUMER = `
import Results, { type APIResult, type ClientProblem, type Item, type NotFound, type ServerProblem } from "./client/index.js";

type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;
function same<A, B>(ok: Equal<A, B>): void {
  void ok;
}

const client = new Results({ apiKey: "k" });

export async function exactRangeDefault(): Promise<void> {
  const r = await client.items.retrieve("1").result();
  if (r.ok) same<typeof r.data, Item>(true);
  else if (r.status === 404) same<typeof r.error, NotFound>(true);
  else if (r.status === 418) same<typeof r.error, ClientProblem>(true);
  else if (r.status === 400) same<typeof r.error, ClientProblem>(true);
  else if (r.status === 500) same<typeof r.error, ServerProblem>(true);
  else if (r.status === 302) same<typeof r.error, ServerProblem>(true);
  else same<typeof r.error, ClientProblem | ServerProblem>(true);
  if (!r.ok && r.status === 404) {
    // @ts-expect-error the 404 body is NotFound, not the range's ClientProblem
    same<typeof r.error, ClientProblem>(true);
  }
}

export async function rangeWithoutDefault(): Promise<void> {
  const r = await client.items.ranged("1").result();
  if (r.ok) return same<typeof r.data, Item>(true);
  if (r.status === 409) same<typeof r.error, unknown>(true);
  if (r.status === 404) same<typeof r.error, ClientProblem>(true);
  if (r.status === 503) same<typeof r.error, unknown>(true);
  if (r.status === 409) {
    // @ts-expect-error 409 is declared exactly (without a body), so it is not the range's
    same<typeof r.error, ClientProblem>(true);
  }
  if (r.status === 500) {
    // @ts-expect-error a 5xx is outside the 4XX range: the catch-all's body is unknown
    same<typeof r.error, ClientProblem>(true);
  }
}

export async function exactOnly(): Promise<void> {
  const r = await client.items.plain("1").result();
  if (!r.ok && r.status === 404) same<typeof r.error, NotFound>(true);
  if (!r.ok && r.status !== 404) same<typeof r.error, unknown>(true);
  if (!r.ok) {
    // @ts-expect-error 200 is never an error status
    void (r.status === 200);
  }
}

export const annotated: Promise<APIResult<Item, { 404: NotFound }>> = client.items.plain("1").result();
`;

const matrix: CompilerName[] = ["ts5.9", "ts7"];

describe(".result() narrowing (fixtures/cases/error-results.yaml)", () => {
  it.each(matrix)("compiles the consumer's type assertions with %s", async (compiler) => {
    const { files } = await generate({ input: join(REPO, "fixtures/cases/error-results.yaml") });
    const result = await typecheck({
      variant: "nodenext",
      files,
      into: "client",
      extraFiles: [{ path: "consumer.ts", contents: CONSUMER }],
      compiler,
    });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });
});
