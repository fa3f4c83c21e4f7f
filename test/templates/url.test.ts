import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  inHeader,
  inPath,
  InvalidParameterError,
  inQuery,
  type ParameterSpec,
} from "../../templates/index.js";
import { buildPath } from "../../templates/path-styles.js";
import { joinURL } from "../../templates/path.js";
import { formatQuery, queryString } from "../../templates/query.js";
import { config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function client(): APIClient {
  return new APIClient(
    { baseURL: `${server.url}/v1/`, apiKey: null, maxRetries: 0 },
    config,
  );
}

const path = (name: string, value: unknown): ParameterSpec => ({
  name,
  in: "path",
  value,
});

describe("buildPath", () => {
  it.each([
    ["42", "/items/42/detail"],
    ["a/b", "/items/a%2Fb/detail"],
    ["a?x=1", "/items/a%3Fx%3D1/detail"],
    ["a#f", "/items/a%23f/detail"],
    ["../admin", "/items/..%2Fadmin/detail"],
    ["%2e%2e", "/items/%252e%252e/detail"],
    ["héllo wörld", "/items/h%C3%A9llo%20w%C3%B6rld/detail"],
    ["😀", "/items/%F0%9F%98%80/detail"],
  ])("encodes %j", (value, want) => {
    expect(buildPath("/items/{id}/detail", [path("id", value)])).toBe(want);
  });

  it("stringifies numbers and booleans", () => {
    expect(buildPath("/{a}/{b}", [path("a", 7), path("b", false)])).toBe(
      "/7/false",
    );
  });

  it.each(["", ".", ".."])("rejects %j", (value) => {
    expect(() => buildPath("/items/{id}", [path("id", value)])).toThrow(
      InvalidParameterError,
    );
  });

  it("rejects a missing parameter and names it", () => {
    expect(() => buildPath("/items/{id}", [])).toThrow(/"id"/);
  });

  it("ignores parameters of the same name in other locations", () => {
    expect(() =>
      buildPath("/items/{id}", [{ name: "id", in: "query", value: 1 }]),
    ).toThrow(/Missing value for path parameter "id"/);
  });

  it("turns a lone surrogate into InvalidParameterError", () => {
    expect(() => buildPath("/items/{id}", [path("id", "\uD800")])).toThrow(
      InvalidParameterError,
    );
  });
});

describe("joinURL", () => {
  it.each([
    ["https://api.example.com", "/v1/x", "https://api.example.com/v1/x"],
    ["https://api.example.com/", "/v1/x", "https://api.example.com/v1/x"],
    [
      "https://api.example.com/base//",
      "v1/x",
      "https://api.example.com/base/v1/x",
    ],
    [
      "https://api.example.com",
      "//evil.example/x",
      "https://api.example.com//evil.example/x",
    ],
    [
      "https://api.example.com/api/?api-version=2024-01-01",
      "/thing/42",
      "https://api.example.com/api/thing/42?api-version=2024-01-01",
    ],
    [
      "https://api.example.com/api#docs",
      "/thing/42",
      "https://api.example.com/api/thing/42",
    ],
  ])("joins %j and %j", (base, path, want) => {
    expect(joinURL(base, path)).toBe(want);
  });
});

describe("query serialisation (form, explode: the default)", () => {
  const query = (values: Record<string, unknown>): string =>
    queryString(
      Object.entries(values).map(([name, value]) => ({
        name,
        in: "query",
        value,
      })),
    );

  it.each<[Record<string, unknown>, string]>([
    [{ a: 1, b: true, c: "x y" }, "a=1&b=true&c=x%20y"],
    [{ ids: [1, 2, 3] }, "ids=1&ids=2&ids=3"],
    [{ missing: undefined, nul: null, kept: "" }, "kept="],
    [{ filter: { role: "admin", first: "Alex" } }, "role=admin&first=Alex"],
    [{ q: "a&admin=true" }, "q=a%26admin%3Dtrue"],
    [{ when: new Date(0) }, "when=1970-01-01T00%3A00%3A00.000Z"],
    [{ deep: { inner: { x: 1 } } }, "inner=%7B%22x%22%3A1%7D"],
    [{ ü: "ö" }, "%C3%BC=%C3%B6"],
  ])("serialises %j", (values, want) => {
    expect(query(values)).toBe(want);
  });

  it("rejects values without a text form", () => {
    expect(() => query({ f: () => 1 })).toThrow(InvalidParameterError);
  });

  it("formats raw credential pairs with every name and value encoded", () => {
    expect(formatQuery([["api key", "a&b=c"]])).toBe("api%20key=a%26b%3Dc");
  });
});

describe("requests on the wire", () => {
  it("keeps a query in the base URL after the path, before the call's own query", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await APIClient.request(
      new APIClient(
        { baseURL: `${server.url}/api?api-version=2024-01-01#x`, apiKey: "k-12345", maxRetries: 0 },
        config,
      ),
      {
        method: "GET",
        path: "/things/{id}",
        parameters: [path("id", "42"), { name: "page", in: "query", value: 2 }],
        serializers: [inQuery],
        security: [["queryKey"]],
      },
    );
    expect(server.requests[0]?.url).toBe(
      "/api/things/42?api-version=2024-01-01&page=2&api_key=k-12345",
    );
  });

  it("sends the encoded path under the base URL with the query", async () => {
    server.reset((_req, res) => json(res, 200, { ok: true }));
    const data = await APIClient.request<{ ok: boolean }>(client(), {
      method: "GET",
      path: "/sources/{id}/",
      parameters: [
        path("id", "a/../b?c#d"),
        { name: "page", in: "query", value: 2 },
        { name: "tags", in: "query", value: ["x", "y"] },
        { name: "skip", in: "query", value: undefined },
      ],
      serializers: [inQuery],
      security: [],
    });
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.url).toBe(
      "/v1/sources/a%2F..%2Fb%3Fc%23d/?page=2&tags=x&tags=y",
    );
  });

  it.each(["..", ".", ""])(
    "rejects path value %j without sending anything",
    async (id) => {
      server.reset((_req, res) => json(res, 200, {}));
      const call = APIClient.request(client(), {
        method: "GET",
        path: "/sources/{id}/",
        parameters: [path("id", id)],
        security: [],
      });
      await expect(call).rejects.toBeInstanceOf(InvalidParameterError);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("rejects a missing path parameter without sending anything", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await expect(
      APIClient.request(client(), {
        method: "GET",
        path: "/sources/{id}/",
        security: [],
      }),
    ).rejects.toThrow(/Missing value for path parameter "id"/);
    expect(server.requests).toHaveLength(0);
  });

  it("sends header parameters in simple style and the accept header", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    await APIClient.request(client(), {
      method: "GET",
      path: "/h",
      parameters: [
        { name: "X-Trace", in: "header", value: 5 },
        { name: "X-List", in: "header", value: ["a", "b"] },
        { name: "X-Skip", in: "header", value: undefined },
      ],
      serializers: [inHeader],
      security: [],
    });
    const headers = server.requests[0]?.headers;
    expect(headers?.["x-trace"]).toBe("5");
    expect(headers?.["x-list"]).toBe("a,b");
    expect(headers?.["x-skip"]).toBeUndefined();
    expect(headers?.accept).toBe("application/json");
  });

  it("refuses a label or matrix path parameter without inPath, and sends it with inPath", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const styled: ParameterSpec = { ...path("id", 5), style: "label" };
    const error = await APIClient.request(client(), {
      method: "GET",
      path: "/s/{id}",
      parameters: [styled],
      security: [],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      parameter: "id",
      message:
        'The request names no serializer for path parameters such as "id"',
    });
    expect(server.requests).toHaveLength(0);
    await APIClient.request(client(), {
      method: "GET",
      path: "/s/{id}",
      parameters: [styled],
      serializers: [inPath],
      security: [],
    });
    expect(server.requests[0]?.url).toBe("/v1/s/.5");
  });

  it("refuses a parameter whose location the request names no serializer for", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const error = await APIClient.request(client(), {
      method: "GET",
      path: "/c",
      parameters: [
        { name: "page", in: "query", value: 2 },
        { name: "session", in: "cookie", value: "s" },
      ],
      serializers: [inQuery],
      security: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({
      parameter: "session",
      message:
        'The request names no serializer for cookie parameters such as "session"',
    });
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a header parameter with CR/LF without echoing its value", async () => {
    server.reset((_req, res) => json(res, 200, {}));
    const error = await APIClient.request(client(), {
      method: "GET",
      path: "/h",
      parameters: [
        { name: "X-Bad", in: "header", value: "ok\r\nX-Injected: evil" },
      ],
      serializers: [inHeader],
      security: [],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(String(error)).toContain('"X-Bad"');
    expect(String(error)).not.toContain("evil");
    expect((error as InvalidParameterError).parameter).toBe("X-Bad");
    expect(server.requests).toHaveLength(0);
  });

  it("rejects a relative base URL that cannot be resolved", async () => {
    const relative = new APIClient({ baseURL: "/api", apiKey: null }, config);
    await expect(
      APIClient.request(relative, { method: "GET", path: "/x", security: [] }),
    ).rejects.toThrow(/absolute baseURL/);
  });
});
