/**
 * fixtures/cases/stream-flag.yaml on the wire: a response offering JSON or server-sent events is a
 * stream exactly when the request body's boolean `stream` is true (OpenAI's convention, inferred
 * without a `streams` config entry), and one offering bytes or events without such a flag resolves
 * to the bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";
import { json, startServer, type TestServer } from "../templates/server.js";
import { bytes, serveChunks } from "../templates/stream-helpers.js";

type Chunk = { data: { delta: string } };
type CompletionsClient = {
  chat: { create(body: { prompt: string; stream?: boolean | null }): Promise<unknown> };
  speech: { create(body: { input: string; stream_format?: string }): Promise<unknown> };
};
type CompletionsClass = new (options: Record<string, unknown>) => CompletionsClient;

let generated: GeneratedCase;
let server: TestServer;
let client: CompletionsClient;

beforeAll(async () => {
  generated = await generateCase("stream-flag");
  server = await startServer();
  client = new (generated.client["default"] as CompletionsClass)({ baseURL: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

describe("a stream chosen by the body's `stream` flag", () => {
  it("types the call by the flag: the stream for true, the JSON body otherwise", async () => {
    const consumer = {
      path: "consumer.ts",
      contents: `import Completions, { type Completion, type CompletionChunk, type ServerSentEvent, type Stream } from "./completions/index.js";
const client = new Completions();
export async function use(flag: boolean): Promise<string[]> {
  const chunks: Stream<ServerSentEvent<CompletionChunk>> = await client.chat.create({ prompt: "hi", stream: true });
  const whole: Completion = await client.chat.create({ prompt: "hi" });
  const unsure: Stream<ServerSentEvent<CompletionChunk>> | Completion = await client.chat.create({ prompt: "hi", stream: flag });
  // @ts-expect-error without the flag the call resolves to the JSON body
  const wrong: Stream<ServerSentEvent<CompletionChunk>> = await client.chat.create({ prompt: "hi", stream: false });
  const audio: Blob = await client.speech.create({ input: "hi" });
  const seen: string[] = [whole.text, String(unsure), String(wrong), String(audio.size)];
  for await (const chunk of chunks) seen.push(chunk.data.delta);
  return seen;
}
`,
    };
    const result = await typecheck({ variant: "nodenext", files: generated.files, into: "completions", extraFiles: [consumer], compiler: "ts7" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("asks for and reads events when the body says stream: true, up to OpenAI's closing [DONE]", async () => {
    serveChunks(server, [bytes('data: {"delta":"Hel"}\n\n'), bytes('data: {"delta":"lo"}\n\ndata: [DONE]\n\n')], "text/event-stream");
    const chunks: Chunk[] = [];
    for await (const chunk of (await client.chat.create({ prompt: "hi", stream: true })) as AsyncIterable<Chunk>) chunks.push(chunk);
    expect(chunks.map((c) => c.data.delta)).toEqual(["Hel", "lo"]);
    expect(server.requests[0]?.headers.accept).toBe("text/event-stream, application/json;q=0.9");
  });

  it("asks for and parses JSON when the flag is absent, false or null", async () => {
    for (const stream of [undefined, false, null]) {
      server.reset((_req, res) => json(res, 200, { text: "Hello" }));
      expect(await client.chat.create({ prompt: "hi", ...(stream === undefined ? {} : { stream }) })).toEqual({ text: "Hello" });
      expect(server.requests[0]?.headers.accept).toBe("application/json");
    }
  });

  it("resolves a response of bytes or events, with no flag in the body, to the bytes", async () => {
    serveChunks(server, [bytes("ID3 audio")], "application/octet-stream");
    const audio = (await client.speech.create({ input: "hi" })) as Blob;
    expect([audio instanceof Blob, await audio.text()]).toEqual([true, "ID3 audio"]);
    expect(server.requests[0]?.headers.accept).toBe("application/octet-stream");
  });
});
