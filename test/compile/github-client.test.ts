import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO } from "../helpers/run-cli.js";
import { createTypecheckProject, describeResult, type TypecheckProject, type TypecheckResult } from "../helpers/typecheck.js";

// GitHub's client is generated once here (about 15 s) and checked through what a user writes
// first. Only the consumer files are included: the compiler resolves the parts of the 9 MB
// client they use; the whole client is compiled by test/corpus/corpus-slice.test.ts.
const GITHUB = join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");

/** Reserved words are methods (`pulls.get`, `repos.delete`); the escaped names are gone. */
const NAMES = `import { GitHub } from "./github/client.js";

const gh = new GitHub({ apiKey: "token" });

export async function names(): Promise<void> {
  const pull = await gh.pulls.get("octokit", "rest.js", 1);
  const count: number = pull.number;
  // @ts-expect-error a pull request's number is not a string
  const wrong: string = pull.number;
  await gh.repos.delete("octokit", "rest.js");
  await gh.gists.get("aa5a315d61ae9438b18d");
  // @ts-expect-error the escaped name is gone
  await gh.pulls.get_("octokit", "rest.js", 1);
  // @ts-expect-error the escaped name is gone
  await gh.repos.delete_("octokit", "rest.js");
  void count;
  void wrong;
}
`;

// Without @ts-expect-error the old name must be an error: proof that the check sees the client.
const OLD_NAME = `import { GitHub } from "./github/client.js";\nvoid new GitHub({}).pulls.get_;\n`;

/** Every repository of an organisation, page after page, typed per item. */
const PAGES = `import GitHub, { type MinimalRepository, type PullRequestSimple } from "./github/index.js";

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
let result: TypecheckResult;
beforeAll(async () => {
  const { files } = await generate({ input: GITHUB, name: "GitHub" });
  project = await createTypecheckProject({
    variant: "nodenext",
    files,
    into: "github",
    extraFiles: [
      { path: "names.ts", contents: NAMES },
      { path: "old.ts", contents: OLD_NAME },
      { path: "pages.ts", contents: PAGES },
    ],
    include: ["names.ts", "old.ts", "pages.ts"],
    asShipped: true,
    label: "github-client",
  });
  result = await project.run("ts7");
}, 240_000);
afterAll(() => project.dispose());

/** tsc's error lines for one consumer file. */
function errorsIn(file: string): string[] {
  return result.diagnostics.split("\n").filter((line) => line.startsWith(file) && line.includes("error TS"));
}

describe("GitHub's client", () => {
  it("gh.pulls.get and gh.repos.delete compile, typed; get_ and delete_ do not", () => {
    expect(errorsIn("names.ts"), describeResult(result)).toEqual([]);
  });

  it("the check sees the client: the old name without @ts-expect-error is an error", () => {
    expect(errorsIn("old.ts")).toEqual([expect.stringMatching(/^old\.ts\(2,.*Property 'get_' does not exist on type 'PullsResource'/)]);
  });

  it("for await (const repo of gh.repos.listForOrg(org)) compiles with the item type", () => {
    expect(errorsIn("pages.ts"), describeResult(result)).toEqual([]);
    expect(result.diagnostics.split("\n").filter((line) => line.includes("error TS"))).toHaveLength(1);
  });
});
