import { realpathSync, readFileSync, statSync } from "node:fs";
import { dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type SwaggerParser from "@apidevtools/swagger-parser";
import { anchorLocalRefs } from "./anchor-refs.js";
import type { DataShelter } from "./data-shelter.js";
import { parseText } from "./parse-document.js";
import { decodeUtf8, DEFAULT_LIMITS, fetchBytes, type InputText } from "./read-input.js";

type FileInfo = { url: string; data?: string | Buffer };

/**
 * $ref resolution confined to where the input lives: a local spec reads files only inside its own
 * folder (after symlinks) and nothing remote; a remote spec reads only from its own origin, and
 * follows redirects only within it. Every referenced file is parsed like the input itself (alias
 * limit, duplicate keys, nesting depth), not by swagger-parser's lenient parsers.
 */
export function refResolverOptions(input: InputText, timeoutMs: number, shelter: DataShelter): ResolverSetup {
  const refusals: string[] = [];
  const reads: string[] = [];
  const refuse = (reason: string): never => {
    refusals.push(reason);
    throw new Error(reason);
  };
  const parse = { json: false, yaml: false, text: false, binary: false, camelgen: parser(refusals, shelter) };
  const read = input.isUrl ? remoteReader(new URL(input.source).origin, timeoutMs, refuse) : localReader(input.source, reads, refuse);
  const options = { resolve: { file: false, http: false, camelgen: { order: 1, canRead: true, read } }, parse };
  return { refusals, reads, options: options as unknown as SwaggerParser.Options };
}

/** The options for swagger-parser, and the reasons any reference was refused (its own errors hide them). */
export interface ResolverSetup {
  options: SwaggerParser.Options;
  refusals: string[];
  /** Real paths of the local files references were read from. */
  reads: string[];
}

type Refuse = (reason: string) => never;

function localReader(source: string, reads: string[], refuse: Refuse) {
  const root = realpathSync(dirname(source));
  return (file: FileInfo): Buffer => {
    if (!isLocal(file.url)) return refuse(`$ref to ${file.url}: a spec read from a file may only refer to files in its folder`);
    try {
      const confined = readConfined(file.url, root);
      reads.push(confined.path);
      return confined.contents;
    } catch (error) {
      return refuse((error as Error).message);
    }
  };
}

function remoteReader(origin: string, timeoutMs: number, refuse: Refuse) {
  return async (file: FileInfo): Promise<Buffer> => {
    if (!/^https?:/i.test(file.url)) return refuse(`$ref to ${file.url}: a spec fetched from a URL may only refer to its own origin`);
    if (!sameOrigin(file.url, origin)) return refuse(`$ref to ${file.url} leaves the origin ${origin}`);
    try {
      return Buffer.from((await fetchBytes(file.url, { ...DEFAULT_LIMITS, timeoutMs }, origin)).bytes);
    } catch (error) {
      return refuse((error as Error).message);
    }
  };
}

function parser(refusals: string[], shelter: DataShelter) {
  return {
    order: 1,
    allowEmpty: true,
    canParse: true,
    parse(file: FileInfo): unknown {
      try {
        const data = file.data ?? "";
        const parsed = shelter.shelter(parseText(typeof data === "string" ? data : decodeUtf8(data, file.url), file.url));
        return anchorLocalRefs(parsed, file.url);
      } catch (error) {
        refusals.push((error as Error).message);
        throw error;
      }
    },
  };
}

function isLocal(url: string): boolean {
  return url.startsWith("file:") || !/^[a-z][a-z0-9+.-]+:/i.test(url);
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

function readConfined(url: string, root: string): { path: string; contents: Buffer } {
  const path = url.startsWith("file:") ? fileURLToPath(url) : decodeURIComponent(url);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new Error(`$ref to ${path}: no such file`);
  }
  if (real !== root && !real.startsWith(root + sep)) {
    throw new Error(`$ref to ${path} leaves the spec's folder ${root}`);
  }
  const info = statSync(real);
  if (!info.isFile()) throw new Error(`$ref to ${path} is not a regular file`);
  if (info.size > DEFAULT_LIMITS.maxBytes) throw new Error(`$ref to ${path}: file is ${info.size} bytes; the limit is ${DEFAULT_LIMITS.maxBytes}`);
  return { path: real, contents: readFileSync(real) };
}
