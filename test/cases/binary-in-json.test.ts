import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { startRecordingServer, type RecordingServer } from "../helpers/recording-server.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type Client = Record<"strings" | "records" | "uploads" | "documents" | "blobs", Record<string, Call>>;
type Guard = (value: unknown) => boolean;

let generated: GeneratedCase;
let server: RecordingServer;
let client: Client;

beforeAll(async () => {
  generated = await generateCase("binary-in-json");
  server = await startRecordingServer();
  const Client = generated.client["default"] as new (o: object) => Client;
  client = new Client({ baseURL: server.baseURL, maxRetries: 0, validate: "throw", validator: generated.client["binaryInJSONValidator"] });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

const guard = (name: string) => generated.client[name] as Guard;

describe("format: binary in fixtures/cases/binary-in-json.yaml", () => {
  it("is a string inside JSON and bytes as a form part or a whole body, in the types", async () => {
    const consumer = {
      path: "consumer.ts",
      contents: `import Client, { type Document, type DocumentUpload, type FileSchema, type FileSchemaUpload } from "./binary/index.js";
const c = new Client();
export async function calls(): Promise<string> {
  const text: FileSchema = "aGVsbG8=";
  const bytes: FileSchemaUpload = new Uint8Array([1]);
  // @ts-expect-error a JSON value holds no Blob
  const notText: FileSchema = new Blob(["x"]);
  const doc: Document = { title: "t", file: text };
  const upload: DocumentUpload = { title: "t", file: bytes };
  // @ts-expect-error a multipart part is a file, not a string
  const notUpload: DocumentUpload = { title: "t", file: "x" };
  await c.strings.update({ binary: "aGk=", list: ["a"], either: "b", attachment: { content: "c" } });
  // @ts-expect-error a property of a JSON body is a string
  await c.strings.update({ binary: new Blob(["x"]) });
  await c.records.create(doc);
  await c.uploads.create({ file: new Blob(["x"]), extras: [bytes], attachment: { content: "c" } });
  // @ts-expect-error a file part is binary data
  await c.uploads.create({ file: "x" });
  await c.documents.create(upload, { contentType: "multipart/form-data" });
  await c.blobs.update(bytes);
  // @ts-expect-error a whole binary body is binary data
  await c.blobs.update("x");
  return [notText, notUpload].length > 0 ? (await c.strings.update({})).binary : "";
}
`,
    };
    const result = await typecheck({ variant: "nodenext", files: generated.files, into: "binary", extraFiles: [consumer], compiler: "ts7" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("guards take a JSON string inside JSON and binary data where it is bytes", () => {
    const blob = new Blob(["x"]);
    expect([guard("isStringsUpdateBody")({ binary: "aGk=", list: ["a"] }), guard("isStringsUpdateBody")({ binary: blob })]).toEqual([true, false]);
    expect([guard("isStringsUpdateResponse")({ binary: "aGk=" }), guard("isStringsUpdateResponse")({ binary: blob })]).toEqual([true, false]);
    expect([guard("isDocument")({ title: "t", file: "x" }), guard("isDocument")({ title: "t", file: blob })]).toEqual([true, false]);
    expect([guard("isDocumentUpload")({ title: "t", file: blob }), guard("isDocumentUpload")({ title: "t", file: "x" })]).toEqual([true, false]);
    expect([guard("isUploadsCreateBody")({ file: blob, extras: [new Uint8Array(1)] }), guard("isUploadsCreateBody")({ file: "x" })]).toEqual([true, false]);
    const validate = generated.client["validateStringsUpdateBody"] as (value: unknown) => unknown[];
    expect(validate({ binary: "aGk=" })).toEqual([]);
    expect(validate({ binary: "longer than eight" })).toHaveLength(1);
  });

  it("sends a JSON string as it is and validates a response's string against the JSON form", async () => {
    server.reply = (res) => res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ binary: "cmVwbHk=" }));
    const data = await client.strings["update"]?.({ binary: "aGk=", attachment: { content: "Yw==" } });
    expect(JSON.parse(server.last().bytes.toString())).toEqual({ binary: "aGk=", attachment: { content: "Yw==" } });
    expect(data).toEqual({ binary: "cmVwbHk=" });
  });

  it("sends multipart file parts as files, a part's array items too", async () => {
    server.reply = (res) => res.writeHead(204).end();
    const bytes = new Uint8Array([0x25, 0x50, 0x00, 0xff]);
    await client.uploads["create"]?.({ file: new File([bytes], "a.bin"), extras: [bytes, new Blob(["second"])], attachment: { name: "n", content: "Yw==" } });
    const form = await server.form();
    const file = form.get("file") as File;
    expect([file.name, new Uint8Array(await file.arrayBuffer())]).toEqual(["a.bin", bytes]);
    const extras = form.getAll("extras") as File[];
    expect(await Promise.all(extras.map(async (part) => [typeof part, Buffer.from(await part.arrayBuffer()).toString("latin1")]))).toEqual([
      ["object", Buffer.from(bytes).toString("latin1")],
      ["object", "second"],
    ]);
    expect(JSON.parse(String(form.get("attachment")))).toEqual({ name: "n", content: "Yw==" });
  });

  it("a schema shared both ways: its file goes as a part in multipart and as the string in JSON", async () => {
    server.reply = (res) => res.writeHead(204).end();
    await client.documents["create"]?.({ title: "t", file: new Blob(["pdf"]) }, { contentType: "multipart/form-data" });
    const part = (await server.form()).get("file") as File;
    expect(await part.text()).toBe("pdf");
    server.reply = (res) => res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ title: "t", file: "cGRm" }));
    await expect(client.records["create"]?.({ title: "t", file: "cGRm" })).resolves.toEqual({ title: "t", file: "cGRm" });
    expect(JSON.parse(server.last().bytes.toString())).toEqual({ title: "t", file: "cGRm" });
  });

  it("a whole binary body is sent as its bytes", async () => {
    server.reply = (res) => res.writeHead(204).end();
    await client.blobs["update"]?.(new Uint8Array([1, 2, 3]));
    expect([server.last().headers["content-type"], [...server.last().bytes]]).toEqual(["application/octet-stream", [1, 2, 3]]);
  });

  it.each([
    ["a Blob", new Blob(["x"])],
    ["a Uint8Array", new Uint8Array([104, 105])],
    ["a Buffer", Buffer.from("hi")],
  ])("refuses %s in a property of a JSON body (multipart offered beside it) instead of sending it as {} or numbers", async (_label, value) => {
    server.received.length = 0;
    const call = client.documents["create"]?.({ title: "t", file: value });
    await expect(call).rejects.toMatchObject({
      name: "InvalidParameterError",
      message: 'Cannot send an object as application/json; its file needs contentType "multipart/form-data"',
    });
    expect(server.received).toEqual([]);
  });
});
