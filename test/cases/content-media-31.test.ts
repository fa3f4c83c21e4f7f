import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";

interface Received {
  headers: http.IncomingHttpHeaders;
  bytes: Buffer;
}

type Call = (...args: unknown[]) => Promise<unknown>;
type Client = Record<"images" | "archives" | "uploads" | "records", Record<string, Call>>;
type Guard = (value: unknown) => boolean;

let generated: GeneratedCase;
let server: http.Server;
let client: Client;
const received: Received[] = [];
let reply: (res: http.ServerResponse) => void = (res) => res.writeHead(204).end();

beforeAll(async () => {
  generated = await generateCase("content-media-31");
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, bytes: Buffer.concat(chunks) });
      reply(res);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const Client = generated.client["default"] as new (o: object) => Client;
  client = new Client({ baseURL, maxRetries: 0, validate: "throw", validator: generated.client["contentMediaValidator"] });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await generated.remove();
});

const guard = (name: string) => generated.client[name] as Guard;

function lastRequest(): Received {
  const last = received.at(-1);
  if (!last) throw new Error("no request reached the server");
  return last;
}

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
    reply = (res) => res.writeHead(204).end();
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    await client.uploads["create"]?.({ image: new File([bytes], "a.png", { type: "image/png" }), caption: "hello", preview: "iVBO" });
    const last = lastRequest();
    const form = await new Request("http://x/", { method: "POST", headers: { "content-type": String(last.headers["content-type"]) }, body: new Uint8Array(last.bytes) }).formData();
    const image = form.get("image") as File;
    expect([image.name, new Uint8Array(await image.arrayBuffer())]).toEqual(["a.png", bytes]);
    expect([form.get("caption"), form.get("preview")]).toEqual(["hello", "iVBO"]);
  });

  it("sends whole bytes bodies as they are and reads a bytes response as a Blob", async () => {
    reply = (res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.from([9, 8, 7]));
    const image = await client.images["update"]?.(new Uint8Array([1, 2, 3]));
    expect([lastRequest().headers["content-type"], [...lastRequest().bytes]]).toEqual(["image/png", [1, 2, 3]]);
    expect(image).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (image as Blob).arrayBuffer())]).toEqual([9, 8, 7]);
    reply = (res) => res.writeHead(204).end();
    await client.archives["update"]?.(new Blob(["zip"]));
    expect([lastRequest().headers["content-type"], lastRequest().bytes.toString()]).toEqual(["application/zip", "zip"]);
  });
});
