import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  APIClient,
  inCookie,
  inHeader,
  inPath,
  inQuery,
  InvalidParameterError,
  type ParameterSpec,
  type RequestOptions,
} from "../../templates/index.js";
import { SECRET, config } from "./config.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const ALL = [inPath, inQuery, inHeader, inCookie];

/** Sends one GET and returns what the server received; `security` picks the credential schemes. */
async function send(
  path: string,
  parameters: ParameterSpec[],
  {
    security = [],
    options = {},
  }: { security?: string[][]; options?: RequestOptions } = {},
) {
  server.reset((_req, res) => json(res, 200, {}));
  const client = new APIClient(
    { baseURL: server.url, apiKey: SECRET, maxRetries: 0 },
    config,
  );
  await APIClient.request(
    client,
    { method: "GET", path, parameters, serializers: ALL, security },
    options,
  );
  expect(server.requests).toHaveLength(1);
  const received = server.requests[0];
  if (received === undefined) throw new Error("no request received");
  return received;
}

async function refused(path: string, parameters: ParameterSpec[]) {
  server.reset((_req, res) => json(res, 200, {}));
  const client = new APIClient(
    { baseURL: server.url, apiKey: null, maxRetries: 0 },
    config,
  );
  const error = await APIClient.request(client, {
    method: "GET",
    path,
    parameters,
    serializers: ALL,
    security: [],
  }).catch((caught: unknown) => caught);
  expect(server.requests).toHaveLength(0);
  expect(error).toBeInstanceOf(InvalidParameterError);
  return error as InvalidParameterError;
}

describe("path parameters on the wire", () => {
  it("keeps /, ?, # and unicode inside their segment", async () => {
    const received = await send("/files/{name}/raw", [
      { name: "name", in: "path", value: "a/b?c#d é😀" },
    ]);
    expect(received.url).toBe("/files/a%2Fb%3Fc%23d%20%C3%A9%F0%9F%98%80/raw");
  });

  it("sends label and matrix styles as written", async () => {
    const received = await send("/colors/{label}/{matrix}", [
      {
        name: "label",
        in: "path",
        value: ["a.b", "c"],
        style: "label",
        explode: true,
      },
      {
        name: "matrix",
        in: "path",
        value: { R: 100, G: "x;y" },
        style: "matrix",
        explode: true,
      },
    ]);
    expect(received.url).toBe("/colors/.a%2Eb.c/;R=100;G=x%3By");
  });

  it.each<[string, ParameterSpec]>([
    ["..", { name: "id", in: "path", value: ".." }],
    [
      "label ['.']",
      { name: "id", in: "path", value: ["."], style: "label", explode: true },
    ],
    ["simple ['..']", { name: "id", in: "path", value: [".."] }],
  ])("refuses %s before sending", async (_title, spec) => {
    const error = await refused("/items/{id}/detail", [spec]);
    expect(error.parameter).toBe("id");
  });
});

describe("query parameters on the wire", () => {
  it("sends every query style exactly", async () => {
    const received = await send("/search", [
      { name: "ids", in: "query", value: [1, 2], style: "spaceDelimited" },
      {
        name: "tags",
        in: "query",
        value: ["a", "b|c"],
        style: "pipeDelimited",
      },
      {
        name: "filter",
        in: "query",
        value: { role: "admin", age: { gt: 30 } },
        style: "deepObject",
        explode: true,
      },
      { name: "csv", in: "query", value: ["x", "y"], explode: false },
      { name: "skip", in: "query", value: undefined },
      { name: "none", in: "query", value: null },
    ]);
    expect(received.url).toBe(
      "/search?ids=1%202&tags=a%7Cb%7Cc" +
        "&filter%5Brole%5D=admin&filter%5Bage%5D%5Bgt%5D=30&csv=x,y",
    );
  });

  it("sends allowReserved values with reserved characters unencoded", async () => {
    const received = await send("/search", [
      {
        name: "next",
        in: "query",
        value: "/a/b?c=d:e@f,g;h",
        allowReserved: true,
      },
      { name: "plain", in: "query", value: "/a/b?c=d" },
    ]);
    expect(received.url).toBe(
      "/search?next=/a/b?c%3Dd:e@f,g;h&plain=%2Fa%2Fb%3Fc%3Dd",
    );
    expect(new URL(received.url, server.url).searchParams.get("next")).toBe(
      "/a/b?c=d:e@f,g;h",
    );
  });

  it("appends the credential after the parameters", async () => {
    const received = await send(
      "/search",
      [{ name: "q", in: "query", value: "x" }],
      { security: [["queryKey"]] },
    );
    expect(received.url).toBe(`/search?q=x&api_key=${SECRET}`);
  });
});

describe("header and cookie parameters on the wire", () => {
  it("sends header parameters, JSON content ones as JSON", async () => {
    const received = await send("/h", [
      { name: "X-Color", in: "header", value: { R: 1, G: 2 }, explode: true },
      {
        name: "X-Filter",
        in: "header",
        value: { a: [1] },
        contentType: "application/json",
      },
    ]);
    expect(received.headers["x-color"]).toBe("R=1,G=2");
    expect(received.headers["x-filter"]).toBe('{"a":[1]}');
  });

  it("refuses a header value above U+00FF before sending, without echoing it", async () => {
    const error = await refused("/h", [
      { name: "X-Name", in: "header", value: "secret\u2028value" },
    ]);
    expect(error.parameter).toBe("X-Name");
    expect(error.message).not.toContain("secret");
  });

  it("sends one cookie header: the caller's, then parameters, then the credential", async () => {
    const received = await send(
      "/c",
      [
        { name: "theme", in: "cookie", value: "dark; admin=1" },
        { name: "ids", in: "cookie", value: [1, 2], explode: false },
        { name: "prefs", in: "cookie", value: { a: 1, b: 2 } },
        { name: "unset", in: "cookie", value: undefined },
      ],
      {
        security: [["cookieKey"]],
        options: { headers: { cookie: "caller=1" } },
      },
    );
    expect(received.headers.cookie).toBe(
      `caller=1; theme=dark%3B%20admin%3D1; ids=1,2; a=1; b=2; session=${SECRET}`,
    );
  });
});
