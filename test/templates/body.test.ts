import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  InvalidParameterError,
  type OperationRequest,
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

const api = () =>
  new APIClient({ baseURL: server.url, apiKey: null, maxRetries: 0 }, config);

async function sent(body: unknown, contentType?: string) {
  const req: OperationRequest = {
    method: "POST",
    path: "/items",
    body,
    security: [],
  };
  if (contentType !== undefined) req.contentType = contentType;
  await api().request(req);
  const request = server.requests[0];
  if (request === undefined) throw new Error("no request reached the server");
  return request;
}

describe("request bodies", () => {
  it("sends JSON with its content type", async () => {
    const request = await sent({ name: "Prod", tags: ["a"], nested: { n: 1 } });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request.body)).toEqual({
      name: "Prod",
      tags: ["a"],
      nested: { n: 1 },
    });
  });

  it("JSON-encodes a string for a JSON media type, keeping +json types", async () => {
    const request = await sent("hello", "application/merge-patch+json");
    expect(request.headers["content-type"]).toBe(
      "application/merge-patch+json",
    );
    expect(request.body).toBe('"hello"');
  });

  it("sends a string as is for a text media type", async () => {
    const request = await sent("plain words", "text/plain");
    expect(request.headers["content-type"]).toBe("text/plain");
    expect(request.body).toBe("plain words");
  });

  it("sends a Uint8Array as is", async () => {
    const request = await sent(
      new TextEncoder().encode("bytes!"),
      "application/octet-stream",
    );
    expect(request.body).toBe("bytes!");
    expect(request.headers["content-type"]).toBe("application/octet-stream");
  });

  it("lets fetch set the multipart boundary for FormData", async () => {
    const form = new FormData();
    form.append("field", "value");
    const request = await sent(form, "multipart/form-data");
    expect(request.headers["content-type"]).toMatch(
      /^multipart\/form-data; boundary=/,
    );
    expect(request.body).toContain('name="field"');
  });

  it("turns a plain object into multipart form data for multipart media types", async () => {
    const request = await sent(
      { title: "t", file: new Blob(["abc"], { type: "text/plain" }) },
      "multipart/form-data",
    );
    expect(request.headers["content-type"]).toMatch(/boundary=/);
    expect(request.body).toContain("abc");
    expect(request.body).toContain('name="title"');
  });

  it("form-encodes a plain object for application/x-www-form-urlencoded", async () => {
    const request = await sent(
      { a: "x y", list: [1, 2] },
      "application/x-www-form-urlencoded",
    );
    expect(request.body).toBe("a=x%20y&list=1&list=2");
  });

  it("rejects a body JSON cannot represent, without sending", async () => {
    await expect(
      api().request({
        method: "POST",
        path: "/items",
        body: { n: 1n },
        security: [],
      }),
    ).rejects.toBeInstanceOf(InvalidParameterError);
    expect(server.requests).toHaveLength(0);
  });

  it("sends no body and no content type without a body", async () => {
    await api().request({ method: "DELETE", path: "/items/1", security: [] });
    expect(server.requests[0]?.body).toBe("");
    expect(server.requests[0]?.headers["content-type"]).toBeUndefined();
  });

  it("does not retry a streamed body, which can only be read once", async () => {
    server.reset((_req, res) =>
      res.writeHead(503, { "retry-after-ms": "1" }).end(),
    );
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("streamed"));
        controller.close();
      },
    });
    const client = new APIClient(
      { baseURL: server.url, apiKey: null, maxRetries: 2 },
      config,
    );
    const call = client.request({
      method: "POST",
      path: "/up",
      body: stream,
      contentType: "text/plain",
      security: [],
    });
    await expect(call).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.body).toBe("streamed");
  });
});
