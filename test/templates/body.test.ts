import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  formBody,
  InvalidParameterError,
  jsonBody,
  multipartBody,
  rawBody,
  type BodyEncoder,
  type OperationRequest,
  type RequestOptions,
} from "../../templates/index.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() =>
  server.reset((_req, res) => json(res, 201, { created: true })),
);

const api = (maxRetries = 0) =>
  new APIClient({ baseURL: server.url, apiKey: null, maxRetries }, config);

async function sent(
  body: unknown,
  contentTypes?: Record<string, BodyEncoder>,
  options: RequestOptions<string> = {},
) {
  const req: OperationRequest = {
    method: "POST",
    path: "/items",
    body,
    security: [],
  };
  if (contentTypes !== undefined) req.contentTypes = contentTypes;
  await APIClient.request(api(), req, options);
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error("no request reached the server");
  return request;
}

/** Bytes that are not valid UTF-8, so any text decoding on the way would show. */
const BINARY = new Uint8Array([0x00, 0xff, 0xfe, 0x80, 0xc3, 0x28, 0x0d, 0x0a]);

describe("JSON bodies", () => {
  it("sends JSON with its content type by default", async () => {
    const request = await sent({ name: "Prod", tags: ["a"], nested: { n: 1 } });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual({
      name: "Prod",
      tags: ["a"],
      nested: { n: 1 },
    });
  });

  it("JSON-encodes a string for a JSON media type, keeping +json types and parameters", async () => {
    const request = await sent("hello", {
      "application/merge-patch+json": jsonBody,
    });
    expect(request.headers["content-type"]).toBe(
      "application/merge-patch+json",
    );
    expect(request.body).toBe('"hello"');
    const withCharset = await sent(
      { a: 1 },
      { "application/json; charset=utf-8": jsonBody },
    );
    expect(withCharset.headers["content-type"]).toBe(
      "application/json; charset=utf-8",
    );
    expect(withCharset.body).toBe('{"a":1}');
  });

  it("rejects a body JSON cannot represent, without sending", async () => {
    await expect(
      APIClient.request(api(), {
        method: "POST",
        path: "/items",
        body: { n: 1n },
        security: [],
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a FormData body under a JSON media type rather than sending {}", async () => {
    const error = await sent(new FormData()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toBe(
      'Cannot send a FormData as application/json; choose contentType "multipart/form-data"',
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe("the encoder a request names", () => {
  it("jsonBody refuses binary data rather than sending {}", async () => {
    const error = await sent(new Blob([BINARY]), {
      "application/json": jsonBody,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toBe(
      "Cannot send a Blob as application/json; pass a JSON value",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("rawBody sends binary data as it is under a JSON type, and JSON-encodes the rest", async () => {
    const bytes = await sent(BINARY, { "application/json": rawBody });
    expect(bytes.headers["content-type"]).toBe("application/json");
    expect(bytes.bytes).toEqual(Buffer.from(BINARY));
    const value = await sent({ a: [1] }, { "application/json": rawBody });
    expect(value.body).toBe('{"a":[1]}');
  });

  it("formBody sends binary data as it is", async () => {
    const request = await sent(BINARY, {
      "application/x-www-form-urlencoded": formBody,
    });
    expect(request.bytes).toEqual(Buffer.from(BINARY));
  });
});

describe("choosing the media type per call", () => {
  const contentTypes = {
    "application/json": jsonBody,
    "multipart/form-data": multipartBody,
    "application/x-www-form-urlencoded": formBody,
  };
  const body = { name: "Prod", size: 2 };

  it("uses the first listed type by default", async () => {
    const request = await sent(body, contentTypes);
    expect(server.requests).toHaveLength(1);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.body).toBe('{"name":"Prod","size":2}');
  });

  it("sends multipart when the call asks for it", async () => {
    const request = await sent(body, contentTypes, {
      contentType: "multipart/form-data",
    });
    expect(request.headers["content-type"]).toMatch(
      /^multipart\/form-data; boundary=/,
    );
    expect(request.body).toContain('name="name"\r\n\r\nProd\r\n');
  });

  it("sends form-urlencoded when the call asks for it", async () => {
    const request = await sent(body, contentTypes, {
      contentType: "application/x-www-form-urlencoded",
    });
    expect(request.headers["content-type"]).toBe(
      "application/x-www-form-urlencoded",
    );
    expect(request.body).toBe("name=Prod&size=2");
  });

  it("rejects a type the operation does not list, naming the allowed ones", async () => {
    const error = await sent(body, contentTypes, {
      contentType: "text/plain",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: "contentType" });
    expect((error as Error).message).toBe(
      'contentType "text/plain" is not accepted by this operation; use one of: application/json, multipart/form-data, application/x-www-form-urlencoded',
    );
    expect(server.requests).toHaveLength(0);
  });

  it("takes a concrete type inside a listed range, and a Blob's own type for a range", async () => {
    const png = new Blob([BINARY], { type: "image/png" });
    const chosen = await sent(
      BINARY,
      { "image/*": rawBody },
      {
        contentType: "image/webp",
      },
    );
    expect(chosen.headers["content-type"]).toBe("image/webp");
    const own = await sent(png, { "image/*": rawBody });
    expect(own.headers["content-type"]).toBe("image/png");
    expect(own.bytes).toEqual(Buffer.from(BINARY));
  });
});

describe("raw and text bodies", () => {
  it("sends binary data byte for byte", async () => {
    for (const body of [BINARY, BINARY.buffer, new Blob([BINARY])]) {
      const request = await sent(body, { "application/octet-stream": rawBody });
      expect(request.headers["content-type"]).toBe("application/octet-stream");
      expect(request.bytes).toEqual(Buffer.from(BINARY));
    }
  });

  it("sends only the bytes a view covers", async () => {
    const request = await sent(new DataView(BINARY.buffer, 1, 3), {
      "application/octet-stream": rawBody,
    });
    expect(request.bytes).toEqual(Buffer.from([0xff, 0xfe, 0x80]));
  });

  it("sends a string as is for a text media type", async () => {
    const request = await sent("plain words\n", { "text/plain": rawBody });
    expect(request.headers["content-type"]).toBe("text/plain");
    expect(request.body).toBe("plain words\n");
  });

  it("refuses an object for a text media type", async () => {
    await expect(sent({ a: 1 }, { "text/plain": rawBody })).rejects.toThrow(
      "Cannot send an object as text/plain; pass a string or binary data",
    );
  });

  it("sends no body and no content type without a body", async () => {
    await APIClient.request(api(), {
      method: "DELETE",
      path: "/items/1",
      security: [],
    });
    expect(server.requests[0]?.body).toBe("");
    expect(server.requests[0]?.headers["content-type"]).toBeUndefined();
  });
});

describe("streamed bodies", () => {
  const failOnce = () =>
    server.reset((_req, res) =>
      res.writeHead(503, { "retry-after-ms": "1" }).end(),
    );

  it("sends a ReadableStream once, without retrying", async () => {
    failOnce();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(BINARY);
        controller.enqueue(new TextEncoder().encode("streamed"));
        controller.close();
      },
    });
    const call = APIClient.request(api(2), {
      method: "POST",
      path: "/up",
      body: stream,
      contentTypes: { "application/octet-stream": rawBody },
      security: [],
    });
    await expect(call).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.bytes).toEqual(
      Buffer.concat([Buffer.from(BINARY), Buffer.from("streamed")]),
    );
  });

  it("streams a Node Readable and other async iterables", async () => {
    const request = await sent(Readable.from([Buffer.from(BINARY), "tail"]), {
      "application/octet-stream": rawBody,
    });
    expect(request.bytes).toEqual(
      Buffer.concat([Buffer.from(BINARY), Buffer.from("tail")]),
    );
    async function* chunks() {
      yield "a";
      yield new Uint8Array([0xff]);
    }
    const generated = await sent(chunks(), {
      "application/octet-stream": rawBody,
    });
    expect(generated.bytes).toEqual(Buffer.from([0x61, 0xff]));
  });
});
