/** Where an object is in a JSON text: its braces, and where each of its direct keys starts. */
export interface ObjectSpan {
  open: number;
  close: number;
  /** Direct keys: name, the offset of the key's opening quote, and the value's first character. */
  keys: { name: string; at: number; value: number }[];
}

/**
 * The span of the object that starts at `open` in a valid JSON text (found by scanning tokens,
 * strings skipped whole), so that an edit can go exactly where a key or a closing brace is and
 * leave every other byte as the user wrote it.
 */
export function objectSpan(text: string, open: number): ObjectSpan {
  const keys: ObjectSpan["keys"] = [];
  let depth = 0;
  let expectKey = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      const end = stringEnd(text, i);
      if (depth === 1 && expectKey) {
        const colon = text.indexOf(":", end);
        keys.push({ name: JSON.parse(text.slice(i, end)) as string, at: i, value: firstNonSpace(text, colon + 1) });
        expectKey = false;
      }
      i = end - 1;
    } else if (ch === "{" || ch === "[") {
      depth += 1;
      if (depth === 1) expectKey = true;
    } else if (ch === "}" || ch === "]") {
      depth -= 1;
      if (depth === 0) return { open, close: i, keys };
    } else if (ch === "," && depth === 1) expectKey = true;
  }
  throw new Error("unterminated object");
}

/** The offset of the first character that is not JSON white space at or after `from`. */
export function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /[ \t\r\n]/.test(text[i] as string)) i += 1;
  return i;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}
