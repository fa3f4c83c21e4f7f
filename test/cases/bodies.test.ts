import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

type Call = (...args: unknown[]) => Promise<unknown>;
type BodiesClient = Record<"documents" | "uploads" | "blobs" | "notes", Record<string, Call>>;

let generated: GeneratedCase;
let server: http.Server;
let client: BodiesClient;
let last: Received | undefined;
let reply: (res: http.ServerResponse) => void = (res) => res.writeHead(204).end();

beforeAll(async () => {
  generated = await generateCase("bodies");
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      last = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, bytes: Buffer.concat(chunks) };
      reply(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = new (generated.client["default"] as new (o: object) => BodiesClient)({ baseURL, maxRetries: 0 });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await generated.remove();
});

const created = (res: http.ServerResponse) =>
  res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id: 1, title: "t" }));

/** Parses the multipart body the server received with the platform's own parser. */
async function receivedForm(): Promise<FormData> {
  if (!last) throw new Error("no request");
  return new Request("http://x/", { method: "POST", headers: { "content-type": String(last.headers["content-type"]) }, body: new Uint8Array(last.bytes) }).formData();
}

describe("request bodies of fixtures/cases/bodies.yaml, verified on the server", () => {
  it("JSON is the default of an operation that also accepts form and multipart", async () => {
    reply = created;
    await client.documents["create"]?.({ title: "Report", tags: ["a", "b"], draft: false });
    expect(last?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(last?.bytes.toString() ?? "")).toEqual({ title: "Report", tags: ["a", "b"], draft: false });
  });

  it("form-urlencoded when the call picks it", async () => {
    reply = created;
    await client.documents["create"]?.({ title: "R&D = fun", tags: ["a", "b"], draft: true }, { contentType: "application/x-www-form-urlencoded" });
    expect(last?.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(last?.bytes.toString()).toBe("title=R%26D+%3D+fun&tags=a&tags=b&draft=true");
  });

  it("multipart with a file: field values, file name, part content type and exact bytes", async () => {
    reply = created;
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80]);
    const file = new File([bytes], "report.pdf");
    await client.uploads["create"]?.({ file, title: "Q3", tags: ["x", "y"], meta: { pages: 2 } });
    expect(last?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await receivedForm();
    const part = form.get("file") as File;
    expect(part.name).toBe("report.pdf");
    expect(part.type).toBe("application/pdf");
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes);
    expect(form.get("title")).toBe("Q3");
    expect(form.getAll("tags")).toEqual(["x", "y"]);
    // A JSON part is a field, not a file (DRF and Starlette read it as text).
    expect(JSON.parse(String(form.get("meta")))).toEqual({ pages: 2 });
  });

  it("raw binary upload and binary download", async () => {
    reply = (res) => res.writeHead(204).end();
    const bytes = new Uint8Array([1, 2, 3, 0, 255]);
    await client.blobs["update"]?.("b1", bytes);
    expect(last?.headers["content-type"]).toBe("application/octet-stream");
    expect(new Uint8Array(last?.bytes ?? [])).toEqual(bytes);
    reply = (res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from([9, 8, 7]));
    const blob = (await client.blobs["retrieve"]?.("b1")) as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));
  });

  it("text/plain in and out", async () => {
    reply = (res) => res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("pong ✓");
    expect(await client.notes["create"]?.("ping ✓")).toBe("pong ✓");
    expect(last?.headers["content-type"]).toMatch(/^text\/plain/);
    expect(last?.bytes.toString("utf8")).toBe("ping ✓");
  });
});
