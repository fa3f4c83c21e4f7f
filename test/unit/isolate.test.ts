import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { Formatter } from "../../src/emit/formatter.js";
import { isolateUnsure, type Fragment } from "../../src/emit/isolate.js";
import { printSourceFile } from "../../src/emit/source-file.js";
import { PRETTIER_OPTIONS } from "../../src/emit/pinned-style.js";

const wide = (n: number) => "w".repeat(n);
/** A line layout.ts is not sure of (a union holding an object type, too wide to stay flat). */
const unsureCall = `pushIssue(issues, path, "x", [{ ${wide(40)}: 1 }, { ${wide(40)}: 2 }, { ${wide(30)}: 3 }])`;

/** Statements as the printer writes them, each with one line layout.ts is not sure of. */
const STATEMENTS = {
  classMember: [
    "export class Client extends APIClient {",
    "  constructor(options: ClientOptions = {}) {",
    `    super(options, { clientName: "Client", defaultBaseURL: "https://example.test/${wide(40)}", apiKeyEnvVar: "X" });`,
    "  }",
    "",
    "  /** Lists things. */",
    "  list(options?: RequestOptions): APIPromise<Thing[]> {",
    "    return thingsList(this, options);",
    "  }",
    "}",
  ],
  nestedBlocks: [
    "function validateThing$(value: unknown, path: string, issues: ValidationIssue[]): void {",
    '  if (!isRecord(value)) pushIssue(issues, path, "type", "expected object");',
    "  else {",
    "    for (let i = 0; i < value.length; i++) {",
    '      if (value[i] === undefined) pushIssue(issues, path, "required", "is required");',
    `      else if (!isThing(value[i])) ${unsureCall};`,
    "    }",
    "  }",
    "}",
  ],
  interfaceMember: [
    "export interface Thing {",
    "  id: number;",
    `  mixed: ({ short: string } | null) & { ${wide(60)}: string; ${wide(30)}: number };`,
    "  name?: string;",
    "}",
  ],
  switchCase: [
    "function pick(kind: string): number {",
    "  switch (kind) {",
    '    case "a":',
    `      return ${unsureCall.replace("pushIssue", "count")};`,
    "    default:",
    "      return 0;",
    "  }",
    "}",
  ],
};

async function printed(text: string): Promise<string> {
  const formatter = new Formatter();
  try {
    const file = await printSourceFile("x.ts", [text], { generatorVersion: "0", schemaHash: "0" }, formatter);
    return file.contents.slice(file.contents.indexOf("\n\n") + 2);
  } finally {
    await formatter.close();
  }
}

describe("statements layout.ts is not sure of", () => {
  it.each(Object.entries(STATEMENTS))("%s: printed exactly as prettier formats the whole statement", async (_, lines) => {
    const text = lines.join("\n");
    expect(await printed(text)).toBe(await prettier.format(text, PRETTIER_OPTIONS));
  });

  it("sends prettier only the member or statement around the unsure line", () => {
    const fragments = (lines: string[]) => (isolateUnsure(lines.join("\n")) ?? []).filter((p): p is Fragment => !Array.isArray(p)).map((f) => f.wrapped);
    const [constructorOnly] = fragments(STATEMENTS.classMember);
    expect(constructorOnly).toContain("super(options");
    expect(constructorOnly).not.toContain("list(");
    expect(fragments(STATEMENTS.nestedBlocks)).toEqual([["{", "  {", "    {", `      if (value[i] === undefined) pushIssue(issues, path, "required", "is required");`, `      else if (!isThing(value[i])) ${unsureCall};`, "    }", "  }", "}"].join("\n")]);
    expect(fragments(STATEMENTS.interfaceMember)).toEqual([["interface __camelgen {", STATEMENTS.interfaceMember[2], "}"].join("\n")]);
    // A switch's case labels are not statements: the whole switch is the smallest part.
    expect(fragments(STATEMENTS.switchCase)[0]).toContain("switch (kind) {");
  });

  it("refuses prettier output of another shape than the wrapper (the statement is then formatted whole)", () => {
    const [fragment] = (isolateUnsure(STATEMENTS.interfaceMember.join("\n")) ?? []).filter((p): p is Fragment => !Array.isArray(p));
    expect(fragment?.unwrap("interface __camelgen {\n  mixed: string;\n}\n")).toEqual(["  mixed: string;"]);
    expect(fragment?.unwrap("type __camelgen = {\n  mixed: string;\n};\n")).toBeUndefined();
    expect(fragment?.unwrap("interface __camelgen {}\n")).toBeUndefined();
  });

  it("isolates nothing in a statement that is not a class, interface or function", () => {
    expect(isolateUnsure(`export const x = ${unsureCall};`)).toBeUndefined();
  });
});
