/**
 * Which operations stream and what their items are: given a response's media type object (or a
 * `streams` config entry), want the framing, the item type and whether event data is JSON.
 */
import { describe, expect, it } from "vitest";
import type { StreamsConfig } from "../../src/model/stream-config.js";
import type { Schema, StreamSpec } from "../../src/model/ir.js";
import { build, buildError, document, operation } from "./model-helpers.js";

type Json = Record<string, unknown>;

const SCHEMAS = {
  Tick: { type: "object", required: ["n"], properties: { n: { type: "integer" } } },
  Body: { type: "object", properties: { stream: { type: "boolean" }, q: { type: "string" } } },
  Ticks: { type: "array", items: { $ref: "#/components/schemas/Tick" } },
};

function item(s: Schema): string {
  return s.kind === "ref" ? s.name : s.kind;
}

/** `sse Tick json`, `json-lines unknown`: what one table row compares. */
function describeStream(stream: StreamSpec | undefined): string {
  if (!stream) return "none";
  const when = stream.when?.map((c) => ` when body.${c.property}=${JSON.stringify(c.value)}`).join("") ?? "";
  return `${stream.framing} ${item(stream.item)} ${stream.jsonData ? "json" : "text"}${when}`;
}

function streamOf(content: Json, openapi = "3.2.0"): string {
  const doc = document({ openapi, schemas: SCHEMAS, paths: { "/s": { get: { operationId: "s_get", responses: { "200": { description: "", content } } } } } });
  return describeStream(operation(build(doc), "s_get").stream);
}

const tick = { $ref: "#/components/schemas/Tick" };
const eventObject = (data: Json) => ({ type: "object", properties: { event: { type: "string" }, data } });

