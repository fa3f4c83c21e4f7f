import { isUtf8 } from "node:buffer";
import { readFile, realpath, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { LoadError } from "./load-error.js";

export interface InputText {
  /** Absolute file path, or the URL the document was read from (after same-origin redirects). */
  source: string;
  isUrl: boolean;
  /** The document's text (decoded when first read: a JSON document is parsed from `bytes`). */
  readonly text: string;
  /** The text's UTF-8 bytes as read (less a byte order mark): hashed as they are, without encoding the text again. */
  bytes: Uint8Array;
  /** Whether `bytes` are all the input's bytes (it began with no byte order mark). */
  whole: boolean;
}

export interface ReadLimits {
  /** Largest document accepted, in bytes. */
  maxBytes: number;
  /** Time allowed for a URL to answer and send its body, in ms. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 64 * 1024 * 1024, timeoutMs: 30_000 };

const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Reads a local file or fetches an http(s) URL, within the size and time limits. */
export async function readInput(input: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<InputText> {
  const scheme = /^([a-z][a-z0-9+.-]+):\/\//i.exec(input)?.[1];
  if (scheme !== undefined && !isUrl(input)) throw new LoadError(input, `${scheme}: URLs are not read; give an http(s) URL or a file`);
  if (!isUrl(input)) return readLocal(input, limits);
  checkNoCredentials(input);
  const fetched = await fetchBytes(input, limits, new URL(input).origin);
  return inputText(fetched.url, true, fetched.bytes);
}

/** A user name or password in the URL is refused without being repeated: messages end up in CI logs. */
function checkNoCredentials(input: string): void {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return;
  }
  if (url.username === "" && url.password === "") return;
  url.username = "";
  url.password = "";
  throw new LoadError(url.href, "a URL with a user name or password is not fetched; for a schema that needs credentials, `camelgen pull` sends headers from environment variables (`headers` in camelgen.config.json)");
}

async function readLocal(input: string, limits: ReadLimits): Promise<InputText> {
  const path = resolve(input);
  try {
    const real = await realpath(path);
    const info = await stat(real);
    if (!info.isFile()) throw new LoadError(path, "not a regular file");
    if (info.size > limits.maxBytes) throw new LoadError(path, `file is ${info.size} bytes; the limit is ${limits.maxBytes}`);
    const bytes = await readFile(real);
    return inputText(path, false, bytes);
  } catch (error) {
    if (error instanceof LoadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new LoadError(path, code === "ENOENT" ? "no such file" : (error as Error).message);
  }
}

/** The input as read; valid UTF-8 or a LoadError, decoded to its text only when that is first asked for. */
function inputText(source: string, isUrl: boolean, bytes: Uint8Array): InputText {
  if (!isUtf8(bytes)) throw invalidUtf8(bytes, source);
  let text: string | undefined;
  return {
    source,
    isUrl,
    get text() {
      return (text ??= decodeUtf8(bytes, source));
    },
    ...withoutBom(bytes),
  };
}

/**
 * UTF-8 text without a byte order mark. Invalid bytes are an error naming the first one's offset:
 * decoding them to U+FFFD would change names and values without a word.
 */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  // Checked, then decoded, as a fatal TextDecoder would (which is several times slower on 13 MB).
  if (!isUtf8(bytes)) throw invalidUtf8(bytes, source);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function invalidUtf8(bytes: Uint8Array, source: string): LoadError {
  return new LoadError(source, `not valid UTF-8 (first bad byte at offset ${firstInvalidByte(bytes)})`);
}

/** The bytes `decodeUtf8` decodes to its text: all of them but a leading byte order mark. */
function withoutBom(bytes: Uint8Array): { bytes: Uint8Array; whole: boolean } {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? { bytes: bytes.subarray(3), whole: false } : { bytes, whole: true };
}

/** The longest prefix that decodes (a cut multi-byte character at its end is allowed) ends there. */
function firstInvalidByte(bytes: Uint8Array): number {
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  return good;
}

/**
 * Fetches `url` within the limits. Redirects are followed only inside `origin` (each hop is
 * checked), so a server cannot hand the request to a host the caller never named.
 */
export async function fetchBytes(url: string, limits: ReadLimits, origin: string): Promise<{ url: string; bytes: Uint8Array }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    const { response, final } = await followRedirects(url, origin, controller.signal);
    if (!response.ok) throw new LoadError(url, `server answered ${response.status} ${response.statusText}`.trim(), undefined, "network");
    return { url: final, bytes: await readLimited(response, url, limits.maxBytes) };
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (controller.signal.aborted) throw new LoadError(url, `no complete answer within ${limits.timeoutMs} ms`, undefined, "network");
    throw new LoadError(url, networkCause(error), undefined, "network");
  } finally {
    clearTimeout(timer);
  }
}

/** How `followRedirects` asks, and what it says of a redirect to another origin. */
export interface RedirectPolicy {
  headers: Record<string, string>;
  offOrigin: (url: string, next: string) => LoadError;
}

const INPUT_POLICY: RedirectPolicy = {
  headers: { accept: "application/json, application/yaml, text/yaml, */*" },
  offOrigin: (url, next) => new LoadError(url, `redirects to ${next}, another origin; it is not followed (pass that URL as the input if you trust it)`),
};

/** The response at the end of `url`'s redirects, each hop checked to stay inside `origin`; any other status is the caller's. */
export async function followRedirects(url: string, origin: string, signal: AbortSignal, policy: RedirectPolicy = INPUT_POLICY): Promise<{ response: Response; final: string }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetch(current, { signal, redirect: "manual", headers: policy.headers });
    if (!REDIRECT_STATUSES.has(response.status)) return { response, final: current };
    await response.body?.cancel();
    const location = response.headers.get("location");
    if (location === null) throw new LoadError(url, `server answered ${response.status} without a Location header`, undefined, "network");
    const next = new URL(location, current).href;
    if (new URL(next).origin !== origin) throw policy.offOrigin(url, next);
    if (hop >= MAX_REDIRECTS) throw new LoadError(url, `more than ${MAX_REDIRECTS} redirects`, undefined, "network");
    current = next;
  }
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new LoadError(url, `document is ${declared} bytes; the limit is ${maxBytes}`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
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
  return Buffer.concat(chunks);
}

/** undici hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`. */
export function networkCause(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return `${cause.code}${cause.message ? ` (${cause.message})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}
