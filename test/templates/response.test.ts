import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  APIError,
  type OperationRequest,
  type ResponseKind,
  textBody,
} from "../../templates/index.js";
import { config } from "./config.js";
import { startServer, type Handler, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const api = () =>
  new APIClient({ baseURL: server.url, apiKey: null, maxRetries: 0 }, config);

function answer(
  handler: Handler,
  method: OperationRequest["method"] = "GET",
  responseKind?: ResponseKind,
) {
  server.reset(handler);
  const req: OperationRequest = { method, path: "/r", security: [] };
  if (responseKind !== undefined) req.responseKind = responseKind;
  return APIClient.request<unknown>(api(), req);
}

/** Bytes that are not valid UTF-8, so any text decoding on the way would show. */
const BINARY = new Uint8Array([0x00, 0xff, 0xfe, 0x80, 0xc3, 0x28]);

describe("successful responses", () => {
  it.each([204, 205])("gives undefined for %i", async (status) => {
    expect(
      await answer((_req, res) => res.writeHead(status).end()),
    ).toBeUndefined();
  });

  it("gives undefined for content-length: 0", async () => {
    const data = await answer((_req, res) =>
      res
        .writeHead(200, {
          "content-type": "application/json",
          "content-length": "0",
        })
        .end(),
    );
    expect(data).toBeUndefined();
  });

  it("gives undefined for an empty chunked body", async () => {
    const data = await answer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write("");
      res.end();
    });
    expect(data).toBeUndefined();
  });

  it("gives undefined for HEAD", async () => {
    const data = await answer(
      (_req, res) =>
        res
          .writeHead(200, {
            "content-type": "application/json",
            "content-length": "10",
          })
          .end(),
      "HEAD",
    );
    expect(data).toBeUndefined();
  });

  it("parses JSON with charset parameters and +json types", async () => {
    expect(
      await answer((_req, res) =>
        res
          .writeHead(200, { "content-type": "Application/JSON; charset=utf-8" })
          .end('{"a":1}'),
      ),
    ).toEqual({ a: 1 });
    expect(
      await answer((_req, res) =>
        res
          .writeHead(200, { "content-type": "application/vnd.api+json" })
          .end("[1,2]"),
      ),
    ).toEqual([1, 2]);
  });

  it("parses JSON a server sent under another media type or none", async () => {
    expect(
      await answer((_req, res) =>
        res.writeHead(200, { "content-type": "text/plain" }).end('{"a":1}'),
      ),
    ).toEqual({ a: 1 });
    expect(
      await answer((_req, res) => {
        res.removeHeader("content-type");
        res.writeHead(200).end("[true]");
      }),
    ).toEqual([true]);
  });

  it("reads a 10 MB JSON body intact", async () => {
    const items = Array.from({ length: 100_000 }, (_, id) => ({
      id,
      name: `item ${id} ${"x".repeat(70)}`,
    }));
    const text = JSON.stringify({ items });
    expect(text.length).toBeGreaterThan(10_000_000);
    const data = (await answer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      for (let at = 0; at < text.length; at += 1 << 20)
        res.write(text.slice(at, at + (1 << 20)));
      res.end();
    })) as { items: typeof items };
    expect(data.items).toHaveLength(100_000);
    expect(data.items.at(-1)).toEqual(items.at(-1));
    expect(JSON.stringify(data)).toBe(text);
  });

  it("gives text for other media types", async () => {
    const data = await answer((_req, res) =>
      res.writeHead(200, { "content-type": "text/csv" }).end("a,b\n1,2"),
    );
    expect(data).toBe("a,b\n1,2");
  });

  it("rejects invalid JSON with an APIError that keeps the status and text", async () => {
    const error = await answer((_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end("{not json"),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 200, body: "{not json" });
    expect((error as Error).message).toMatch(
      /^Invalid JSON in 200 response body \(content-type "application\/json"\)/,
    );
  });

  it("keeps an own __proto__ key as data without touching prototypes", async () => {
    const data = await answer((_req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end('{"__proto__":{"polluted":true}}'),
    );
    expect(Object.hasOwn(data as object, "__proto__")).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("response kinds", () => {
  it("gives the text for textBody, even when it is JSON", async () => {
    const data = await answer(
      (_req, res) =>
        res
          .writeHead(200, { "content-type": "application/json" })
          .end('{"a":1}'),
      "GET",
      textBody,
    );
    expect(data).toBe('{"a":1}');
  });

  it("gives an empty string for an empty body read by textBody", async () => {
    const data = await answer(
      (_req, res) => res.writeHead(200, { "content-length": "0" }).end(),
      "GET",
      textBody,
    );
    expect(data).toBe("");
  });

  it.each([
    [
      "ISO-8859-1",
      "text/plain; charset=ISO-8859-1",
      Buffer.from("caf\u00e9 \u00a3", "latin1"),
      "caf\u00e9 \u00a3",
    ],
    [
      "a quoted label",
      'text/xml; Charset="ISO-8859-2"',
      Buffer.from([0xb3, 0xf3, 0x64, 0xbc]),
      "\u0142\u00f3d\u017a",
    ],
    [
      "Shift_JIS",
      "text/csv; charset=Shift_JIS",
      Buffer.from([0x82, 0xa0, 0x82, 0xa2]),
      "\u3042\u3044",
    ],
    [
      "UTF-16LE",
      "text/plain;charset=utf-16le",
      Buffer.from("\u00e9t\u00e9 \u2713", "utf16le"),
      "\u00e9t\u00e9 \u2713",
    ],
  ])(
    "decodes text in the charset the content type names: %s",
    async (_label, contentType, bytes, expected) => {
      const data = await answer(
        (_req, res) =>
          res.writeHead(200, { "content-type": contentType }).end(bytes),
        "GET",
        textBody,
      );
      expect(data).toBe(expected);
    },
  );

  it("reads UTF-8 without a charset, and for a label it does not know", async () => {
    const utf8 = Buffer.from("h\u00e9llo \u2713", "utf8");
    for (const contentType of [
      "text/plain",
      "text/plain; charset=x-unknown-label",
    ])
      expect(
        await answer(
          (_req, res) =>
            res.writeHead(200, { "content-type": contentType }).end(utf8),
          "GET",
          textBody,
        ),
      ).toBe("h\u00e9llo \u2713");
  });

  it('gives a Blob with the exact bytes and type for "blob"', async () => {
    const data = await answer(
      (_req, res) =>
        res.writeHead(200, { "content-type": "image/png" }).end(BINARY),
      "GET",
      "blob",
    );
    expect(data).toBeInstanceOf(Blob);
    expect((data as Blob).type).toBe("image/png");
    expect(new Uint8Array(await (data as Blob).arrayBuffer())).toEqual(BINARY);
  });

  it('ignores any body for "empty"', async () => {
    const data = await answer(
      (_req, res) =>
        res.writeHead(200, { "content-type": "application/json" }).end("{oops"),
      "POST",
      "empty",
    );
    expect(data).toBeUndefined();
  });

  it("gives undefined for 204 whatever the kind", async () => {
    for (const kind of ["json", textBody, "blob"] as const)
      expect(
        await answer((_req, res) => res.writeHead(204).end(), "GET", kind),
      ).toBeUndefined();
  });

  it("asks for any media type when the body is not JSON", async () => {
    await answer((_req, res) => res.writeHead(200).end("x"), "GET", "blob");
    expect(server.requests[0]?.headers.accept).toBe("*/*");
    await answer((_req, res) => res.writeHead(200).end("{}"));
    expect(server.requests[0]?.headers.accept).toBe("application/json");
  });
});
