import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { RUNTIME_EXPORTS } from "../../src/model/reserved-words.js";
import { REPO } from "../helpers/run-cli.js";

describe("RUNTIME_EXPORTS", () => {
  const project = new Project({ tsConfigFilePath: `${REPO}/templates/tsconfig.json` });
  const exported = [...project.getSourceFileOrThrow(`${REPO}/templates/index.ts`).getExportedDeclarations().keys()].sort();

  it("is exactly what templates/index.ts exports", () => {
    expect([...RUNTIME_EXPORTS].sort()).toEqual(exported);
  });

  it("holds no name a generated guard, assertion or Standard Schema object could take", () => {
    expect(exported.filter((name) => /^(is|assert|validate)[A-Z]|Schema$/.test(name))).toEqual([]);
  });
});
