import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { stringify } from "yaml";
import { LoadError } from "../load/load-error.js";
import { followRedirects, networkCause } from "../load/read-input.js";
import { hasExternalRefs, loadSpec, openApiVersion } from "../load/load-spec.js";
import { parseText } from "../load/parse-document.js";
import { sha256 } from "./manifest.js";

export interface PullArgs {
  source: string;
  /** The pinned snapshot file that `generate` reads. */
  snapshot: string;
  /** Request headers from environment variables: header name -> variable name. */
  headerEnv?: Record<string, string> | undefined;
  timeoutMs?: number;
}

/** Written beside the snapshot: where it came from and the validator to send next time. */
interface PullRecord {
  source: string;
  etag?: string;
  sha256: string;
}

export type PullResult = { kind: "unchanged" } | { kind: "updated"; previous: string | undefined; current: string };

const recordPath = (snapshot: string) => `${snapshot}.pull.json`;

/**
 * Fetches the schema, and when it changed (no 304, different bytes) stores it normalised as the
 * snapshot, atomically. Any failure leaves the snapshot as it was.
 */
export async function pull(args: PullArgs): Promise<PullResult> {
  const record = await readRecord(args.snapshot);
  const previous = await readFile(args.snapshot, "utf8").catch(() => undefined);
  const headers: Record<string, string> = { accept: "application/json, application/yaml;q=0.9, */*;q=0.5" };
  for (const [name, variable] of Object.entries(args.headerEnv ?? {})) {
    const value = process.env[variable];
    if (value !== undefined) headers[name] = value;
  }
  // The ETag vouches only for the snapshot it came with: a deleted or edited snapshot is fetched whole.
  const intact = previous !== undefined && record?.sha256 === sha256(previous);
  if (record?.etag !== undefined && record.source === args.source && intact) headers["if-none-match"] = record.etag;
  const response = await fetchSchema(args.source, headers, args.timeoutMs ?? 30_000);
  if (response.status === 304) return { kind: "unchanged" };
  const text = await response.text();
  const normalised = await normalise(text, args.source, args.snapshot);
  const etag = response.headers.get("etag") ?? undefined;
  const next: PullRecord = { source: args.source, sha256: sha256(normalised), ...(etag ? { etag } : {}) };
  if (previous === normalised) {
    await writeAtomically(recordPath(args.snapshot), `${JSON.stringify(next, null, 2)}\n`);
    return { kind: "unchanged" };
  }
  await writeAtomically(args.snapshot, normalised);
  await writeAtomically(recordPath(args.snapshot), `${JSON.stringify(next, null, 2)}\n`);
  return { kind: "updated", previous, current: normalised };
}

/**
 * The schema's response. A redirect is followed only within the source's origin, so the headers
 * (credentials) never reach another server; one that leaves it is refused, naming its target.
 */
async function fetchSchema(url: string, headers: Record<string, string>, timeoutMs: number): Promise<Response> {
  const offOrigin = (from: string, next: string) =>
    new LoadError(from, `redirected to ${next}, another origin, which the source's headers are not sent to; set \`source\` to it`, undefined, "network");
  let response: Response;
  try {
    ({ response } = await followRedirects(url, new URL(url).origin, AbortSignal.timeout(timeoutMs), { headers, offOrigin }));
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(url, networkCause(error), undefined, "network");
  }
  if (response.status !== 304 && !response.ok) throw new LoadError(url, `server answered ${response.status}`, undefined, "network");
  return response;
}

/**
 * Parsed and written again in the snapshot's own format, so formatting noise never shows as a
 * change. A schema split into files is stored bundled (its other files fetched from the source's
 * server), since `generate` reads the snapshot alone.
 */
async function normalise(text: string, source: string, snapshot: string): Promise<string> {
  const parsed = parseText(text, source);
  openApiVersion(parsed, source);
  const document = hasExternalRefs(parsed) ? (await loadSpec(source)).document : parsed;
  return /\.json$/i.test(snapshot) ? `${JSON.stringify(document, null, 2)}\n` : stringify(document, { lineWidth: 0, aliasDuplicateObjects: false });
}

async function readRecord(snapshot: string): Promise<PullRecord | undefined> {
  try {
    return JSON.parse(await readFile(recordPath(snapshot), "utf8")) as PullRecord;
  } catch {
    return undefined;
  }
}

async function writeAtomically(path: string, contents: string): Promise<void> {
  const temporary = `${path}.camelgen-tmp-${process.pid}`;
  // `init --input <url>` names `schema/openapi.yaml` before the folder exists.
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(temporary, contents);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
  }
}
