import { pointerJoin } from "./diagnostics.js";
import type { Operation, Schema, StreamFraming, StreamSpec } from "./ir.js";
import { arrayField, entries, isJsonObject, objectField, stringField, type JsonObject } from "./json.js";
import { dereference } from "./parameters.js";
import { isJsonMediaType } from "./media-type.js";
import type { SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";
import { declaresStreamFlag } from "./stream-flag.js";
import { framingOf } from "./stream-syntax.js";

/**
 * The stream a 2xx response declares with a sequential media type. A response that also offers
 * another type (JSON, bytes) streams when the request body's boolean `stream` is true, where the
 * body declares one, and otherwise resolves to that type (the `streams` config can make it stream
 * by a condition).
 */
export function declaredStream(op: JsonObject, pointer: string, ctx: SchemaContext): StreamSpec | undefined {
  const declared = objectField(op, "responses") ?? {};
  for (const [status, raw] of entries(declared).filter(([s]) => /^2/.test(s))) {
    const content = objectField(dereference(raw, ctx) ?? {}, "content") ?? {};
    const media = entries(content).filter((e): e is [string, JsonObject] => isJsonObject(e[1]));
    const sequential = media.find(([type]) => framingOf(type) !== undefined);
    if (sequential === undefined) continue;
    const at = pointerJoin(pointer, "responses", status, "content", sequential[0]);
    const stream = (): StreamSpec => ({ ...streamOf(framingOf(sequential[0]) as StreamFraming, sequential[1], at, ctx), mediaType: sequential[0] });
    const other = media.find(([type]) => framingOf(type) === undefined)?.[0];
    if (other === undefined) return stream();
    if (declaresStreamFlag(op, ctx)) return { ...stream(), when: [{ property: "stream", value: true }] };
    ctx.sink.note("stream-beside-json", at, `the response also offers ${other}, which the call resolves to; a \`streams\` config entry can make it stream`);
    return undefined;
  }
  return undefined;
}

/** A stream as its media type's schema describes it, before the media type is known. */
export type StreamItems = Omit<StreamSpec, "mediaType">;

/**
 * The items of one sequential media type: from OpenAPI 3.2 `itemSchema`, else from `schema` (an
 * array's items, for JSON lines and sequences), else untyped (`unknown` lines; events whose data
 * is text). For server-sent events the schema is the data's, unless `itemSchema` describes the
 * event object itself (a `data` property), whose `data` gives it: its `contentSchema` parsed as
 * JSON, else its own schema; a `schema` does too where its properties are only the event's fields.
 */
export function streamOf(framing: StreamFraming, media: JsonObject, pointer: string, ctx: SchemaContext): StreamItems {
  const key = media["itemSchema"] !== undefined ? "itemSchema" : media["schema"] !== undefined ? "schema" : undefined;
  if (key === undefined) return { framing, item: framing === "sse" ? { kind: "string" } : { kind: "unknown" }, jsonData: framing !== "sse" };
  const at = pointerJoin(pointer, key);
  if (framing !== "sse") return { framing, item: key === "schema" ? sequenceItem(media[key], at, ctx) : toSchema(media[key], at, ctx), jsonData: true };
  // A 3.0/3.1 `schema` may describe the event object too (Mistral's `{ data: CompletionChunk }`):
  // read so where its properties are only an event's fields, as no data payload's would be.
  const events = eventObjects(media[key], ctx, key === "schema");
  return events === undefined ? dataStream(toSchema(media[key], at, ctx)) : eventDataStream(events, at, ctx);
}

/**
 * A sequential JSON `schema` models the whole stream as if it were an array (OpenAPI 3.2): an
 * array's items are each line's. Any other schema is the item's, as 3.0 and 3.1 documents write it.
 */
function sequenceItem(raw: unknown, at: string, ctx: SchemaContext): Schema {
  const node = dereference(raw, ctx);
  const items = node?.["type"] === "array" ? node["items"] : undefined;
  if (!isJsonObject(items)) return toSchema(raw, at, ctx);
  const ref = isJsonObject(raw) ? raw["$ref"] : undefined;
  return toSchema(items, pointerJoin(typeof ref === "string" && ref.startsWith("#/") ? ref : at, "items"), ctx);
}

/** Event data typed by `item`: JSON unless the item is a string. */
export function dataStream(item: Schema): StreamItems {
  return { framing: "sse", item, jsonData: item.kind !== "string" };
}

/** One event object of an `itemSchema`: its `data` property, where that is, and the event name it fixes. */
interface EventObject {
  data: JsonObject;
  at: string;
  name: string | undefined;
}

/** The fields of a server-sent event. */
const EVENT_FIELDS = new Set(["event", "data", "id", "retry"]);

/**
 * The event objects a schema describes (one, or the variants of a oneOf/anyOf), each with a `data`
 * property; with `fieldsOnly`, each must have no property but an event's fields.
 */
function eventObjects(raw: unknown, ctx: SchemaContext, fieldsOnly: boolean): EventObject[] | undefined {
  const node = dereference(raw, ctx);
  if (node === undefined) return undefined;
  const properties = objectField(node, "properties") ?? {};
  const data = objectField(properties, "data");
  if (data !== undefined) {
    if (fieldsOnly && Object.keys(properties).some((name) => !EVENT_FIELDS.has(name))) return undefined;
    return [{ data, at: "properties/data", name: eventName(dereference(properties["event"], ctx)) }];
  }
  const key = arrayField(node, "oneOf") ? "oneOf" : arrayField(node, "anyOf") ? "anyOf" : undefined;
  const variants = key === undefined ? [] : (arrayField(node, key) ?? []).map((v, i) => [eventObjects(v, ctx, fieldsOnly), `${key}/${i}`] as const);
  if (variants.length === 0 || variants.some(([found]) => found?.length !== 1)) return undefined;
  return variants.map(([found, at]) => {
    const only = (found as EventObject[])[0] as EventObject;
    return { ...only, at: `${at}/${only.at}` };
  });
}

/** The one event name an `event` property allows (`const`, or an `enum` of one string). */
function eventName(node: JsonObject | undefined): string | undefined {
  if (node === undefined) return undefined;
  const values = node["const"] !== undefined ? [node["const"]] : (arrayField(node, "enum") ?? []);
  return values.length === 1 && typeof values[0] === "string" ? values[0] : undefined;
}

/**
 * The data of the events: each `data` property's `contentSchema` (JSON), else its own schema; and,
 * where every event object fixes its event name, the data of each name.
 */
function eventDataStream(events: EventObject[], pointer: string, ctx: SchemaContext): StreamItems {
  const schemas = events.map(({ data, at }) => {
    const contentPointer = `${pointer}/${at}`;
    const media = stringField(data, "contentMediaType");
    if (data["contentSchema"] !== undefined && (media === undefined || isJsonMediaType(media))) {
      return { json: true, schema: toSchema(data["contentSchema"], pointerJoin(contentPointer, "contentSchema"), ctx) };
    }
    const schema = toSchema(data, contentPointer, ctx);
    return { json: schema.kind !== "string", schema };
  });
  const json = schemas.some((s) => s.json);
  const unique = schemas.filter((s, i) => schemas.findIndex((t) => JSON.stringify(t.schema) === JSON.stringify(s.schema)) === i);
  if (json && schemas.some((s) => !s.json)) ctx.sink.warn("stream-mixed-data", pointer, "some events carry JSON data and some text; every event's data is parsed as JSON");
  const item: Schema = unique.length === 1 ? (unique[0] as { schema: Schema }).schema : { kind: "union", variants: unique.map((s) => s.schema), exclusive: false };
  const names = events.map((e) => e.name);
  const named = names.every((name): name is string => name !== undefined) && new Set(names).size === names.length;
  const byName = named ? names.map((name, i) => ({ name, data: (schemas[i] as { schema: Schema }).schema })) : undefined;
  return { framing: "sse", item, jsonData: json, ...(byName ? { events: byName } : {}) };
}

/**
 * What a streaming call asks for: the stream, and JSON below it. A server that negotiates sends
 * the stream; one whose view registers no renderer for it (DRF returning a StreamingHttpResponse
 * from a JSON view) still finds a type it can answer, and a JSON reply is not read as events.
 */
export function streamAccept(stream: StreamSpec): string[] {
  return [stream.mediaType, "application/json;q=0.9"];
}

/**
 * `op` reading `stream`: one that always streams has no success body of its own to type, and asks
 * for the stream alone (one that streams on a condition asks for it when the condition holds).
 */
export function streaming(op: Operation, stream: StreamSpec): Operation {
  if (stream.when !== undefined) return { ...op, stream };
  return { ...op, stream, accept: streamAccept(stream), success: op.success.map(({ status }) => ({ status, kind: "empty" as const })) };
}
