import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MODULE_MARKER, needsModuleMarker } from "../../src/cli/module-marker.js";
import { tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;

beforeEach(async () => {
  work = await tempDir();
});
afterEach(() => work.remove());

/** Writes `files` (path -> text, or an object written as JSON) under the temporary project. */
async function project(files: Record<string, string | object>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(work.path, path)), { recursive: true });
    await writeFile(join(work.path, path), typeof content === "string" ? content : JSON.stringify(content));
  }
}

const commonjs = { name: "p", type: "commonjs" };
const nodenext = { compilerOptions: { module: "NodeNext", verbatimModuleSyntax: true } };
const needs = () => needsModuleMarker(join(work.path, "src/client"));

describe("needsModuleMarker", () => {
  it("is true for a CommonJS package (by its type, or by having none) under node16..nodenext with verbatimModuleSyntax", async () => {
    await project({ "package.json": commonjs, "tsconfig.json": nodenext });
    expect(await needs()).toBe(true);
    await project({ "package.json": { name: "p" }, "tsconfig.json": { compilerOptions: { module: "node16", verbatimModuleSyntax: true } } });
    expect(await needs()).toBe(true);
  });

  it('is false for a "type": "module" package, and without verbatimModuleSyntax or a node module kind', async () => {
    await project({ "package.json": { type: "module" }, "tsconfig.json": nodenext });
    expect(await needs()).toBe(false);
    await project({ "package.json": commonjs, "tsconfig.json": { compilerOptions: { module: "nodenext" } } });
    expect(await needs()).toBe(false);
    for (const module of ["esnext", "preserve", "commonjs"]) {
      await project({ "tsconfig.json": { compilerOptions: { module, verbatimModuleSyntax: true } } });
      expect(await needs()).toBe(false);
    }
  });

  it("is false where no tsconfig.json is found above the output", async () => {
    await project({ "package.json": commonjs });
    expect(await needs()).toBe(false);
  });

  it("reads tsconfig.json with comments and trailing commas, as tsc --init writes it", async () => {
    await project({ "package.json": commonjs, "tsconfig.json": '{\n  // nodenext\n  "compilerOptions": { /* both */ "module": "nodenext", "verbatimModuleSyntax": true, },\n}\n' });
    expect(await needs()).toBe(true);
  });

  it("follows extends: a relative path without .json, a package's config, an array where later wins", async () => {
    await project({ "package.json": commonjs, "base/node.json": nodenext, "tsconfig.json": { extends: "./base/node" } });
    expect(await needs()).toBe(true);
    await project({ "node_modules/@tsconfig/node22/tsconfig.json": nodenext, "tsconfig.json": { extends: "@tsconfig/node22/tsconfig.json" } });
    expect(await needs()).toBe(true);
    await project({ "tsconfig.json": { extends: "@tsconfig/node22" } });
    expect(await needs()).toBe(true);
    await project({ "base/off.json": { compilerOptions: { verbatimModuleSyntax: false } }, "tsconfig.json": { extends: ["./base/node.json", "./base/off.json"] } });
    expect(await needs()).toBe(false);
    await project({ "tsconfig.json": { extends: "./base/node.json", compilerOptions: { module: "esnext" } } });
    expect(await needs()).toBe(false);
  });

  it("stops at an extends cycle, and applies a base that two bases share in each", async () => {
    await project({ "package.json": commonjs, "a.json": { extends: "./tsconfig.json" }, "tsconfig.json": { extends: "./a.json", compilerOptions: nodenext.compilerOptions } });
    expect(await needs()).toBe(true);
    await project({
      "base.json": nodenext,
      "esm.json": { extends: "./base.json", compilerOptions: { module: "esnext" } },
      "node.json": { extends: "./base.json" },
      "tsconfig.json": { extends: ["./esm.json", "./node.json"] },
    });
    expect(await needs()).toBe(true);
  });

  it("reads past the marker its manifest lists, and never replaces a package.json of the user's own in the output folder", async () => {
    await project({ "package.json": commonjs, "tsconfig.json": nodenext, "src/client/package.json": MODULE_MARKER.contents });
    expect(await needsModuleMarker(join(work.path, "src/client"), { "package.json": "sha" })).toBe(true);
    expect(await needs()).toBe(false);
    await project({ "src/client/package.json": { name: "mine" } });
    expect(await needs()).toBe(false);
  });
});
