import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addScripts, readPackageJson } from "../../src/cli/package-scripts.js";
import { tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir();
});
afterAll(() => work.remove());

const wanted = { generate: "camelgen", "generate:check": "camelgen --check" };

// given package.json -> want package.json: only the new entries are inserted, in the file's own layout.
const cases: [string, string, string][] = [
  [
    "4 spaces, scripts present, arrays on one line",
    '{\n    "name": "a",\n    "files": ["dist"],\n    "scripts": {\n        "build": "tsc"\n    }\n}\n',
    '{\n    "name": "a",\n    "files": ["dist"],\n    "scripts": {\n        "build": "tsc",\n        "generate": "camelgen",\n        "generate:check": "camelgen --check"\n    }\n}\n',
  ],
  [
    "tabs, no scripts, no final newline",
    '{\n\t"name": "a",\n\t"private": true\n}',
    '{\n\t"name": "a",\n\t"private": true,\n\t"scripts": {\n\t\t"generate": "camelgen",\n\t\t"generate:check": "camelgen --check"\n\t}\n}',
  ],
  ["CRLF, empty scripts", '{\r\n  "scripts": {}\r\n}\r\n', '{\r\n  "scripts": {\r\n    "generate": "camelgen",\r\n    "generate:check": "camelgen --check"\r\n  }\r\n}\r\n'],
  ["one line", '{"name":"a","scripts":{"x":"y"}}', '{"name":"a","scripts":{"x":"y","generate": "camelgen","generate:check": "camelgen --check"}}'],
  ["a brace inside a string", '{\n  "description": "a } and a \\" {",\n  "scripts": { "x": "}" }\n}\n', '{\n  "description": "a } and a \\" {",\n  "scripts": { "x": "}",\n    "generate": "camelgen",\n    "generate:check": "camelgen --check"\n  }\n}\n'],
];

describe("adding npm scripts keeps package.json as written", () => {
  it.each(cases)("%s", async (_label, given, want) => {
    const path = join(work.path, "package.json");
    await writeFile(path, given);
    const pkg = await readPackageJson(path);
    if (pkg === undefined) throw new Error("package.json was not read");
    expect(await addScripts(pkg, wanted)).toEqual({ added: ["generate", "generate:check"], kept: [] });
    const text = await readFile(path, "utf8");
    expect(text).toBe(want);
    expect(JSON.parse(text)).toEqual({ ...(JSON.parse(given) as object), scripts: { ...((JSON.parse(given) as { scripts?: object }).scripts ?? {}), ...wanted } });
  });
});
