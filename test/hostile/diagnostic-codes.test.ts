import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/run-cli.js";

/** Every `.ts` file under `dir`, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Codes passed to `sink.warn(...)` / `sink.error(...)` or written as `code: "..."` in a diagnostic. */
function emittedCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  for (const file of sources(join(REPO, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/\.(?:warn|error)\(\s*"([a-z0-9]+(?:-[a-z0-9]+)+)"|\bcode: "([a-z0-9]+(?:-[a-z0-9]+)+)"/g)) {
      codes.set(match[1] ?? match[2] ?? "", file.slice(REPO.length + 1));
    }
  }
  return codes;
}

/** The README's diagnostics section: the warnings table and the list of errors after it. */
function documentedCodes(): Set<string> {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const start = readme.indexOf("| `path-param-not-in-template`");
  const end = readme.indexOf("\n## ", start);
  expect(start, "the README's diagnostics table").toBeGreaterThan(0);
  const section = readme.slice(readme.lastIndexOf("\n\n", start), end);
  return new Set([...section.matchAll(/`([a-z0-9]+(?:-[a-z0-9]+)+)`/g)].map((m) => m[1] ?? ""));
}

describe("diagnostic codes", () => {
  it("finds the codes the source emits (the scan itself works)", () => {
    const codes = emittedCodes();
    for (const known of ["path-param-not-in-template", "operation-name-collision", "invalid-openapi", "ref-cycle"]) expect(codes.has(known), known).toBe(true);
  });

  it("every code the source can emit is documented in the README's diagnostics table", () => {
    const documented = documentedCodes();
    const missing = [...emittedCodes()].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it("every LoadError kind has its exit code documented", () => {
    const source = readFileSync(join(REPO, "src/load/load-error.ts"), "utf8");
    const kinds = [...(source.match(/kind: ((?:"[a-z]+"(?: \| )?)+)/)?.[1] ?? "").matchAll(/"([a-z]+)"/g)].map((m) => m[1]);
    // How the README's exit-code paragraph names each kind.
    const phrases: Record<string, string> = { invalid: "an unusable input", network: "network or I/O failure" };
    expect(kinds.sort()).toEqual(Object.keys(phrases).sort());
    const readme = readFileSync(join(REPO, "README.md"), "utf8").replace(/\s+/g, " ");
    for (const phrase of Object.values(phrases)) expect(readme).toContain(phrase);
  });
});
