import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import {
  startRecordingServer,
  type RecordingServer,
} from "../helpers/recording-server.js";

type Call = (...args: unknown[]) => Promise<unknown>;

let generated: GeneratedCase;
let server: RecordingServer;
let orders: Record<string, Call>;

beforeAll(async () => {
  generated = await generateCase("media-types");
  server = await startRecordingServer();
  const client = new (
    generated.client["default"] as new (o: object) => {
      orders: Record<string, Call>;
    }
  )({ baseURL: server.baseURL, maxRetries: 0 });
  orders = client.orders;
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

function call(method: string): Call {
  const found = orders[method];
  if (found === undefined) throw new Error(`client.orders has no ${method}`);
  return found.bind(orders);
}

describe("request media types of fixtures/cases/media-types.yaml, verified on the server", () => {
  it("a body offered as application/*+json first goes as application/json by default", async () => {
    server.reply = (res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ item: "tea" }));
    await expect(call("create")({ item: "tea", quantity: 2 })).resolves.toEqual(
      { item: "tea" },
    );
    expect(server.last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.last().bytes.toString())).toEqual({
      item: "tea",
      quantity: 2,
    });
  });

  it("another JSON type when the call picks it", async () => {
    server.reply = (res) =>
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    await call("create")(
      { item: "tea" },
      { contentType: "application/json-patch+json" },
    );
    expect(server.last().headers["content-type"]).toBe(
      "application/json-patch+json",
    );
  });

  it("an XML-only body is the document the caller writes, sent as given", async () => {
    const xml = "<Order><item>tea</item></Order>";
    server.reply = (res) =>
      res.writeHead(200, { "content-type": "application/xml" }).end(xml);
    await expect(call("meta")("7", xml)).resolves.toBe(xml);
    expect(server.last().headers["content-type"]).toBe("application/xml");
    expect(server.last().bytes.toString()).toBe(xml);
  });
});
