import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIError, Stream, jsonItem, jsonLines, jsonSeq, type Framing } from "../../templates/index.js";
import { byteByByte, bytes, collect, memoryResponse, randomCuts, serveChunks, whole } from "./stream-helpers.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

type FramingFor = (response: Response) => Framing<unknown>;

const WANT = [{ id: 1, text: "héllo ✓" }, [1, 2], "😀", null, 42];

const FORMATS: { name: string; contentType: string; text: string; framing: FramingFor }[] = [
  {
    name: "NDJSON",
    contentType: "application/x-ndjson",
    // CRLF, a blank and a whitespace-only line, and a last line without a newline.
    text: '{"id":1,"text":"héllo ✓"}\n\n[1,2]\r\n   \n"😀"\nnull\n42',
    framing: (response) => jsonLines(jsonItem(response)),
  },
  {
    name: "JSON Lines",
    contentType: "application/jsonl",
    text: '{"id":1,"text":"héllo ✓"}\n[1,2]\n\n"😀"\nnull\n42\n',
    framing: (response) => jsonLines(jsonItem(response)),
  },
  {
    name: "json-seq",
    contentType: "application/json-seq",
    text: '\u001e{"id":1,"text":"héllo ✓"}\n\u001e[1,\n2]\n\u001e\u001e  \n\u001e"😀"\n\u001enull\n\u001e42',
    framing: (response) => jsonSeq(jsonItem(response)),
  },
];

function read(response: Response, framing: FramingFor, controller = new AbortController()): Promise<unknown[]> {
  return collect(Stream.fromResponse(response, { controller, framing: framing(response) }));
}

describe.each(FORMATS)("$name", ({ contentType, text, framing }) => {
  const data = bytes(text);

  it("gives the same items over loopback delivered whole, a byte at a time and in random chunks", async () => {
    for (const chunks of [whole(data), byteByByte(data), randomCuts(data, 1), randomCuts(data, 2)]) {
      serveChunks(server, chunks, contentType);
      const controller = new AbortController();
      expect(await read(await fetch(server.url, { signal: controller.signal }), framing, controller)).toEqual(WANT);
    }
  });

  it("gives the same items for 300 seeded random chunkings (in memory, exact boundaries)", async () => {
    for (let seed = 1; seed <= 300; seed++) expect(await read(memoryResponse(randomCuts(data, seed)), framing)).toEqual(WANT);
  });
});

describe("an invalid item", () => {
  it("NDJSON: rejects after the lines before it, naming its line number (blank lines counted)", async () => {
    const response = memoryResponse([bytes('{"a":1}\n\n{"a":2}\n{"a": nope}\n{"a":4}\n')]);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of Stream.fromResponse(response, { controller: new AbortController(), framing: jsonLines(jsonItem(response)) }))
        seen.push(item);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([{ a: 1 }, { a: 2 }]);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/^Invalid JSON in line 4 of the 200 response stream: .*it starts "\{\\"a\\": nope\}"$/);
  });

  it("json-seq: names the record by its number", async () => {
    const response = memoryResponse([bytes('\u001e1\n\u001e{oops\n')]);
    const reading = read(response, (r) => jsonSeq(jsonItem(r)));
    await expect(reading).rejects.toThrow(/Invalid JSON in record 2 /);
  });

  it("json-seq: text before the first RS is record 0, never skipped in silence", async () => {
    const response = memoryResponse([bytes('garbage\u001e1\n')]);
    await expect(read(response, (r) => jsonSeq(jsonItem(r)))).rejects.toThrow(/record 0 /);
  });
});
