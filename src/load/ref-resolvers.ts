import { realpathSync, readFileSync, statSync } from "node:fs";
import { dirname, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type SwaggerParser from "@apidevtools/swagger-parser";
import type { InputText } from "./read-input.js";

type FileInfo = { url: string };

/**
 * $ref resolution confined to where the input lives: a local spec reads files only inside its own
 * folder (after symlinks) and nothing remote; a remote spec reads only from its own origin.
 */
export function refResolverOptions(input: InputText, timeoutMs: number): ResolverSetup {
  const refusals: string[] = [];
  const reads: string[] = [];
  if (input.isUrl) {
    const origin = new URL(input.source).origin;
    const canRead = (file: FileInfo) => sameOrigin(file.url, origin) || refuse(refusals, `$ref to ${file.url} leaves the origin ${origin}`);
    return { refusals, reads, options: { resolve: { file: false, http: { canRead, timeout: timeoutMs, redirects: 0, safeUrlResolver: false } } } };
  }
  const root = realpathSync(dirname(input.source));
  const read = (file: FileInfo) => {
    try {
      const confined = readConfined(file.url, root);
      reads.push(confined.path);
      return confined.contents;
    } catch (error) {
      refusals.push((error as Error).message);
      throw error;
    }
  };
  return { refusals, reads, options: { resolve: { http: false, file: { order: 1, canRead: isLocal, read } } } };
}

/** The options for swagger-parser, and the reasons any reference was refused (its own errors hide them). */
export interface ResolverSetup {
  options: SwaggerParser.Options;
  refusals: string[];
  /** Real paths of the local files references were read from. */
  reads: string[];
}

function refuse(refusals: string[], reason: string): false {
  refusals.push(reason);
  return false;
}

function isLocal(file: FileInfo): boolean {
  return file.url.startsWith("file:") || !/^[a-z][a-z0-9+.-]+:/i.test(file.url);
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
  const real = realpathSync(path);
  if (real !== root && !real.startsWith(root + sep)) {
    throw new Error(`$ref to ${path} leaves the spec's folder ${root}`);
  }
  if (!statSync(real).isFile()) throw new Error(`$ref to ${path} is not a regular file`);
  return { path: real, contents: readFileSync(real) };
}
