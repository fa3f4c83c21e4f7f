import { createReadStream } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIClient,
  multipartBody,
  InvalidParameterError,
  type OperationRequest,
} from "../../templates/index.js";
import { config } from "./config.js";
import {
  json,
  startServer,
  type RecordedRequest,
  type TestServer,
} from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset((_req, res) => json(res, 201, {})));

const api = (maxRetries = 0) =>
  new APIClient({ baseURL: server.url, apiKey: null, maxRetries }, config);

/** Bytes that are not valid UTF-8, with a CRLF and dashes that could be mistaken for a boundary. */
const BINARY = new Uint8Array([0x00, 0xff, 0xfe, 0x80, 0x0d, 0x0a, 0x2d, 0x2d]);

async function upload(
  body: unknown,
  encoding?: OperationRequest["encoding"],
): Promise<RecordedRequest> {
  const req: OperationRequest = {
    method: "POST",
    path: "/upload",
    body,
    contentTypes: { "multipart/form-data": multipartBody },
    security: [],
  };
  if (encoding !== undefined) req.encoding = encoding;
  await APIClient.request(api(), req);
  const request = server.requests.at(-1);
  if (request === undefined) throw new Error("no request reached the server");
  return request;
}

/** Parses the bytes the server received with the platform's own multipart parser. */
function received(request: RecordedRequest): Promise<FormData> {
  return new Request("http://server.test/", {
    method: "POST",
    headers: { "content-type": request.headers["content-type"] ?? "" },
    body: new Uint8Array(request.bytes),
  }).formData();
}

async function file(form: FormData, name: string) {
  const value = form.get(name);
  if (!(value instanceof File)) throw new Error(`${name} is not a file part`);
  return {
    name: value.name,
    type: value.type,
    bytes: new Uint8Array(await value.arrayBuffer()),
  };
}

describe("multipart/form-data bodies", () => {
  it("builds every kind of part from a plain object", async () => {
    const request = await upload({
      title: "Quarterly report",
      count: 3,
      draft: false,
      due: new Date("2024-05-06T07:08:09.000Z"),
      tags: ["finance", "q2"],
      meta: { owner: "ana", pages: [1, 2] },
      report: new File([BINARY], "report.pdf", { type: "application/pdf" }),
      thumbnail: new Blob([BINARY], { type: "image/png" }),
      raw: BINARY,
      stream: Readable.from([Buffer.from(BINARY), "tail"]),
      skipped: undefined,
      nothing: null,
    });
    expect(request.headers["content-type"]).toMatch(
      /^multipart\/form-data; boundary=\S+$/,
    );
    const form = await received(request);
    expect(form.get("title")).toBe("Quarterly report");
    expect(form.get("count")).toBe("3");
    expect(form.get("draft")).toBe("false");
    expect(form.get("due")).toBe("2024-05-06T07:08:09.000Z");
    expect(form.getAll("tags")).toEqual(["finance", "q2"]);
    expect(form.has("skipped")).toBe(false);
    expect(form.has("nothing")).toBe(false);
    expect(await file(form, "report")).toEqual({
      name: "report.pdf",
      type: "application/pdf",
      bytes: BINARY,
    });
    expect(await file(form, "thumbnail")).toEqual({
      name: "blob",
      type: "image/png",
      bytes: BINARY,
    });
    expect(await file(form, "raw")).toEqual({
      name: "blob",
      type: "application/octet-stream",
      bytes: BINARY,
    });
    const stream = await file(form, "stream");
    expect(stream.bytes).toEqual(
      new Uint8Array([...BINARY, ...new TextEncoder().encode("tail")]),
    );
    expect(stream.name).toBe("blob");
  });

  it("sends fields before files, each in the caller's order", async () => {
    const request = await upload({
      file: new Blob(["content"]),
      name: "a.txt",
      copies: [new Blob(["one"]), new Blob(["two"])],
      attributes: { parent: { id: "0" } },
    });
    const names = [...request.body.matchAll(/; name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["name", "attributes", "file", "copies", "copies"]);
  });

  it("sends a nested object as a JSON part that is a field, not a file", async () => {
    const request = await upload({ meta: { owner: "ana", pages: [1, 2] } });
    expect(request.body).toMatch(
      /Content-Disposition: form-data; name="meta"\r\nContent-Type: application\/json\r\n\r\n\{"owner":"ana","pages":\[1,2\]\}\r\n/,
    );
    const form = await received(request);
    expect(JSON.parse(form.get("meta") as string)).toEqual({
      owner: "ana",
      pages: [1, 2],
    });
  });

  it("names a part read from a file stream after the file", async () => {
    const folder = await mkdtemp(join(tmpdir(), "camelgen-multipart-"));
    const path = join(folder, "scan 1.tiff");
    await writeFile(path, BINARY);
    const form = await received(await upload({ scan: createReadStream(path) }));
    expect(await file(form, "scan")).toEqual({
      name: "scan 1.tiff",
      type: "application/octet-stream",
      bytes: BINARY,
    });
  });

  it("applies each property's encoding content type", async () => {
    const request = await upload(
      {
        logo: new Blob(["<svg/>"]),
        avatar: new File([BINARY], "me.jpg", { type: "image/jpeg" }),
        pixels: BINARY,
        note: "plain words",
        config: "{}",
      },
      {
        logo: { contentType: "image/svg+xml" },
        avatar: { contentType: "image/png, image/jpeg" },
        pixels: { contentType: "image/*, image/bmp" },
        note: { contentType: "text/markdown" },
        config: { contentType: "application/json" },
      },
    );
    const form = await received(request);
    expect(await file(form, "logo")).toMatchObject({
      name: "blob",
      type: "image/svg+xml",
    });
    expect(await file(form, "avatar")).toMatchObject({
      name: "me.jpg",
      type: "image/jpeg",
    });
    expect(await file(form, "pixels")).toEqual({
      name: "blob",
      type: "image/bmp",
      bytes: BINARY,
    });
    expect(request.body).toContain(
      'name="note"\r\nContent-Type: text/markdown\r\n\r\nplain words\r\n',
    );
    expect(request.body).toContain(
      'name="config"\r\nContent-Type: application/json\r\n\r\n"{}"\r\n',
    );
  });

  it("sends a FormData as it is", async () => {
    const built = new FormData();
    built.append("kept", "as built");
    built.append("file", new File([BINARY], "a.bin"));
    const form = await received(await upload(built));
    expect(form.get("kept")).toBe("as built");
    expect(await file(form, "file")).toMatchObject({
      name: "a.bin",
      bytes: BINARY,
    });
  });

  it("sends the whole form again on a retry", async () => {
    let calls = 0;
    server.reset((_req, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(503, { "retry-after-ms": "1" }).end();
      else json(res, 201, {});
    });
    await APIClient.request(api(1), {
      method: "POST",
      path: "/upload",
      body: { raw: BINARY, title: "t" },
      contentTypes: { "multipart/form-data": multipartBody },
      security: [],
    });
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) {
      const form = await received(request);
      expect(form.get("title")).toBe("t");
      expect((await file(form, "raw")).bytes).toEqual(BINARY);
    }
  });

  it("rejects a body that is not an object, without sending", async () => {
    const error = await upload("a string").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toBe(
      "A multipart/form-data body must be an object or a FormData, not a string",
    );
    expect(server.requests).toHaveLength(0);
  });
});
