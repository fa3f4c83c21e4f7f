import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";
import { createTypecheckProject, describeResult, type TypecheckProject } from "../helpers/typecheck.js";

/**
 * A consumer of the page styles' fixture: `for await` over GitHub-like list calls gives the item
 * type, `.pages()` the page type, and a call that does not page is not iterable.
 */
const USE = `import Styles, { type Entry, type MinimalRepository, type runner } from "./styles/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function exact<A, B>(same: Equal<A, B>): Equal<A, B> {
  return same;
}

const gh = new Styles({ apiKey: "k" });

export async function walk(): Promise<string[]> {
  const names: string[] = [];
  for await (const repo of gh.repos.listForOrg("octokit", { per_page: 100 })) {
    exact<typeof repo, MinimalRepository>(true);
    names.push(repo.full_name);
    // @ts-expect-error an item has only its schema's properties
    names.push(repo.fullName);
  }
  const first: MinimalRepository[] = await gh.repos.listForOrg("octokit");
  for await (const page of gh.repos.listForOrg("octokit").pages()) exact<typeof page, MinimalRepository[]>(true);
  for await (const r of gh.actions.listRunnersForOrg("octokit")) exact<typeof r, runner>(true);
  for await (const e of gh.records.list({ limit: 10 })) exact<typeof e, Entry>(true);
  for await (const e of gh.events.list()) exact<typeof e, Entry>(true);
  for await (const line of gh.logs.list()) exact<typeof line, string>(true);
  // @ts-expect-error a call that does not page is not iterable
  for await (const thing of gh.things.list()) names.push(String(thing));
  return [...names, ...first.map((repo) => repo.full_name)];
}
`;

let project: TypecheckProject;
beforeAll(async () => {
  const { files } = await generate({ input: join(REPO, "fixtures/cases/pagination-styles.yaml") });
  project = await createTypecheckProject({
    variant: "nodenext",
    files,
    into: "styles",
    extraFiles: [{ path: "use.ts", contents: USE }],
    include: ["use.ts"],
    label: "pagination-types",
  });
});
afterAll(() => project.dispose());

describe("for await over a GitHub-like list call", () => {
  it.each(["ts5.9", "ts7"] as const)("compiles with the item type (%s)", async (compiler) => {
    const result = await project.run(compiler);
    expect(result.exitCode, describeResult(result)).toBe(0);
  });
});
