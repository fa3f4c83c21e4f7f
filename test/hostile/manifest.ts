import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../helpers/run-cli.js";

export const HOSTILE = join(REPO, "fixtures/hostile");

/** The inputs that `prepare` builds in a temp folder (see materialize.ts). */
export type Preparation = "oversize" | "deep" | "deep-yaml" | "ref-count" | "symlink";

export interface Expectation {
  outcome: "generates" | "fails";
  /** Every warning code the generation reports, for fixtures that generate. */
  warnings?: string[];
  /** The generation error expected (code and JSON pointer). */
  diagnostic?: { code: string; pointer: string };
  /** A regular expression the LoadError message matches. */
  loadError?: string;
  prepare?: Preparation;
  /** Generated in a child process under a time and memory limit. */
  isolate?: boolean;
  /** Fetched over loopback HTTP by remote.test.ts (and the bench), not read from disk. */
  serve?: boolean;
}

export interface Fixture extends Expectation {
  /** File or folder name under fixtures/hostile. */
  name: string;
  /** The file to generate from (a folder's openapi.yaml). */
  path: string;
}

/** The canary the payloads try to set; it must stay undefined. */
export const CANARY = "__camelgenCanary";

/** Folders and files in fixtures/hostile that are not fixtures themselves. */
export const NOT_FIXTURES = new Set(["expectations.json", "_support"]);

export function loadFixtures(): Fixture[] {
  const raw = JSON.parse(readFileSync(join(HOSTILE, "expectations.json"), "utf8")) as { fixtures: Record<string, Expectation> };
  return Object.entries(raw.fixtures).map(([name, expectation]) => ({
    ...expectation,
    name,
    path: join(HOSTILE, name, /\.(ya?ml|json)$/.test(name) ? "" : "openapi.yaml"),
  }));
}

/** The fixture's own text: used to check that a marker the scan looks for is really in the input. */
export function fixtureText(fixture: Fixture): string {
  return readFileSync(fixture.path, "latin1");
}

/**
 * Generated file paths camelgen may write: a fixed set, and one file per resource whose name is
 * made of the words of a tag (letters, marks and digits joined by `-`), whatever the schema names.
 */
export const OUTPUT_PATH = /^api\.md$|^(?:types|guards|schemas|operations|client|index)\.ts$|^runtime\/[a-z][a-z0-9-]*\.ts$|^resources\/_?[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*\.ts$/u;
