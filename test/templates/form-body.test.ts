import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  formBody,
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
beforeEach(() => server.reset((_req, res) => json(res, 200, {})));

const FORM = "application/x-www-form-urlencoded";

async function post(
  body: unknown,
  encoding?: OperationRequest["encoding"],
  mediaType = FORM,
) {
  const req: OperationRequest = {
    method: "POST",
    path: "/token",
    body,
    contentTypes: { [mediaType]: formBody },
    security: [],
  };
  if (encoding !== undefined) req.encoding = encoding;
  await APIClient.request(
    new APIClient({ baseURL: server.url, apiKey: null, maxRetries: 0 }, config),
    req,
  );
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error("no request reached the server");
  return request;
}

describe("application/x-www-form-urlencoded bodies", () => {
  it("writes scalars and repeats array items, skipping absent values", async () => {
    const request = await post({
      grant_type: "password",
      username: "ana@example.com",
      password: "p&ss=wörd +1",
      scope: ["read", "write"],
      remember: true,
      since: new Date("2024-05-06T07:08:09.000Z"),
      skipped: undefined,
      nothing: null,
    });
    expect(request.headers["content-type"]).toBe(FORM);
    expect(request.body).toBe(
      "grant_type=password&username=ana%40example.com&password=p%26ss%3Dw%C3%B6rd+%2B1&scope=read&scope=write&remember=true&since=2024-05-06T07%3A08%3A09.000Z",
    );
  });

  it("writes a property with an encoding contentType (and no style or explode) as that type's text, under its own name", async () => {
    const request = await post(
      { meta: { a: "x", n: [1, 2] }, note: "plain", tags: ["a", "b"], styled: { c: "d" } },
      {
        meta: { contentType: "application/json" },
        note: { contentType: "text/plain" },
        tags: { contentType: "application/json" },
        styled: { contentType: "application/json", style: "deepObject" },
      },
    );
    expect(request.body).toBe(
      "meta=%7B%22a%22%3A%22x%22%2C%22n%22%3A%5B1%2C2%5D%7D&note=plain&tags=%5B%22a%22%2C%22b%22%5D&styled%5Bc%5D=d",
    );
  });

  it.each([
    [{ explode: false }, "ids=1%2C2%2C3"],
    [{ style: "spaceDelimited" as const }, "ids=1+2+3"],
    [{ style: "pipeDelimited" as const }, "ids=1%7C2%7C3"],
    [{ style: "form" as const, explode: true }, "ids=1&ids=2&ids=3"],
  ])("writes an array with encoding %j", async (encoding, want) => {
    expect((await post({ ids: [1, 2, 3] }, { ids: encoding })).body).toBe(want);
  });

  it("writes objects exploded, comma-joined, or as deepObject", async () => {
    const filter = { status: "open", owner: { id: 7 } };
    expect((await post({ filter: { status: "open", page: 2 } })).body).toBe(
      "status=open&page=2",
    );
    expect(
      (
        await post(
          { filter: { status: "open", page: 2 } },
          {
            filter: { explode: false },
          },
        )
      ).body,
    ).toBe("filter=status%2Copen%2Cpage%2C2");
    expect(
      (await post({ filter }, { filter: { style: "deepObject" } })).body,
    ).toBe("filter%5Bstatus%5D=open&filter%5Bowner%5D%5Bid%5D=7");
  });

  it("keeps each item of an array of objects together under deepObject (Stripe's line_items)", async () => {
    const body = {
      line_items: [{ price: "p1", quantity: 2 }, { price: "p2", adjustable_quantity: { enabled: true } }],
      expand: ["payment_intent", "customer"],
      metadata: { order: "7" },
    };
    const deep = { style: "deepObject" as const, explode: true };
    const request = await post(body, { line_items: deep, expand: deep, metadata: deep });
    expect(decodeURIComponent(String(request.body))).toBe(
      "line_items[0][price]=p1&line_items[0][quantity]=2&line_items[1][price]=p2&line_items[1][adjustable_quantity][enabled]=true" +
        "&expand[]=payment_intent&expand[]=customer&metadata[order]=7",
    );
  });

  it("refuses a cyclic deepObject value instead of overflowing the stack", async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(post({ filter: cyclic }, { filter: { style: "deepObject" } })).rejects.toThrow(/"filter" is nested more than/);
  });

  it("sends URLSearchParams and strings as they are, keeping media type parameters", async () => {
    const params = new URLSearchParams([
      ["a", "1 2"],
      ["a", "3"],
    ]);
    expect((await post(params)).body).toBe("a=1+2&a=3");
    const request = await post(
      "raw=%20kept",
      undefined,
      `${FORM}; charset=utf-8`,
    );
    expect(request.body).toBe("raw=%20kept");
    expect(request.headers["content-type"]).toBe(`${FORM}; charset=utf-8`);
  });

  it.each([
    ["a Blob", new Blob(["abc"])],
    ["bytes", new Uint8Array([1, 2])],
    ["a list of Blobs", [new Blob(["a"])]],
  ])("refuses %s in a field instead of sending {}, without sending", async (_label, data) => {
    const error = await post({ title: "t", data }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({ parameter: "data", message: expect.stringContaining("multipart/form-data") });
    expect(server.requests).toHaveLength(0);
  });

  it("rejects an array body, without sending", async () => {
    const error = await post([1, 2]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toContain("not an array");
    expect(server.requests).toHaveLength(0);
  });
});
