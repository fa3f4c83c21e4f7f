import type { StreamFraming } from "./ir.js";
import { mediaTypeEssence } from "./media-type.js";

// Its own module, imported by the config check: reading camelgen.config.json must not load the model.

const FRAMINGS: Readonly<Record<string, StreamFraming>> = {
  "text/event-stream": "sse",
  "application/jsonl": "json-lines",
  "application/x-ndjson": "json-lines",
  "application/json-seq": "json-seq",
};

/** The framing of a sequential media type (`text/event-stream`, JSON lines), undefined for any other. */
export function framingOf(mediaType: string): StreamFraming | undefined {
  const essence = mediaTypeEssence(mediaType);
  return Object.hasOwn(FRAMINGS, essence) ? FRAMINGS[essence] : undefined;
}

/** `body.<property>`: the conditions a stream's `when` can state. */
export const CONDITION_KEY = /^body\.([^.]+)$/;
