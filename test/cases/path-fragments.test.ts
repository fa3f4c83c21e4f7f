import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import {
  startRecordingServer,
  type RecordingServer,
} from "../helpers/recording-server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type Resources = Record<string, Record<string, Call>>;

let generated: GeneratedCase;
let server: RecordingServer;
let client: Resources;

beforeAll(async () => {
  generated = await generateCase("path-fragments");
  server = await startRecordingServer();
  client = new (generated.client["default"] as new (o: object) => Resources)({
    baseURL: server.baseURL,
    maxRetries: 0,
  });
  server.reply = (res) =>
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ value: ["a"] }));
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

function call(resource: string, method: string): Call {
  const found = client[resource]?.[method];
  if (found === undefined)
    throw new Error(`client.${resource} has no ${method}`);
  return found.bind(client[resource]);
}

describe("path keys with a #fragment (fixtures/cases/path-fragments.yaml), verified on the server", () => {
  it("send the query string, which a fragment in the URL would have swallowed", async () => {
    await expect(
      call("groups", "listNext")("t1", "page2", { "api-version": "1.6" }),
    ).resolves.toEqual({ value: ["a"] });
    expect(server.last().url).toBe("/t1/page2?api-version=1.6");
    await call("users", "listNext")("t1", "page3", { "api-version": "1.6" });
    expect(server.last().url).toBe("/t1/page3?api-version=1.6");
  });

  it("tell operations apart by their keys while each request goes to the path before the #", async () => {
    await call("certificates", "describe")(
      { arn: "arn:1" },
      { "X-Amz-Target": "Certificates.Describe" },
    );
    const request = server.last();
    expect([request.method, request.url]).toEqual(["POST", "/"]);
    expect(request.headers["x-amz-target"]).toBe("Certificates.Describe");
    expect(JSON.parse(request.bytes.toString())).toEqual({ arn: "arn:1" });
  });
});
