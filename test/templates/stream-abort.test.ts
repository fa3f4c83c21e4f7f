import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APIClient } from "../../templates/index.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe("asResponse() streaming", () => {
  it("the caller's signal still cancels the body after the headers arrived", async () => {
    server.reset((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      res.write("first chunk");
      // Never ends: only the caller's abort can stop the read.
    });
    const client = new APIClient(
      { baseURL: server.url, maxRetries: 0, timeout: 200 },
      { clientName: "T", defaultBaseURL: "", securitySchemes: {} },
    );
    const controller = new AbortController();
    const response = await APIClient.request<Blob>(
      client,
      { method: "GET", path: "/stream", security: [], responseKind: "blob" },
      { signal: controller.signal },
    ).asResponse();
    const reader = response.body?.getReader();
    expect(new TextDecoder().decode((await reader?.read())?.value)).toBe(
      "first chunk",
    );
    // Longer than the attempt timeout: a stream handed to the caller is not cut by the timer.
    await new Promise((r) => setTimeout(r, 300));
    const pending = reader?.read();
    controller.abort();
    await expect(pending).rejects.toThrow();
  });
});
