import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { startServer, type RecordedRequest, type TestServer } from "../templates/server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type Client = Record<string, Record<string, Call>>;

const cases: GeneratedCase[] = [];
let server: TestServer;
let querystring: Client;
let methods: Client;
let tags: Client;

/** The server answers every request with what it saw, so a test checks the request and the parsed response. */
function echo(req: RecordedRequest, res: import("node:http").ServerResponse): void {
  if (req.method === "LINK") return void res.writeHead(204).end();
  const body = JSON.stringify(req.method === "QUERY" && req.url.startsWith("/files/") ? [{ path: req.url, method: req.method }] : { query: req.url, path: req.url, method: req.method, name: "Tom" });
  res.writeHead(req.method === "COPY" ? 201 : 200, { "content-type": "application/json" }).end(body);
}

beforeAll(async () => {
  server = await startServer();
  server.reset(echo);
  const make = async (name: string): Promise<Client> => {
    const generated = await generateCase(name);
    cases.push(generated);
    return new (generated.client["default"] as new (o: object) => Client)({ baseURL: server.url, maxRetries: 0 });
  };
  [querystring, methods, tags] = [await make("openapi-32-querystring"), await make("openapi-32-methods"), await make("openapi-32-tags")];
});
afterAll(async () => {
  await server.close();
  for (const generated of cases) await generated.remove();
});

async function sent(client: Client, resource: string, method: string, ...args: unknown[]): Promise<{ request: RecordedRequest; result: unknown }> {
  server.requests.length = 0;
  const result = await (client[resource]?.[method] as Call)(...args);
  const [request, ...more] = server.requests;
  if (!request || more.length > 0) throw new Error(`expected one request, got ${server.requests.length}`);
  return { request, result };
}

describe("OpenAPI 3.2 querystring parameters on the wire (fixtures/cases/openapi-32-querystring.yaml)", () => {
  it("application/x-www-form-urlencoded: the object's properties are the query string, arrays repeated, spaces as +", async () => {
    const { request, result } = await sent(querystring, "search", "form", { filter: { q: "red & blue #1", tags: ["a", "b c"], limit: 5 }, "X-Trace": "t-1" });
    expect(request.method).toBe("GET");
    expect(request.url).toBe("/search?q=red+%26+blue+%231&tags=a&tags=b+c&limit=5");
    expect(request.headers["x-trace"]).toBe("t-1");
    expect(request.body).toBe("");
    expect(result).toMatchObject({ query: request.url });
  });

  it("application/json: the JSON text, percent-encoded, is the query string", async () => {
    const { request } = await sent(querystring, "search", "json", { selector: { numbers: [1, 2], flag: null } });
    expect(request.url).toBe(`/search/json?${encodeURIComponent('{"numbers":[1,2],"flag":null}')}`);
    expect(decodeURIComponent(request.url.slice("/search/json?".length))).toBe('{"numbers":[1,2],"flag":null}');
  });

  it("an absent optional querystring sends no `?`; text/plain sends the text percent-encoded after the path parameter", async () => {
    expect((await sent(querystring, "search", "json")).request.url).toBe("/search/json");
    const { request } = await sent(querystring, "search", "text", "all/of it", { raw: "a=b&c d?#" });
    expect(request.url).toBe("/search/text/all%2Fof%20it?a%3Db%26c%20d%3F%23");
  });
});

describe("OpenAPI 3.2 methods on the wire (fixtures/cases/openapi-32-methods.yaml)", () => {
  it("QUERY (the path item's `query`) sends its method, query parameters and JSON body", async () => {
    const { request, result } = await sent(methods, "files", "query", "docs", { suffix: ".md" }, { limit: 3 });
    expect([request.method, request.url, request.body]).toEqual(["QUERY", "/files/docs?limit=3", '{"suffix":".md"}']);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(result).toEqual([{ path: "/files/docs?limit=3", method: "QUERY" }]);
  });

  it("additionalOperations COPY and LINK are sent with exactly that method", async () => {
    const copy = await sent(methods, "files", "copy", "a.txt", { Destination: "/files/b.txt" });
    expect([copy.request.method, copy.request.url, copy.request.headers["destination"], copy.request.body]).toEqual(["COPY", "/files/a.txt", "/files/b.txt", ""]);
    expect(copy.result).toMatchObject({ method: "COPY" });
    const link = await sent(methods, "files", "link", "a.txt", { rel: "next" });
    expect([link.request.method, link.request.url, link.result]).toEqual(["LINK", "/files/a.txt?rel=next", undefined]);
  });

  it("a QUERY operation without operationId, named after its method and path, sends its querystring", async () => {
    const { request } = await sent(methods, "files", "querySearch", { terms: { name: "x y" } });
    expect([request.method, request.url, request.body]).toEqual(["QUERY", "/search?name=x+y", ""]);
  });
});

describe("OpenAPI 3.2 tags and $self (fixtures/cases/openapi-32-tags.yaml)", () => {
  it("tags with parent/kind group as before; the response's media type reference and $self resolve inside the document", async () => {
    const { request, result } = await sent(tags, "cats", "retrieve", "7");
    expect([request.method, request.url]).toEqual(["GET", "/cats/7"]);
    expect(result).toMatchObject({ name: "Tom" });
  });
});
