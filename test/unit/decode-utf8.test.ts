import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/load/read-input.js";

/** A fatal TextDecoder, what decodeUtf8 must agree with: the text, or "invalid". */
function reference(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "invalid";
  }
}

function decoded(bytes: Uint8Array): string {
  try {
    return decodeUtf8(bytes, "spec.yaml");
  } catch (error) {
    expect((error as Error).message).toMatch(/^cannot load spec\.yaml: not valid UTF-8 \(first bad byte at offset \d+\)/);
    return "invalid";
  }
}

describe("decodeUtf8 decodes as a fatal TextDecoder does", () => {
  it.each([
    ["a byte order mark, dropped once", [0xef, 0xbb, 0xbf, 0x61, 0xef, 0xbb, 0xbf]],
    ["a surrogate", [0xed, 0xa0, 0x80]],
    ["an overlong NUL", [0xc0, 0x80]],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
    ["a cut sequence at the end", [0x61, 0xe2, 0x82]],
    ["an emoji", [0xf0, 0x9f, 0x98, 0x80]],
    ["nothing", []],
  ])("%s", (_, bytes) => {
    expect(decoded(new Uint8Array(bytes))).toBe(reference(new Uint8Array(bytes)));
  });

  it("on random short byte strings", () => {
    let seed = 1;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 5000; i++) {
      const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 6) }, () => (next() < 0.5 ? 0x80 + Math.floor(next() * 0x80) : Math.floor(next() * 256)));
      expect(decoded(bytes)).toBe(reference(bytes));
    }
  });
});
