import type { Framing } from "./framing.js";
import type { ItemParser } from "./stream-item.js";

interface Piece {
  text: string;
  index: number;
}

/**
 * Cuts text at one separator character; each piece that is not blank is an item, the last one
 * too when the stream ends without a separator after it.
 */
function separated<T>(
  separator: number,
  kind: "line" | "record",
  parse: ItemParser<T>,
  first: number,
): Framing<T> {
  // Taken pieces leave the array, so none outlives its turn.
  const queue: Piece[] = [];
  let pending = "";
  let count = first - 1;
  const add = (text: string): void => {
    count++;
    if (text.trim() !== "") queue.push({ text, index: count });
  };
  return {
    push: (text) => {
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) !== separator) continue;
        add(pending + text.slice(start, i));
        pending = "";
        start = i + 1;
      }
      if (start < text.length) pending += text.slice(start);
    },
    end: () => {
      add(pending);
      pending = "";
    },
    ready: () => queue.length > 0,
    take: () => {
      const piece = queue.shift() as Piece;
      return parse(piece.text, { kind, index: piece.index });
    },
  };
}

/**
 * JSON Lines / NDJSON (`application/jsonl`, `application/x-ndjson`): one JSON text per line (LF
 * or CRLF), blank lines skipped; errors name the line by its number, blank lines counted.
 */
export function jsonLines<T>(parse: ItemParser<T>): Framing<T> {
  return separated(10, "line", parse, 1);
}

/**
 * JSON text sequences (`application/json-seq`, RFC 7464): each record starts with RS (U+001E) and
 * errors name it by its number, counted from 1; text before the first RS, if any, is record 0.
 */
export function jsonSeq<T>(parse: ItemParser<T>): Framing<T> {
  return separated(30, "record", parse, 0);
}
