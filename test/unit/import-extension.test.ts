import { describe, expect, it } from "vitest";
import { withImportExtension } from "../../src/emit/import-extension.js";

const file = (contents: string, path = "a.ts") => [{ path, contents }];

describe("importExtension rewrites module specifiers of import and export declarations only", () => {
  const cases: [string, string, string][] = [
    ["import", 'import { a } from "./a.js";\n', 'import { a } from "./a.ts";\n'],
    ["import type, parent folder", 'import type { A } from "../runtime/index.js";\n', 'import type { A } from "../runtime/index.ts";\n'],
    ["export from", 'export * from "./types.js";\nexport { X as default } from "./client.js";\n', 'export * from "./types.ts";\nexport { X as default } from "./client.ts";\n'],
    ["a package specifier stays", 'import x from "pkg/a.js";\n', 'import x from "pkg/a.js";\n'],
    ["text that only looks like an import stays", 'const s = "from \\"./a.js\\"";\n// import "./b.js";\n', 'const s = "from \\"./a.js\\"";\n// import "./b.js";\n'],
  ];
  it.each(cases)("%s", (_label, given, want) => {
    expect(withImportExtension(file(given), ".ts")).toEqual(file(want));
  });

  it('".js" changes nothing, and files other than .ts are left alone', () => {
    const given = [...file('import "./a.js";\n'), { path: "api.md", contents: 'import "./a.js"' }];
    expect(withImportExtension(given, ".js")).toBe(given);
    expect(withImportExtension(given, ".ts")[1]).toEqual(given[1]);
  });
});
