import { isAscii } from "node:buffer";

/** Bytes checked at a time for a character outside ASCII (rare in published documents). */
const CHUNK = 4096;

/**
 * The text of UTF-8 bytes that look like a JSON object, with every character outside ASCII
 * written as a `\u` escape; undefined for bytes that do not start with `{` (after JSON's
 * whitespace). Valid JSON holds such characters only inside strings, where the escape reads back
 * as the same character, so the text parses to the same value as the decoded bytes. It is built
 * because a string of one-byte characters is decoded and parsed much faster than one that holds
 * a single wider character: GitHub's 13 MB document holds 140 bytes outside ASCII.
 */
export function asciiJsonText(bytes: Uint8Array): string | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let first = 0;
  while (first < buffer.length && isJsonBlank(buffer[first] as number)) first++;
  if (buffer[first] !== 0x7b) return undefined;
  const parts: string[] = [];
  let start = 0;
  for (let chunk = 0; chunk < buffer.length; chunk += CHUNK) {
    const end = Math.min(chunk + CHUNK, buffer.length);
    if (isAscii(buffer.subarray(chunk, end))) continue;
    for (let i = Math.max(chunk, start); i < end; i++) {
      if ((buffer[i] as number) < 0x80) continue;
      let stop = i + 1;
      while (stop < buffer.length && (buffer[stop] as number) >= 0x80) stop++;
      parts.push(buffer.toString("latin1", start, i), escaped(buffer.toString("utf8", i, stop)));
      start = stop;
      i = stop - 1;
    }
  }
  parts.push(buffer.toString("latin1", start));
  return parts.join("");
}

function isJsonBlank(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

/** Each UTF-16 code unit of `text` as a JSON `\u` escape. */
function escaped(text: string): string {
  let escapes = "";
  for (let i = 0; i < text.length; i++) escapes += `\\u${text.charCodeAt(i).toString(16).padStart(4, "0")}`;
  return escapes;
}
