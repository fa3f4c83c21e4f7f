import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import CamelAI, {
  InvalidParameterError,
  sourcesPartialUpdate,
  type Connection,
  type PaginatedThreadList,
  type SourcesListParams,
} from "../../generated/camelai/index.js";
import { json, startServer, type TestServer } from "../templates/server.js";
import {
  API_KEY,
  camel,
  connection,
  onlyRequest,
  withEnv,
} from "../helpers/camelai.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset((_req, res) => json(res, 200, connection()));
});

describe("sources.partialUpdate", () => {
  it("sends PATCH /api/v1/sources/42/ with the bearer key and the JSON body", async () => {
    const returned = connection({ account_name: "Prod", type: "MYSQL" });
    server.reset((_req, res) => json(res, 200, returned));

    const result: Connection = await camel(server).sources.partialUpdate("42", {
      account_name: "Prod",
    });

    const request = onlyRequest(server);
    expect(request.method).toBe("PATCH");
    expect(request.url).toBe("/api/v1/sources/42/");
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.body).toBe('{"account_name":"Prod"}');
    expect(result).toEqual(returned);
  });

  it("is the same request through the flat sourcesPartialUpdate(client, id, body)", async () => {
    const client = camel(server);
    await client.sources.partialUpdate("42", { account_name: "Prod" });
    const viaMethod = onlyRequest(server);
    server.reset((_req, res) => json(res, 200, connection()));

    const result = await sourcesPartialUpdate(client, "42", {
      account_name: "Prod",
    });

    const viaFunction = onlyRequest(server);
    expect(result).toEqual(connection());
    expect({
      ...viaFunction,
      headers: { ...viaFunction.headers, host: "" },
    }).toEqual({
      ...viaMethod,
      headers: { ...viaMethod.headers, host: "" },
    });
    expect(viaFunction).toMatchObject({
      method: "PATCH",
      url: "/api/v1/sources/42/",
      body: '{"account_name":"Prod"}',
    });
  });

  it("sends no body and no content-type when the optional body is omitted", async () => {
    await camel(server).sources.partialUpdate("42");
    const request = onlyRequest(server);
    expect(request.method).toBe("PATCH");
    expect(request.body).toBe("");
    expect(request.headers["content-type"]).toBeUndefined();
  });
});

describe("sources.updateConfig", () => {
  it("sends PATCH /api/v1/sources/42/update-config/ and never mentions pk", async () => {
    const returned = { id: 42, account_name: "Prod", type: "POSTGRES" };
    server.reset((_req, res) => json(res, 200, returned));

    const result = await camel(server).sources.updateConfig("42", {
      hostname: "db.example",
      port: 5432,
    });

    const request = onlyRequest(server);
    expect(request.method).toBe("PATCH");
    expect(request.url).toBe("/api/v1/sources/42/update-config/");
    expect(request.url).not.toMatch(/pk/i);
    expect(JSON.parse(request.body)).toEqual({
      hostname: "db.example",
      port: 5432,
    });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(result).toEqual(returned);
  });
});

describe("path parameters", () => {
  it.each([
    ["a/b?c#d", "/api/v1/sources/a%2Fb%3Fc%23d/"],
    ["../x", "/api/v1/sources/..%2Fx/"],
    ["%2e%2e", "/api/v1/sources/%252e%252e/"],
    ["a b&c=d", "/api/v1/sources/a%20b%26c%3Dd/"],
  ])("keeps %j inside its segment", async (id, path) => {
    await camel(server).sources.retrieve(id);
    expect(onlyRequest(server).url).toBe(path);
  });

  it.each(["..", ".", ""])(
    "refuses %j with InvalidParameterError before sending anything",
    async (id) => {
      const error: unknown = await camel(server)
        .sources.retrieve(id)
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).parameter).toBe("id");
      expect(server.requests).toHaveLength(0);
    },
  );
});

describe("query parameters", () => {
  const page = { count: 0, next: null, previous: null, results: [] };

  it("sends page and page_size as ?page=2&page_size=10", async () => {
    server.reset((_req, res) => json(res, 200, page));
    await camel(server).sources.list({ page: 2, page_size: 10 });
    const request = onlyRequest(server);
    expect(request.method).toBe("GET");
    expect(request.url).toBe("/api/v1/sources/?page=2&page_size=10");
  });

  it("omits undefined parameters and the whole query string when none is set", async () => {
    server.reset((_req, res) => json(res, 200, page));
    const client = camel(server);
    await client.sources.list({ page_size: 5 });
    // Plain JS callers (and projects without exactOptionalPropertyTypes) can pass explicit undefineds.
    await client.sources.list({
      page: undefined,
    } as unknown as SourcesListParams);
    await client.sources.list();
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v1/sources/?page_size=5",
      "/api/v1/sources/",
      "/api/v1/sources/",
    ]);
  });
});

describe("responses", () => {
  it("resolves sources.destroy on 204 to undefined", async () => {
    server.reset((_req, res) => res.writeHead(204).end());
    const result = await camel(server).sources.destroy("42");
    expect(result).toBeUndefined();
    expect(onlyRequest(server)).toMatchObject({
      method: "DELETE",
      url: "/api/v1/sources/42/",
    });
  });

  it(".withResponse() gives the parsed data and the raw response", async () => {
    server.reset((_req, res) =>
      json(res, 201, connection({ id: 7 }), { "x-request-id": "req-1" }),
    );
    const { data, response } = await camel(server)
      .sources.retrieve("7")
      .withResponse();
    expect(data).toEqual(connection({ id: 7 }));
    expect(response.status).toBe(201);
    expect(response.headers.get("x-request-id")).toBe("req-1");
    expect(onlyRequest(server).url).toBe("/api/v1/sources/7/");
  });
});

describe("authentication", () => {
  const threads: PaginatedThreadList = { count: 0, results: [] };

  it("calls an optional-auth operation (threads.list) without a key and sends no Authorization", async () => {
    server.reset((_req, res) => json(res, 200, threads));
    const result = await withEnv("CAMELAI_API_KEY", undefined, () =>
      new CamelAI({ baseURL: server.url, maxRetries: 0 }).threads.list(),
    );
    expect(result).toEqual(threads);
    const request = onlyRequest(server);
    expect(request.url).toBe("/api/v1/threads/");
    expect(request.headers.authorization).toBeUndefined();
  });

  it("still sends a configured key to an optional-auth operation", async () => {
    server.reset((_req, res) => json(res, 200, threads));
    await camel(server).threads.list();
    expect(onlyRequest(server).headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("reads the key from CAMELAI_API_KEY when apiKey is not passed, and restores the env", async () => {
    const before = process.env["CAMELAI_API_KEY"];
    await withEnv("CAMELAI_API_KEY", "sk-from-env", () =>
      new CamelAI({ baseURL: server.url, maxRetries: 0 }).sources.retrieve("1"),
    );
    expect(onlyRequest(server).headers.authorization).toBe(
      "Bearer sk-from-env",
    );
    expect(process.env["CAMELAI_API_KEY"]).toBe(before);
  });

  it("prefers an explicit apiKey over the env var, and apiKey: null sends none", async () => {
    await withEnv("CAMELAI_API_KEY", "sk-from-env", async () => {
      await camel(server).sources.retrieve("1");
      await new CamelAI({
        baseURL: server.url,
        maxRetries: 0,
        apiKey: null,
      }).threads.list();
    });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${API_KEY}`,
      undefined,
    ]);
  });
});
