import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  inCookie,
  inHeader,
  inQuery,
  type OperationRequest,
} from "../../templates/index.js";
import { withParameters } from "../../templates/request-parameters.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

const base = { method: "GET", path: "/items/{id}", security: [] } as const;

describe("withParameters", () => {
  it("writes path values, then full specs, then query, header and cookie names read from params", () => {
    const req: OperationRequest = {
      ...base,
      pathValues: { id: 7 },
      parameters: [{ name: "ids", in: "query", value: [1, 2], explode: false }],
      query: ["page", "q"],
      header: ["X-Trace"],
      cookie: ["session"],
      params: { q: "a b", page: 2, "X-Trace": "t", session: "s", unused: 1 },
    };
    expect(withParameters(req).parameters).toEqual([
      { name: "id", in: "path", value: 7 },
      { name: "ids", in: "query", value: [1, 2], explode: false },
      { name: "page", in: "query", value: 2 },
      { name: "q", in: "query", value: "a b" },
      { name: "X-Trace", in: "header", value: "t" },
      { name: "session", in: "cookie", value: "s" },
    ]);
  });

  it("reads undefined values when the call gave no params object", () => {
    const req: OperationRequest = { ...base, query: ["page"] };
    expect(withParameters(req).parameters).toEqual([
      { name: "page", in: "query", value: undefined },
    ]);
  });

  it("returns a request without compact fields unchanged, and never changes its argument", () => {
    const full: OperationRequest = { ...base, parameters: [] };
    expect(withParameters(full)).toBe(full);
    const compact: OperationRequest = { ...base, pathValues: { id: 1 } };
    withParameters(compact);
    expect(compact.parameters).toBeUndefined();
  });
});

describe("a compact request on the wire", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  async function received(req: OperationRequest) {
    server.reset((_req, res) => json(res, 200, {}));
    const client = new APIClient({ baseURL: server.url, maxRetries: 0 }, config);
    await APIClient.request(client, req);
    const [first] = server.requests;
    if (first === undefined) throw new Error("no request received");
    return { url: first.url, trace: first.headers["x-trace"], cookie: first.headers.cookie };
  }

  it("sends what the same parameters spelled in full send", async () => {
    const serializers = [inQuery, inHeader, inCookie];
    const compact = await received({
      ...base,
      serializers,
      pathValues: { id: "a/b" },
      query: ["tags", "skip"],
      header: ["X-Trace"],
      cookie: ["session"],
      params: { tags: ["x", "y"], "X-Trace": "t1", session: "s1" },
    });
    const full = await received({
      ...base,
      serializers,
      parameters: [
        { name: "id", in: "path", value: "a/b" },
        { name: "tags", in: "query", value: ["x", "y"] },
        { name: "skip", in: "query", value: undefined },
        { name: "X-Trace", in: "header", value: "t1" },
        { name: "session", in: "cookie", value: "s1" },
      ],
    });
    expect(compact).toEqual(full);
    expect(compact.url).toBe("/items/a%2Fb?tags=x&tags=y");
    expect(compact.trace).toBe("t1");
    expect(compact.cookie).toBe("session=s1");
  });
});
