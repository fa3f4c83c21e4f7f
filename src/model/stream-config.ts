import type { DiagnosticSink } from "./diagnostics.js";
import type { Literal, Operation, Schema, StreamCondition, StreamSpec } from "./ir.js";
import { docOf } from "./doc.js";
import { isJsonObject, objectField, type JsonObject } from "./json.js";
import type { SchemaContext } from "./schema-context.js";
import { toSchema } from "./schema.js";
import { dataStream, streaming } from "./stream-media.js";
import { CONDITION_KEY, framingOf } from "./stream-syntax.js";

/**
 * A stream the schema does not describe (the config's `streams` entry, by operationId): the call
 * streams `media` when every `when` condition holds on its body (`{ "body.stream": true }`), and
 * always when there is none. `item` is a component schema name or an inline JSON schema.
 */
export interface StreamConfig {
  when?: Readonly<Record<string, Literal>>;
  media: string;
  item?: string | JsonObject;
}

export type StreamsConfig = Readonly<Record<string, StreamConfig>>;

/** The configured stream of `op`; a configuration that does not fit it is an `invalid-stream` error naming the key. */
export function configuredStream(op: Operation, config: StreamConfig, ctx: SchemaContext): StreamSpec | undefined {
  const key = `streams.${op.operationId}`;
  const fail = (message: string): undefined => {
    ctx.sink.error("invalid-stream", op.pointer, `${key}${message}`);
    return undefined;
  };
  const framing = framingOf(config.media);
  if (framing === undefined) return fail(`.media: ${JSON.stringify(config.media)} is not text/event-stream, application/jsonl, application/x-ndjson or application/json-seq`);
  const item = itemSchema(config.item, `${key}.item`, ctx);
  if (item === undefined) return fail(`.item: no component schema is named ${JSON.stringify(config.item)}`);
  const base = { ...(framing === "sse" ? dataStream(item) : { framing, item, jsonData: true }), mediaType: config.media };
  const stream = isJsonObject(config.item) ? { ...base, itemDoc: docOf(config.item) } : base;
  const when = Object.entries(config.when ?? {});
  if (when.length === 0) return stream;
  if (!op.body) return fail(".when: the operation has no request body to test");
  const conditions: StreamCondition[] = [];
  for (const [path, value] of when) {
    const property = CONDITION_KEY.exec(path)?.[1];
    if (property === undefined) return fail(`.when: ${JSON.stringify(path)} is not "body.<property>"`);
    conditions.push({ property, value });
  }
  return { ...stream, when: conditions };
}

function itemSchema(item: StreamConfig["item"], pointer: string, ctx: SchemaContext): Schema | undefined {
  if (item === undefined) return { kind: "unknown" };
  if (typeof item !== "string") return toSchema(item, pointer, ctx);
  const components = objectField(objectField(ctx.document, "components") ?? {}, "schemas") ?? {};
  return Object.hasOwn(components, item) ? { kind: "ref", name: item } : undefined;
}

/** A `streams` entry must name an operation of the document. */
export function checkStreamIds(config: StreamsConfig | undefined, ids: ReadonlySet<string>, sink: DiagnosticSink): void {
  for (const id of Object.keys(config ?? {}).filter((key) => !ids.has(key)).sort()) {
    sink.error("invalid-stream", "#/paths", `streams.${id}: no operation has this operationId`, "config");
  }
}

/** `op` with the stream its `streams` entry configures, if any. */
export function withConfiguredStream(op: Operation, streams: StreamsConfig | undefined, ctx: SchemaContext): Operation {
  const config = streams && Object.hasOwn(streams, op.operationId) ? streams[op.operationId] : undefined;
  const stream = config && configuredStream(op, config, ctx);
  return stream ? streaming(op, stream) : op;
}
