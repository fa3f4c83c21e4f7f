import { readFile, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { LoadError } from "./load-error.js";

export interface InputText {
  /** Absolute file path or the URL as given. */
  source: string;
  isUrl: boolean;
  text: string;
}

export interface ReadLimits {
  /** Largest document accepted, in bytes. */
  maxBytes: number;
  /** Time allowed for a URL to answer and send its body, in ms. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 64 * 1024 * 1024, timeoutMs: 30_000 };

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Reads a local file or fetches an http(s) URL, within the size and time limits. */
export async function readInput(input: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<InputText> {
  return isUrl(input) ? fetchText(input, limits) : readLocal(input, limits);
}

async function readLocal(input: string, limits: ReadLimits): Promise<InputText> {
  const path = resolve(input);
  try {
    const real = await realpath(path);
    const info = await stat(real);
    if (!info.isFile()) throw new LoadError(path, "not a regular file");
    if (info.size > limits.maxBytes) throw new LoadError(path, `file is ${info.size} bytes; the limit is ${limits.maxBytes}`);
    return { source: path, isUrl: false, text: await readFile(real, "utf8") };
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new LoadError(path, code === "ENOENT" ? "no such file" : (error as Error).message);
  }
}

async function fetchText(url: string, limits: ReadLimits): Promise<InputText> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { accept: "application/json, application/yaml, text/yaml, */*" } });
    if (!response.ok) throw new LoadError(url, `server answered ${response.status} ${response.statusText}`.trim(), undefined, "network");
    const text = await readLimited(response, url, limits.maxBytes);
    return { source: url, isUrl: true, text };
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (controller.signal.aborted) throw new LoadError(url, `no complete answer within ${limits.timeoutMs} ms`, undefined, "network");
    throw new LoadError(url, networkCause(error), undefined, "network");
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new LoadError(url, `document is ${declared} bytes; the limit is ${maxBytes}`);
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new LoadError(url, `document exceeds the limit of ${maxBytes} bytes`);
    }
    chunks.push(next.value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** undici hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`. */
function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}
