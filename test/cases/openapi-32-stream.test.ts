/**
 * fixtures/cases/openapi-32-stream.yaml on the wire: OpenAPI 3.2 `itemSchema` types a server-sent
 * event stream (event objects whose `data` has a `contentSchema`) and an NDJSON stream, and the
 * generated client reads both from loopback servers, item by item.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";
import { json, startServer, type TestServer } from "../templates/server.js";
import { byteByByte, bytes, serveChunks } from "../templates/stream-helpers.js";

type Call<T> = Promise<AsyncIterable<T>> & { withResponse(): Promise<{ data: AsyncIterable<T>; response: Response }> };
type Event = { event: string; id: string; data: Record<string, unknown> };
type TickerClient = {
  prices: { watch(params: { symbol: string }): Call<Event> };
  trades: { export(): Call<Record<string, unknown>> };
};
type TickerClass = new (options: Record<string, unknown>) => TickerClient;

let generated: GeneratedCase;
let server: TestServer;
let Ticker: TickerClass;

beforeAll(async () => {
  generated = await generateCase("openapi-32-stream");
  server = await startServer();
  Ticker = generated.client["default"] as TickerClass;
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

const PRICES = 'event: price\nid: 1\ndata: {"symbol":"ACME","price":12.5}\n\nevent: halt\ndata: {"symbol":"ACME","reason":"close"}\n\n';

describe("OpenAPI 3.2 itemSchema streams", () => {
  // TS 7 here; test/compile/cases-compile.test.ts compiles the client itself with TS 5.9 as well.
  it("types each item from itemSchema for a consumer", async () => {
    const consumer = {
      path: "consumer.ts",
      contents: `import Ticker, { type Halt, type Price, type ServerSentEvent, type Stream, type Trade } from "./ticker/index.js";
const ticker = new Ticker();
export async function use(): Promise<string[]> {
  const prices: Stream<ServerSentEvent<Price | Halt>> = await ticker.prices.watch({ symbol: "ACME" });
  const seen: string[] = [];
  for await (const event of prices) seen.push(event.data.symbol, event.event, event.id);
  // Each event name the itemSchema fixes narrows the data it carries.
  for await (const event of await ticker.prices.watch({ symbol: "ACME" })) {
    if (event.event === "halt") seen.push(event.data.reason);
    else seen.push(event.data.price.toFixed(2));
    // @ts-expect-error no event but "price" and "halt"
    if (event.event === "message") seen.push("never");
  }
  const trades: Stream<Trade> = await ticker.trades.export();
  for await (const trade of trades) seen.push(trade.symbol);
  // @ts-expect-error the items are Trades
  const wrong: Stream<string> = await ticker.trades.export();
  // @ts-expect-error a price event's data has no quantity
  for await (const event of prices) seen.push(event.data.quantity);
  for await (const event of await ticker.prices.watch({ symbol: "ACME" })) {
    // @ts-expect-error only a halt carries a reason
    if (event.event === "price") seen.push(event.data.reason);
  }
  return [...seen, String(wrong)];
}
`,
    };
    const result = await typecheck({ variant: "nodenext", files: generated.files, into: "ticker", extraFiles: [consumer], compiler: "ts7" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("reads the server-sent events, delivered one byte per chunk, with their JSON data", async () => {
    serveChunks(server, byteByByte(bytes(PRICES)), "text/event-stream");
    const events = await collect(await new Ticker({ baseURL: server.url }).prices.watch({ symbol: "ACME" }));
    expect(events).toEqual([
      { event: "price", id: "1", retry: undefined, data: { symbol: "ACME", price: 12.5 } },
      { event: "halt", id: "1", retry: undefined, data: { symbol: "ACME", reason: "close" } },
    ]);
    expect([server.requests[0]?.url, server.requests[0]?.headers.accept]).toEqual(["/prices?symbol=ACME", "text/event-stream, application/json;q=0.9"]);
  });

  it("reads NDJSON items and checks each against itemSchema under validate: throw", async () => {
    serveChunks(server, [bytes('{"id":1,"symbol":"ACME","quantity":5}\n{"id":2,"symbol":"ACME","quantity":0}\n')], "application/x-ndjson");
    const client = new Ticker({ baseURL: server.url, validate: "throw", validator: generated.client["tickerValidator"] });
    const seen: unknown[] = [];
    const failure = await (async () => {
      for await (const trade of await client.trades.export()) seen.push(trade);
    })().catch((error: unknown) => error);
    expect(seen).toEqual([{ id: 1, symbol: "ACME", quantity: 5 }]);
    expect(server.requests[0]?.headers.accept).toBe("application/x-ndjson, application/json;q=0.9");
    expect((failure as Error).message).toBe("Line 2 of the response stream does not match Trade: /quantity: must be >= 1");
  });

  it("rejects with the declared 404 before any event", async () => {
    server.reset((_req, res) => json(res, 404, { detail: "no such symbol" }));
    const error = await new Ticker({ baseURL: server.url, maxRetries: 0 }).prices.watch({ symbol: "NOPE" }).catch((e: unknown) => e);
    expect([(error as { status?: number }).status, (error as { body?: unknown }).body]).toEqual([404, { detail: "no such symbol" }]);
  });
});