describe("streams declared by the schema", () => {
  const table: [string, Json, string][] = [
    ["SSE: itemSchema types the data", { "text/event-stream": { itemSchema: tick } }, "sse Tick json"],
    ["SSE: itemSchema wins over schema", { "text/event-stream": { itemSchema: tick, schema: { type: "string" } } }, "sse Tick json"],
    ["SSE: schema types the data without itemSchema", { "text/event-stream": { schema: tick } }, "sse Tick json"],
    ["SSE: a string schema keeps the data as text", { "text/event-stream": { schema: { type: "string" } } }, "sse string text"],
    ["SSE: no schema keeps the data as text", { "text/event-stream": {} }, "sse string text"],
    ["SSE: a 3.2 event object types the data from contentSchema", { "text/event-stream": { itemSchema: eventObject({ type: "string", contentMediaType: "application/json", contentSchema: tick }) } }, "sse Tick json"],
    ["SSE: a 3.2 event object whose data is a string is text", { "text/event-stream": { itemSchema: eventObject({ type: "string" }) } }, "sse string text"],
    ["SSE: a schema of event fields only is the event object (Mistral)", { "text/event-stream": { schema: { type: "object", required: ["data"], properties: { data: tick } } } }, "sse Tick json"],
    ["SSE: a schema with fields beyond an event's is the data", { "text/event-stream": { schema: { type: "object", properties: { data: tick, model: { type: "string" } } } } }, "sse SGetEvent json"],
    ["JSON lines: itemSchema", { "application/jsonl": { itemSchema: tick } }, "json-lines Tick json"],
    ["NDJSON: schema without itemSchema", { "application/x-ndjson": { schema: tick } }, "json-lines Tick json"],
    ["NDJSON: no schema is unknown", { "application/x-ndjson": {} }, "json-lines unknown json"],
    ["JSON lines: an array schema is the whole stream, its items each line's (3.2)", { "application/jsonl": { schema: { type: "array", items: tick } } }, "json-lines Tick json"],
    ["JSON sequences: the array schema may be a component", { "application/json-seq": { schema: { $ref: "#/components/schemas/Ticks" } } }, "json-seq Tick json"],
    ["JSON text sequences", { "application/json-seq": { itemSchema: tick } }, "json-seq Tick json"],
    ["JSON beside a stream: the JSON body, no stream", { "application/json": { schema: tick }, "text/event-stream": { itemSchema: tick } }, "none"],
    ["a media type parameter is ignored", { "text/event-stream; charset=utf-8": { itemSchema: tick } }, "sse Tick json"],
  ];
  it.each(table)("%s", (_label, content, want) => {
    expect(streamOf(content)).toBe(want);
  });

  it("3.2 event objects that fix their event names give each name its data", () => {
    const named = (event: string, data: Json) => ({ type: "object", properties: { event: { const: event }, data: { type: "string", contentMediaType: "application/json", contentSchema: data } } });
    const content = { "text/event-stream": { itemSchema: { oneOf: [named("tick", tick), named("note", { type: "string" })] } } };
    const doc = document({ openapi: "3.2.0", schemas: SCHEMAS, paths: { "/s": { get: { operationId: "s_get", responses: { "200": { description: "", content } } } } } });
    const stream = operation(build(doc), "s_get").stream;
    expect(stream?.events?.map((e) => `${e.name} ${item(e.data)}`)).toEqual(["tick Tick", "note string"]);
    expect(describeStream(stream)).toBe("sse SGetEvent json");
  });

  it("3.1 schemas of event objects (Mistral's conversation events): the data of each, by name where fixed", () => {
    const event = (name: string, data: Json) => ({ type: "object", required: ["event", "data"], properties: { event: { type: "string", enum: [name] }, data } });
    const content = { "text/event-stream": { schema: { oneOf: [event("tick", tick), event("done", { type: "object", properties: { ok: { type: "boolean" } } })] } } };
    const doc = document({ openapi: "3.1.0", schemas: SCHEMAS, paths: { "/s": { get: { operationId: "s_get", responses: { "200": { description: "", content } } } } } });
    const stream = operation(build(doc), "s_get").stream;
    expect(stream?.events?.map((e) => `${e.name} ${item(e.data)}`)).toEqual(["tick Tick", "done object"]);
    expect(stream?.jsonData).toBe(true);
  });

  it("an inline item is named after the operation, so it can be validated", () => {
    const doc = document({ openapi: "3.2.0", paths: { "/s": { get: { operationId: "s_get", responses: { "200": { description: "", content: { "application/jsonl": { itemSchema: { type: "object", properties: { a: { type: "string" } } } } } } } } } } });
    const model = build(doc);
    expect(describeStream(operation(model, "s_get").stream)).toBe("json-lines SGetItem json");
    expect(model.types.map((t) => t.name)).toContain("SGetItem");
  });
});

describe("streams from the config", () => {
  const doc = document({
    schemas: SCHEMAS,
    paths: {
      "/ask": {
        post: {
          operationId: "ask",
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Body" } } } },
          responses: { "200": { description: "", content: { "application/json": { schema: tick } } } },
        },
      },
    },
  });
  const streamWith = (streams: StreamsConfig) => describeStream(operation(build(doc, { streams }), "ask").stream);

  it("a condition on the body, with a component item", () => {
    expect(streamWith({ ask: { when: { "body.stream": true }, media: "text/event-stream", item: "Tick" } })).toBe("sse Tick json when body.stream=true");
  });

  it("an inline item schema, always streamed without a condition", () => {
    expect(streamWith({ ask: { media: "application/x-ndjson", item: { type: "object", properties: { a: { type: "string" } } } } })).toBe("json-lines AskItem json");
  });

  it("errors name the key: an unknown operation, an unknown component", () => {
    const unknownOp = buildError(doc, { streams: { nope: { media: "text/event-stream" } } });
    expect(unknownOp.diagnostics.map((d) => d.message)).toContain("streams.nope: no operation has this operationId");
    const unknownItem = buildError(doc, { streams: { ask: { media: "text/event-stream", item: "Nope" } } });
    expect(unknownItem.diagnostics.map((d) => d.message)).toContain('streams.ask.item: no component schema is named "Nope"');
  });
});
