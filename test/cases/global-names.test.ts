import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { json, startServer, type TestServer } from "../templates/server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type GlobalsClient = Record<"files" | "requests", Record<string, Call>>;
type Guard = (value: unknown) => boolean;

let generated: GeneratedCase;
let server: TestServer;
let client: GlobalsClient;

beforeAll(async () => {
  generated = await generateCase("global-names");
  server = await startServer();
  const validator = generated.client["globalsValidator"];
  client = new (generated.client["default"] as new (o: object) => GlobalsClient)({ baseURL: server.url, maxRetries: 0, validate: "throw", validator });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

const guard = (name: string) => generated.client[name] as Guard;

describe("schemas named like globals (fixtures/cases/global-names.yaml)", () => {
  it("are renamed with a Schema suffix; their guards check the schema, not the global", () => {
    expect(guard("isBlobSchema")({ sha: "a", size: 1 })).toBe(true);
    expect(guard("isBlobSchema")(new Blob(["x"]))).toBe(false);
    expect(guard("isURLSchema")("https://example.com/")).toBe(true);
    expect(guard("isPromiseSchema")(Promise.resolve(true))).toBe(false);
    expect(generated.client["APIError"]).toBeTypeOf("function");
    expect(guard("isAPIErrorSchema")({ code: 1 })).toBe(true);
  });

  it("the runtime's own Blob and FormData still work: a multipart upload with a Blob part", async () => {
    server.reset((_req, res) => json(res, 201, { sha: "abc", size: 3 }));
    const stored = await client.files["upload"]?.({ data: new Blob(["PNG"]), meta: { name: "p.png" } });
    expect(stored).toEqual({ sha: "abc", size: 3 });
    const request = server.requests[0];
    const form = await new Request("http://x/", { method: "POST", headers: { "content-type": String(request?.headers["content-type"]) }, body: new Uint8Array(request?.bytes ?? []) }).formData();
    expect(await (form.get("data") as Blob).text()).toBe("PNG");
  });

  it("4XX and 5XX range responses type the error body of any status in the range", async () => {
    const matches = generated.client["matchesErrorResponse"] as (e: unknown, status: number | string, check: Guard) => boolean;
    server.reset((_req, res) => json(res, 418, { message: "teapot" }));
    const clientError = await client.files["upload"]?.({ data: new Blob([]) }).catch((e: unknown) => e);
    expect((clientError as { status: number }).status).toBe(418);
    expect(matches(clientError, "4XX", guard("isErrorSchema"))).toBe(true);
    expect((clientError as { body: unknown }).body).toEqual({ message: "teapot" });
    server.reset((_req, res) => json(res, 503, { code: 7 }));
    const serverError = await client.files["upload"]?.({ data: new Blob([]) }).catch((e: unknown) => e);
    expect(matches(serverError, "5XX", guard("isAPIErrorSchema"))).toBe(true);
    expect(matches(serverError, "4XX", guard("isErrorSchema"))).toBe(false);
  });
});
