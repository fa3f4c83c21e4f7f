import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { layoutStatement } from "../../src/emit/layout.js";
import { PRETTIER_OPTIONS } from "../../src/emit/pinned-style.js";

const long = (name: string) => `${name}_${"x".repeat(40)}`;

/** Statements as the printer writes them: every line whole, bodies indented. prettier is the oracle. */
const LAID_OUT = [
  `import type { ${Array.from({ length: 12 }, (_, i) => `TypeNumber${i}`).join(", ")} } from "./types.js";`,
  `export { ${Array.from({ length: 12 }, (_, i) => `functionNumber${i}`).join(", ")} } from "./resources/name.js";`,
  `export { ${Array.from({ length: 12 }, (_, i) => `ResourceNumber${i}`).join(", ")} };`,
  `import { ${"A".repeat(90)} } from "./resources/a.js";`,
  `import type { ${"A".repeat(90)} } from "./types.js";`,
  `export { ${"A".repeat(90)} } from "./resources/a.js";`,
  `export { ${"A".repeat(90)} };`,
  `function validate${long("Name")}$(value: unknown, path: string, issues: ValidationIssue[]): void {\n  return;\n}`,
  `export function assert${long("Name")}(value: unknown): asserts value is ${long("Name")} {\n  return;\n}`,
  `function f(value: unknown) {\n  if (typeof ${long("a")} !== "string") pushIssue(issues, path + "/${long("b")}", "type", "expected string");\n}`,
  `function f(value: unknown) {\n  if (x) pushIssue(issues, path, "enum", 'must be one of "${"y".repeat(90)}"');\n}`,
  `function f(value: unknown) {\n  if (!isRecord(value)) return false;\n  else pushIssue(issues, path + "/${long("b")}", "type", "expected string", ${long("c")});\n}`,
  `function f(value: unknown) {\n  if (value["${long("a")}"] === undefined || value["${long("b")}"] === undefined) return false;\n}`,
  `function f(value: unknown) {\n  if (!(${long("a")} === "one" || ${long("a")} === "two")) return false;\n}`,
  `function f(value: unknown) {\n  if (${long("a")} !== undefined && !(${long("a")} === "first" || ${long("a")} === "second")) return false;\n}`,
  `function f(value: unknown) {\n  if (!(${"a".repeat(37)} === "one" || ${"a".repeat(37)} === "b")) return false;\n}`,
  `function f(value: unknown) {\n  if (!(${"a".repeat(30)} === "one" || ${"a".repeat(20)} === "two" || ${"a".repeat(28)} === "b")) return false;\n}`,
  `function f(value: unknown) {\n  return isFirst${long("Name")}(value) || isSecond${long("Name")}(value);\n}`,
  `function f(value: unknown) {\n  return value === "${"e".repeat(28)}" || value === "${"f".repeat(28)}" || value === "g";\n}`,
  `function f(value: unknown) {\n  const issues = validate${long("Name")}${"Long".repeat(8)}(value);\n}`,
  `function f(value: unknown) {\n  if (!((${"a".repeat(25)} === 1 && ${"a".repeat(12)} === 2) || ${"a".repeat(25)} === "b")) return false;\n}`,
  `function f(value: unknown) {\n  if (!(typeof ${"d".repeat(20)} === "string" && (${"d".repeat(20)}.length <= 255 || (${"d".repeat(20)}.length <= 510 && codePointLength(${"d".repeat(20)}) <= 255)))) return false;\n}`,
  `interface I {\n  key?: "${"a".repeat(20)}" | "${"b".repeat(20)}" | "${"c".repeat(20)}" | "${"d".repeat(20)}" | "${"e".repeat(20)}";\n}`,
  `interface I {\n  key?: "${"a".repeat(20)}" | "${"b".repeat(20)}" | "${"c".repeat(20)}" | "${"d".repeat(20)}" | "${"e".repeat(20)}" | "f";\n}`,
  `export type ${long("Union")} = ${long("First")} | ${long("Second")};`,
  `function f(value: unknown) {\n  const ${long("name")} = value["${long("key")}"];\n}`,
  `function f(value: unknown) {\n  throw new ValidationError(issues, failureMessage("${long("Name")}", issues));\n}`,
  `function f(value: unknown) {\n  if (x) {\n    y();\n  }\n}`,
  `function f(_value: unknown): void {\n}`,
  ...typeMembers(),
];

/** Property signatures and aliases with inline object types, as type-text.ts prints them on one line. */
function typeMembers(): string[] {
  const fields = (n: number) => Array.from({ length: n }, (_, i) => `field_number_${i}?: string`).join("; ");
  const literals = (n: number) => Array.from({ length: n }, (_, i) => `"value_${i}"`).join(" | ");
  const member = (text: string) => `interface I {\n  ${text};\n}`;
  return [
    member(`plain: { ${fields(8)} }`),
    member(`"quoted-key"?: { ${fields(8)} }[]`),
    member(`nullable: { ${fields(8)} } | null`),
    member(`list: ({ ${fields(8)} } | null)[]`),
    member(`[key: string]: { ${fields(8)} }`),
    member(`nested: { inner: { ${fields(8)} }; short: { a: string }; kinds: ${literals(12)} }`),
    member(`flags?: (${literals(6)})[]`),
    member(`many_flags_with_a_long_key_name_that_takes_room: (${literals(6)})[]`),
    member(`flags?: (${literals(14)})[]`),
    `export type ${long("Alias")} = { ${fields(8)} };`,
    `export type ${long("Alias")} = { ${fields(8)} } | null;`,
    `export type ${long("Alias")} = ${long("Name")}[];`,
    member(`reviewers: ({ login: string; id: number } | null | { ${fields(8)} })[]`),
    member(`labels?: (string | { id?: number; name?: string; description?: string | null; color?: string; default?: boolean })[]`),
    member(`mixed: { short: string } | null | { ${fields(8)} }`),
    member(`both: { ${fields(8)} }[] | null`),
    member(`deep: ({ short: string } | null | { inner: { ${fields(8)} }; k: "a" | "b" })[]`),
    `export type ${long("Alias")} = { kind: "a"; ${fields(4)} } | { kind: "b"; ${fields(4)} };`,
  ];
}

/** Shapes left to prettier: it keeps some of these flat and breaks others. */
const NOT_SURE = [
  `function f(value: unknown) {\n  if (x) pushIssue(issues, path, "enum", "must be ${"ü".repeat(60)}");\n}`,
  `function f(value: unknown) {\n  return client.request<X>({ method: "GET", path: "/${"p".repeat(90)}" }, options);\n}`,
  `const n = ${"1e+21"};`,
  `interface I {\n  hugged: null | { ${"f".repeat(60)}: string; ${"g".repeat(30)}: number };\n}`,
  `interface I {\n  a_rather_long_property_name_for_this_case: ${"n".repeat(50)} | { ${"f".repeat(5)}: string };\n}`,
];

describe("layoutStatement", () => {
  it.each(LAID_OUT)("lays out like prettier: %s", async (statement) => {
    const want = (await prettier.format(statement, PRETTIER_OPTIONS)).trimEnd();
    expect(layoutStatement(statement)).toBe(want);
  });

  it.each(NOT_SURE)("leaves to prettier: %s", (statement) => {
    expect(layoutStatement(statement)).toBeUndefined();
  });

  it("leaves a line that fits as it is", () => {
    const statement = `function f(value: unknown) {\n  if (typeof value !== "string") return false;\n}`;
    expect(layoutStatement(statement)).toBe(statement);
  });
});
