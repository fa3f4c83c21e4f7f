import { describe, expect, it } from "vitest";
import { plainGenerateFlags } from "../../src/cli/plain-argv.js";

const DEFAULTS = { check: false, force: false, quiet: false, json: false };

describe("plainGenerateFlags: a plain generate run read without yargs", () => {
  it.each([
    [[], {}],
    [["generate"], {}],
    [["generate", "--input", "a.yaml", "--output", "out", "-q"], { input: "a.yaml", output: "out", quiet: true }],
    [["-i", "a.json", "-o", "out"], { input: "a.json", output: "out" }],
    [["generate", "--input=a.yaml", "--output=x=y"], { input: "a.yaml", output: "x=y" }],
    [["--name", "Pets", "--strict", "--check", "--force", "--json", "--quiet"], { name: "Pets", strict: true, check: true, force: true, json: true, quiet: true }],
    [["--format", "prettier"], { format: "prettier" }],
    [["--format=prettier", "-i", "https://example.com/openapi.json"], { format: "prettier", input: "https://example.com/openapi.json" }],
  ])("%j -> its flags", (argv, want) => {
    expect(plainGenerateFlags(argv)).toEqual({ ...DEFAULTS, ...want });
  });

  it.each([
    [["--help"]],
    [["--version"]],
    [["generate", "--watch"]],
    [["-w"]],
    [["pull"]],
    [["diff", "a.yaml", "b.yaml"]],
    [["generate", "extra"]],
    [["generate", "generate"]],
    [["--input"]],
    [["--input", ""]],
    [["--input="]],
    [["--input", "--output", "out"]],
    [["-i", "-"]],
    [["--input", "a", "--input", "b"]],
    [["-i", "a", "--input", "b"]],
    [["--quiet", "-q"]],
    [["--quiet=true"]],
    [["--quiet", "true"]],
    [["--no-strict"]],
    [["--format", "biome"]],
    [["--format"]],
    [["-qf"]],
    [["-i=a.yaml"]],
    [["--inputs", "a.yaml"]],
    [["--", "-i", "a"]],
  ])("%j -> left to yargs", (argv) => {
    expect(plainGenerateFlags(argv)).toBeUndefined();
  });
});
