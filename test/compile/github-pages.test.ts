import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";
import { createTypecheckProject, describeResult, type TypecheckProject } from "../helpers/typecheck.js";

const GITHUB = join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");

/** What a GitHub user writes first: every repository of an organisation, page after page. */
const USE = `import GitHub, { type MinimalRepository, type PullRequestSimple } from "./github/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const gh = new GitHub({ apiKey: "k" });

export async function names(org: string): Promise<string[]> {
  const all: string[] = [];
  for await (const repo of gh.repos.listForOrg(org, { per_page: 100 })) {
    const same: Equal<typeof repo, MinimalRepository> = true;
    if (same) all.push(repo.full_name);
  }
  for await (const pull of gh.pulls.list("octokit", "octokit.js")) {
    const same: Equal<typeof pull, PullRequestSimple> = true;
    if (same) all.push(pull.title);
  }
  return all;
}
`;

let project: TypecheckProject;
beforeAll(async () => {
  const { files } = await generate({ input: GITHUB });
  project = await createTypecheckProject({
    variant: "nodenext",
    files,
    into: "github",
    extraFiles: [{ path: "use.ts", contents: USE }],
    include: ["use.ts"],
    asShipped: true,
    // GitHub's code-scanning, dependabot and secret-scanning resources import their path
    // parameters' `AlertNumber` type without using it; this test is about pages, not that.
    compilerOptions: { noUnusedLocals: false },
    label: "github-pages",
  });
}, 180_000);
afterAll(() => project.dispose());

describe("GitHub's client", () => {
  it("for await (const repo of gh.repos.listForOrg(org)) compiles with the item type", { timeout: 180_000 }, async () => {
    const result = await project.run("ts7");
    expect(result.exitCode, describeResult(result)).toBe(0);
  });
});
