import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { startRecordingServer, type RecordingServer } from "../helpers/recording-server.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type Client = Record<"images" | "archives" | "uploads" | "records", Record<string, Call>>;
type Guard = (value: unknown) => boolean;

let generated: GeneratedCase;
let server: RecordingServer;
let client: Client;

beforeAll(async () => {
  generated = await generateCase("content-media-31");
  server = await startRecordingServer();
  const Client = generated.client["default"] as new (o: object) => Client;
  client = new Client({ baseURL: server.baseURL, maxRetries: 0, validate: "throw", validator: generated.client["contentMediaValidator"] });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

const guard = (name: string) => generated.client[name] as Guard;

describe("OpenAPI 3.1 contentMediaType in fixtures/cases/content-media-31.yaml", () => {
  it("types a string of a binary media type as Uploadable where it travels as bytes and as string inside JSON", async () => {
    const consumer = {
      path: "consumer.ts",
      contents: `import Client, { type Png, type PngUpload } from "./media/index.js";
const c = new Client();
export async function calls(): Promise<Blob> {
  const bytes: PngUpload = new Uint8Array([137, 80]);
  const text: Png = "iVBO";
  // @ts-expect-error a JSON value holds no bytes
  const notText: Png = new Blob(["x"]);
  await c.uploads.create({ image: new Blob(["png"]), caption: "a caption", preview: "iVBO" });
  // @ts-expect-error a form part of a binary media type is a file
  await c.uploads.create({ image: "x" });
  // @ts-expect-error a text media type or a contentEncoding keeps a part a string
  await c.uploads.create({ image: bytes, caption: new Blob(["x"]) });
  await c.records.create({ image: text, preview: "iVBO" });
  // @ts-expect-error inside JSON it is the string the JSON carries
  await c.records.create({ image: bytes });
  await c.archives.update(new Blob(["zip"]));
  // @ts-expect-error a body of a bytes media type without a schema is bytes
  await c.archives.update({ a: 1 });
  return [notText].length > 0 ? c.images.update(bytes) : new Blob();
}
`,
    };
    const result = await typecheck({ variant: "nodenext", files: generated.files, into: "media", extraFiles: [consumer], compiler: "ts7" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("guards take bytes for a form part and a string inside JSON", () => {
    const blob = new Blob(["x"]);
    expect([guard("isUploadsCreateBody")({ image: blob, caption: "c" }), guard("isUploadsCreateBody")({ image: "x" })]).toEqual([true, false]);
    expect([guard("isUploadsCreateBody")({ image: blob, preview: blob })]).toEqual([false]);
    expect([guard("isRecordsCreateBody")({ image: "iVBO" }), guard("isRecordsCreateBody")({ image: blob })]).toEqual([true, false]);
  });

  it("sends a form part of a binary media type as a file and a text one as a field", async () => {
    server.reply = (res) => res.writeHead(204).end();
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    await client.uploads["create"]?.({ image: new File([bytes], "a.png", { type: "image/png" }), caption: "hello", preview: "iVBO" });
    const form = await server.form();
    const image = form.get("image") as File;
    expect([image.name, new Uint8Array(await image.arrayBuffer())]).toEqual(["a.png", bytes]);
    expect([form.get("caption"), form.get("preview")]).toEqual(["hello", "iVBO"]);
  });

  it("sends whole bytes bodies as they are and reads a bytes response as a Blob", async () => {
    server.reply = (res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from([9, 8, 7]));
    const image = await client.images["update"]?.(new Uint8Array([1, 2, 3]));
    expect([server.last().headers["content-type"], [...server.last().bytes]]).toEqual(["image/png", [1, 2, 3]]);
    expect(image).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (image as Blob).arrayBuffer())]).toEqual([9, 8, 7]);
    server.reply = (res) => res.writeHead(204).end();
    await client.archives["update"]?.(new Blob(["zip"]));
    expect([server.last().headers["content-type"], server.last().bytes.toString()]).toEqual(["application/zip", "zip"]);
  });
});
