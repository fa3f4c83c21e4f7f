import { CONDITION_KEY, framingOf } from "../model/stream-syntax.js";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const isScalar = (value: unknown): boolean => value === null || ["string", "number", "boolean"].includes(typeof value);

/**
 * What is wrong with a `streams` config value, as `[key under streams, problem]`, or undefined when
 * it is a valid `StreamsConfig`: operationId -> `{ media, when?, item? }`, `media` a sequential
 * media type, `when` an object of `body.<property>` -> JSON scalar, `item` a component schema name
 * or an inline JSON schema object.
 */
export function streamsProblem(value: unknown): [string, string] | undefined {
  if (!isPlainObject(value)) return ["", "must be an object of operationId -> stream"];
  for (const [id, entry] of Object.entries(value)) {
    if (!isPlainObject(entry)) return [`.${id}`, "must be an object with a media type"];
    const unknown = Object.keys(entry).find((field) => !["when", "media", "item"].includes(field));
    if (unknown !== undefined) return [`.${id}.${unknown}`, "is not a field of a stream (its fields: when, media, item)"];
    const media = entry["media"];
    if (typeof media !== "string" || framingOf(media) === undefined) {
      return [`.${id}.media`, `must be "text/event-stream", "application/jsonl", "application/x-ndjson" or "application/json-seq", not ${JSON.stringify(media)}`];
    }
    const item = entry["item"];
    if (item !== undefined && !(typeof item === "string" && item !== "") && !isPlainObject(item)) {
      return [`.${id}.item`, `must be a component schema name or a JSON schema object, not ${JSON.stringify(item)}`];
    }
    const when = entry["when"];
    if (when === undefined) continue;
    if (!isPlainObject(when)) return [`.${id}.when`, `must be an object of "body.<property>" -> value, not ${JSON.stringify(when)}`];
    for (const [path, expected] of Object.entries(when)) {
      if (!CONDITION_KEY.test(path)) return [`.${id}.when`, `has ${JSON.stringify(path)}; conditions are "body.<property>"`];
      if (!isScalar(expected)) return [`.${id}.when.${path}`, `must be a string, number, boolean or null, not ${JSON.stringify(expected)}`];
    }
  }
  return undefined;
}
