import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO, tempDir } from "../helpers/run-cli.js";

// GitHub's client names methods after reserved words (`pulls.get`, `repos.delete`). Only the
// consumer file is checked (TypeScript resolves the client's types it uses, lazily), which keeps
// this test at a few seconds where a full check of the 12 MB client takes over 20 s; the whole
// client is compiled by test/corpus/corpus-slice.test.ts.
const GITHUB = join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");
const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
  types: [],
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
};

// client.ts, not index.ts: the consumer needs neither guards.ts nor schemas.ts (5 MB).
const CONSUMER = `import { GitHub } from "./github/client.js";

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

let work: Awaited<ReturnType<typeof tempDir>>;
let program: ts.Program;

/** Errors of one consumer file of the program, checked alone. */
function errorsOf(name: string): string[] {
  const checked = program.getSourceFile(join(work.path, name));
  if (checked === undefined) throw new Error(`${name} is not in the program`);
  const diagnostics = [...program.getSyntacticDiagnostics(checked), ...program.getSemanticDiagnostics(checked)];
  return diagnostics.map((d) => `${checked.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}

beforeAll(async () => {
  work = await tempDir("camelgen-github-names-");
  const { files } = await generate({ input: GITHUB, name: "GitHub" });
  for (const file of files) {
    const target = join(work.path, "github", file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.contents);
  }
  await writeFile(join(work.path, "package.json"), JSON.stringify({ type: "module", private: true }));
  await writeFile(join(work.path, "names.ts"), CONSUMER);
  await writeFile(join(work.path, "old.ts"), OLD_NAME);
  program = ts.createProgram({ rootNames: ["names.ts", "old.ts"].map((f) => join(work.path, f)), options: OPTIONS });
}, 120_000);
afterAll(() => work.remove());

describe("GitHub's client: reserved words are methods", { timeout: 120_000 }, () => {
  it("gh.pulls.get and gh.repos.delete compile, typed; get_ and delete_ do not", () => {
    expect(errorsOf("names.ts")).toEqual([]);
  });

  it("the check sees the client: the old name without @ts-expect-error is an error", () => {
    expect(errorsOf("old.ts")).toEqual([expect.stringContaining("2: Property 'get_' does not exist on type 'PullsResource'")]);
  });
});
