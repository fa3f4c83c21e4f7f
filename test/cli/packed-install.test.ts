import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offlineProject } from "../helpers/offline-lock.js";
import { folderDigest, REPO, tempDir, type CliResult } from "../helpers/run-cli.js";

// A user's first run, as the README tells it, from the packed package: no network (npm --offline
// everywhere), no file of this repository but the tarball.

let work: Awaited<ReturnType<typeof tempDir>>;

/** Runs npm or npx in the project, offline, and never through a shell. */
function run(command: "npm" | "npx", args: string[]): Promise<CliResult> {
  return new Promise((done) => {
    const env = { ...process.env, npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
    execFile(command, args, { cwd: work.path, env }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  work = await tempDir("camelgen-packed-");
  // dist/ is built by the suite's global setup; --ignore-scripts keeps `prepare` from building again.
  const packed = await new Promise<CliResult>((done) =>
    execFile("npm", ["pack", "--ignore-scripts", "--pack-destination", work.path], { cwd: REPO }, (error, stdout, stderr) => done({ code: error ? 1 : 0, stdout, stderr })),
  );
  expect(packed.code, packed.stderr).toBe(0);
  const tarball = (await readdir(work.path)).find((f) => f.endsWith(".tgz")) ?? "";
  const { packageJson, lock } = await offlineProject(REPO, work.path, tarball, ["typescript"]);
  await writeFile(join(work.path, "package.json"), `${JSON.stringify({ ...packageJson, scripts: { build: "tsc -p ." } }, null, 2)}\n`);
  await writeFile(join(work.path, "package-lock.json"), JSON.stringify(lock, null, 2));
  await writeFile(join(work.path, "openapi.yaml"), await readFile(join(REPO, "fixtures/cases/recursive.yaml")));
  const compilerOptions = { strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, module: "NodeNext", target: "ES2022", lib: ["ES2022", "DOM"], outDir: "dist", skipLibCheck: false };
  await writeFile(join(work.path, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["src"] }));
  await import("node:fs/promises").then((fs) => fs.mkdir(join(work.path, "src")));
  await writeFile(join(work.path, "src/main.ts"), 'import Api, { isTreeNode } from "./api/index.js";\nconst api = new Api({ baseURL: "http://127.0.0.1:1" });\nexport const check: boolean = isTreeNode({ name: "a", children: [] }) && typeof api.trees.retrieve === "function";\n');
}, 180_000);

afterAll(() => work.remove());

describe("the packed package in a fresh project, offline", { timeout: 180_000 }, () => {
  it("installs from the tarball and the npm cache, then init, generate, --check, a typo'd flag and the project's own build", async () => {
    const install = await run("npm", ["install", "--offline"]);
    expect(install.code, install.stderr).toBe(0);

    const init = await run("npx", ["camelgen", "init", "--input", "openapi.yaml", "--output", "src/api", "--name", "Api"]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("Next: npm run generate");
    const scripts = (JSON.parse(await readFile(join(work.path, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts).toEqual({ build: "tsc -p .", generate: "camelgen", "generate:check": "camelgen --check" });

    const generate = await run("npx", ["camelgen"]);
    expect(generate.code, generate.stderr).toBe(0);
    expect(generate.stdout).toMatch(/wrote \d+ files to src\/api/);
    const check = await run("npx", ["camelgen", "--check"]);
    expect(check.code, check.stderr).toBe(0);

    const before = await folderDigest(join(work.path, "src/api"));
    const typo = await run("npx", ["camelgen", "--chek"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Unknown argument: chek");
    expect(await folderDigest(join(work.path, "src/api"))).toEqual(before);

    const build = await run("npm", ["run", "build"]);
    expect(build.code, `${build.stdout}\n${build.stderr}`).toBe(0);
    expect(await readFile(join(work.path, "dist/api/index.js"), "utf8")).toContain("export");
  });
});
