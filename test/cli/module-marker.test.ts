import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempDir, type CliResult } from "../helpers/run-cli.js";

// A project as `npm init -y` (npm 11: "type": "commonjs") and `tsc --init` (TypeScript 5.9:
// module nodenext, verbatimModuleSyntax) leave it: the client gets its own package.json marking
// its files ES modules, so it compiles there; once the project is ESM the marker goes.

const SPEC = `openapi: 3.0.3
info: { title: Notes, version: "1" }
paths:
  /notes/{id}:
    get:
      operationId: notes_retrieve
      parameters: [{ in: path, name: id, required: true, schema: { type: integer } }]
      responses:
        "200": { description: "", content: { application/json: { schema: { $ref: "#/components/schemas/Note" } } } }
components:
  schemas:
    Note: { type: object, required: [id], properties: { id: { type: integer }, text: { type: string } } }
`;

const TSCONFIG_INIT = `{
  // Visit https://aka.ms/tsconfig to read more about this file
  "compilerOptions": {
    "module": "nodenext",
    "target": "esnext",
    "types": [],
    /* Stricter typechecking */
    "noUncheckedIndexedAccess": true,
    "exactOptionalPropertyTypes": true,
    "strict": true,
    "verbatimModuleSyntax": true,
    "isolatedModules": true,
    "moduleDetection": "force",
    "skipLibCheck": true,
  }
}
`;

const packageJson = (type: string) => JSON.stringify({ name: "fresh", version: "1.0.0", type }, null, 2);

let work: Awaited<ReturnType<typeof tempDir>>;
let project: string;

function tsc(cwd: string): Promise<CliResult> {
  const args = [join(REPO, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "."];
  return new Promise((done) => execFile(process.execPath, args, { cwd }, (error, stdout, stderr) => done({ code: error ? 1 : 0, stdout, stderr })));
}

const marker = () => readFile(join(project, "src/api/package.json"), "utf8").catch(() => undefined);

beforeAll(async () => {
  work = await tempDir();
  project = join(work.path, "fresh");
  await mkdir(project);
  await writeFile(join(project, "notes.yaml"), SPEC);
  await writeFile(join(project, "tsconfig.json"), TSCONFIG_INIT);
  await writeFile(join(project, "camelgen.config.json"), JSON.stringify({ input: "notes.yaml", output: "src/api" }));
});
afterAll(() => work.remove());

describe("the output folder's module marker", { timeout: 120_000 }, () => {
  it('makes the client compile in a "type": "commonjs" project under nodenext and verbatimModuleSyntax', async () => {
    await writeFile(join(project, "package.json"), packageJson("commonjs"));
    const generated = await runCli(["-q"], project);
    expect(generated.code, generated.stderr).toBe(0);
    expect(JSON.parse((await marker()) ?? "null")).toEqual({ type: "module" });
    const compiled = await tsc(project);
    expect(compiled.code, compiled.stdout).toBe(0);
  });

  it("goes once the project says \"type\": \"module\", and the next run is a no-op", async () => {
    await writeFile(join(project, "package.json"), packageJson("module"));
    expect((await runCli(["-q"], project)).code).toBe(0);
    expect(await marker()).toBeUndefined();
    const compiled = await tsc(project);
    expect(compiled.code, compiled.stdout).toBe(0);
    const again = await runCli([], project);
    expect(again.stdout + again.stderr).toContain("is up to date");
  });

  it("comes back when the project turns CommonJS again, where the no-op check would otherwise keep the output", async () => {
    await writeFile(join(project, "package.json"), packageJson("commonjs"));
    expect((await runCli(["-q"], project)).code).toBe(0);
    expect(await marker()).toBeDefined();
  });
});
