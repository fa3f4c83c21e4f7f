/**
 * Each page style's code is reached only through the requests that use it: esbuild bundles one
 * list call of each style from the page styles' fixture, and only that style's modules (besides
 * the walker all of them share) put bytes in the bundle.
 */
import { bundleEntry } from "../helpers/bundle.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";

const PAGE_MODULES = [
  "runtime/page-promise.ts",
  "runtime/pagination.ts",
  "runtime/link-header.ts",
  "runtime/link-pagination.ts",
  "runtime/offset-pagination.ts",
  "runtime/cursor-pagination.ts",
];

let generated: GeneratedCase;
beforeAll(async () => {
  generated = await generateCase("pagination-styles");
});
afterAll(() => generated.remove());

async function pageModules(call: string): Promise<string[]> {
  const entry = `import { StylesCore, ${call.split("(")[0]} } from "./index.js"; export const p = ${call};`;
  const { files } = await bundleEntry(entry, generated.dir);
  return files.filter((path) => PAGE_MODULES.includes(path));
}

describe("page styles in a bundle", () => {
  const client = "new StylesCore({})";
  const walker = ["runtime/page-promise.ts", "runtime/pagination.ts"];
  const cases: [string, string, string[]][] = [
    ["a Link header list", `reposListForOrg(${client}, "octo")`, [...walker, "runtime/link-header.ts", "runtime/link-pagination.ts"]],
    ["an offset list", `recordsList(${client})`, [...walker, "runtime/offset-pagination.ts"]],
    ["a cursor list", `eventsList(${client})`, [...walker, "runtime/cursor-pagination.ts"]],
    ["a next-link list", `messagesList(${client})`, walker],
    ["a call that does not page", `tagsList(${client})`, []],
  ];
  it.each(cases)("%s brings the page modules of its style only", async (_label, call, want) => {
    expect(await pageModules(call)).toEqual([...want].sort());
  });
});
