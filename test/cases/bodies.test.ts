import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { startRecordingServer, type RecordingServer } from "../helpers/recording-server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type BodiesClient = Record<"documents" | "uploads" | "scans" | "attachments" | "blobs" | "notes", Record<string, Call>>;

let generated: GeneratedCase;
let server: RecordingServer;
let client: BodiesClient;

beforeAll(async () => {
  generated = await generateCase("bodies");
  server = await startRecordingServer();
  client = new (generated.client["default"] as new (o: object) => BodiesClient)({ baseURL: server.baseURL, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

const created = (res: http.ServerResponse) =>
  res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ id: 1, title: "t" }));


describe("request bodies of fixtures/cases/bodies.yaml, verified on the server", () => {
  it("JSON is the default of an operation that also accepts form and multipart", async () => {
    server.reply = created;
    await client.documents["create"]?.({ title: "Report", tags: ["a", "b"], draft: false });
    expect(server.last().headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.last().bytes.toString())).toEqual({ title: "Report", tags: ["a", "b"], draft: false });
  });

  it("form-urlencoded when the call picks it", async () => {
    server.reply = created;
    await client.documents["create"]?.({ title: "R&D = fun", tags: ["a", "b"], draft: true }, { contentType: "application/x-www-form-urlencoded" });
    expect(server.last().headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(server.last().bytes.toString()).toBe("title=R%26D+%3D+fun&tags=a&tags=b&draft=true");
  });

  it("multipart with a file: field values, file name, part content type and exact bytes", async () => {
    server.reply = created;
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x80]);
    const file = new File([bytes], "report.pdf");
    await client.uploads["create"]?.({ file, title: "Q3", tags: ["x", "y"], meta: { pages: 2 } });
    expect(server.last().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await server.form();
    const part = form.get("file") as File;
    expect(part.name).toBe("report.pdf");
    expect(part.type).toBe("application/pdf");
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(bytes);
    expect(form.get("title")).toBe("Q3");
    expect(form.getAll("tags")).toEqual(["x", "y"]);
    // A JSON part is a field, not a file (DRF and Starlette read it as text).
    expect(JSON.parse(String(form.get("meta")))).toEqual({ pages: 2 });
  });

  it("a body that requires a file goes as multipart without naming the content type; JSON stays a choice", async () => {
    server.reply = (res) => res.writeHead(204).end();
    await client.scans["create"]?.({ scan: new Blob(["%PDF"]), note: "n" });
    expect(server.last().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await server.form();
    expect(await (form.get("scan") as File).text()).toBe("%PDF");
    expect(form.get("note")).toBe("n");
    await client.scans["create"]?.({ scan: "aGk=" }, { contentType: "application/json" });
    expect(server.last().headers["content-type"]).toBe("application/json");
  });

  it("a multipart body declared as one binary string takes the FormData the server expects", async () => {
    server.reply = (res) => res.writeHead(204).end();
    const form = new FormData();
    form.append("file", new File([new Uint8Array([1, 2, 3])], "a.bin", { type: "application/octet-stream" }));
    await client.attachments["create"]?.(form);
    expect(server.last().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const part = (await server.form()).get("file") as File;
    expect(part.name).toBe("a.bin");
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("raw binary upload and binary download", async () => {
    server.reply = (res) => res.writeHead(204).end();
    const bytes = new Uint8Array([1, 2, 3, 0, 255]);
    await client.blobs["update"]?.("b1", bytes);
    expect(server.last().headers["content-type"]).toBe("application/octet-stream");
    expect(new Uint8Array(server.last().bytes)).toEqual(bytes);
    server.reply = (res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from([9, 8, 7]));
    const blob = (await client.blobs["retrieve"]?.("b1")) as Blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([9, 8, 7]));
  });

  it("text/plain in and out", async () => {
    server.reply = (res) => res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end("pong ✓");
    expect(await client.notes["create"]?.("ping ✓")).toBe("pong ✓");
    expect(server.last().headers["content-type"]).toMatch(/^text\/plain/);
    expect(server.last().bytes.toString("utf8")).toBe("ping ✓");
  });

  it("reads a text response in the charset it names", async () => {
    server.reply = (res) => res.writeHead(200, { "content-type": "text/plain; charset=ISO-8859-2" }).end(Buffer.from([0xb3, 0xf3, 0x64, 0xbc]));
    expect(await client.notes["create"]?.("ping")).toBe("łódź");
  });
});
