import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { startServer, type TestServer } from "../templates/server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type ClashClient = { things: Record<string, Call>; calls: Record<string, Call> };

let generated: GeneratedCase;
let server: TestServer;
let client: ClashClient;

beforeAll(async () => {
  generated = await generateCase("parameter-clashes");
  server = await startServer();
  client = new (generated.client["default"] as new (o: object) => ClashClient)({ baseURL: server.url, maxRetries: 0 });
  server.reset((_req, res) => res.writeHead(204).end());
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

function lastRequest() {
  const request = server.requests.at(-1);
  if (!request) throw new Error("no request reached the server");
  return request;
}

describe("one parameter name in several locations (fixtures/cases/parameter-clashes.yaml)", () => {
  it("each value goes to its own location under the wire name", async () => {
    await client.things["limit"]?.({ limit: 5, "header.header.limit": "from-header", "cookie.limit": "from-cookie", "header.limit": "dotted" });
    const request = lastRequest();
    expect(new URL(request.url, server.url).searchParams.getAll("limit")).toEqual(["5"]);
    expect(new URL(request.url, server.url).searchParams.getAll("header.limit")).toEqual(["dotted"]);
    expect(request.headers["limit"]).toBe("from-header");
    expect(request.headers["cookie"]).toBe("limit=from-cookie");
  });

  it("the flat function sends the same", async () => {
    const flat = generated.client["limit"] as Call;
    await flat(new (generated.client["default"] as new (o: object) => object)({ baseURL: server.url, maxRetries: 0 }), { limit: 1, "header.header.limit": "h" });
    expect(new URL(lastRequest().url, server.url).searchParams.get("limit")).toBe("1");
    expect(lastRequest().headers["limit"]).toBe("h");
  });
});

describe("operationIds named like the call's own arguments", () => {
  it("options: the method calls the operation, the query carries the value", async () => {
    await client.calls["options"]?.({ options: "o" }, { headers: { "x-extra": "1" } });
    expect(lastRequest().url).toBe("/options?options=o");
    expect(lastRequest().headers["x-extra"]).toBe("1");
  });

  it("params: the path argument and the params object each reach their place", async () => {
    await client.calls["params"]?.("in-path", { params: "in-query" });
    expect(lastRequest().url).toBe("/params/in-path?params=in-query");
  });

  it("body: the body argument is the JSON body", async () => {
    await client.calls["body"]?.({ body: "b" });
    expect(lastRequest().method).toBe("POST");
    expect(JSON.parse(lastRequest().body)).toEqual({ body: "b" });
  });

  it("video: a path parameter typed by named types (one named like the parameter) takes either", async () => {
    await client.calls["video"]?.(42);
    expect(lastRequest().url).toBe("/videos/42");
    await client.calls["video"]?.("9c9de5e8-0a1e-484a-b099-e80766180a6d");
    expect(lastRequest().url).toBe("/videos/9c9de5e8-0a1e-484a-b099-e80766180a6d");
  });

  it("client: the header parameter named client is sent", async () => {
    await client.calls["client"]?.("7", { client: "c" });
    expect(lastRequest().url).toBe("/client/7");
    expect(lastRequest().headers["client"]).toBe("c");
  });
});
