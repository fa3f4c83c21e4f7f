/**
 * The README says the client runs on Bun and Deno: a generated client, run by `bun run` and by
 * `deno run` (each with its own fetch, FormData, File and streams), against a loopback node:http
 * server that reads what arrives. One JSON call, one multipart upload with a File, one server-sent
 * event stream with JSON data, and validate: "throw" on every response. Deno resolves no `.js`
 * specifier to a `.ts` file, so its client is generated with `importExtension: ".ts"`.
 */
import { execFile } from "node:child_process";
import type { ServerResponse } from "node:http";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formOf, startRecordingServer, type Received, type RecordingServer } from "../helpers/recording-server.js";
import { REPO, runCli, tempDir, type CliResult } from "../helpers/run-cli.js";

const SPEC = `openapi: 3.2.0
info: { title: Notes, version: "1" }
servers: [{ url: "https://notes.example.test" }]
paths:
  /notes/{id}:
    parameters: [{ in: path, name: id, required: true, schema: { type: integer } }]
    get:
      operationId: notes_retrieve
      tags: [notes]
      responses:
        "200": { description: "", content: { application/json: { schema: { $ref: "#/components/schemas/Note" } } } }
  /notes/{id}/attachments:
    parameters: [{ in: path, name: id, required: true, schema: { type: integer } }]
    post:
      operationId: notes_attach
      tags: [notes]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, caption]
              properties: { file: { type: string, format: binary }, caption: { type: string } }
      responses:
        "201": { description: "", content: { application/json: { schema: { $ref: "#/components/schemas/Attachment" } } } }
  /notes/{id}/edits:
    parameters: [{ in: path, name: id, required: true, schema: { type: integer } }]
    get:
      operationId: notes_edits
      tags: [notes]
      responses:
        "200":
          description: ""
          content:
            text/event-stream:
              itemSchema:
                type: object
                required: [data]
                properties:
                  event: { const: edit }
                  data: { type: string, contentMediaType: application/json, contentSchema: { $ref: "#/components/schemas/Note" } }
components:
  schemas:
    Note: { type: object, required: [id, text], properties: { id: { type: integer }, text: { type: string } } }
    Attachment:
      type: object
      required: [name, type, size, caption]
      properties: { name: { type: string }, type: { type: string }, size: { type: integer }, caption: { type: string } }
`;

const main = (client: string, baseURL: string) => `import Notes, { notesValidator } from "./${client}/index.ts";
const notes = new Notes({ baseURL: ${baseURL}, maxRetries: 0, validate: "throw", validator: notesValidator });
const got = await notes.notes.retrieve(7);
const file = new File(["region,orders\\neu,12\\n"], "orders.csv", { type: "text/csv" });
const attached = await notes.notes.attach(7, { file, caption: "Orders" });
const edits = [];
for await (const event of await notes.notes.edits(7)) edits.push(event.data.text);
console.log(JSON.stringify({ got, attached, edits }));
`;

const EDITS = 'event: edit\ndata: {"id":7,"text":"sev"}\n\nevent: edit\ndata: {"id":7,"text":"seven"}\n\n';

let work: Awaited<ReturnType<typeof tempDir>>;
let server: RecordingServer;

/** The multipart form's fields, a file as its name, type and text. */
async function formFields(request: Received): Promise<Record<string, unknown>> {
  const entries: [string, FormDataEntryValue][] = [];
  (await formOf(request)).forEach((value, name) => entries.push([name, value]));
  const fields: Record<string, unknown> = {};
  for (const [name, value] of entries) fields[name] = typeof value === "string" ? value : { name: value.name, type: value.type, text: await value.text() };
  return fields;
}

function answer(res: ServerResponse, request: Received): void {
  if (request.method === "POST") {
    void formFields(request).then((fields) => {
      const file = fields["file"] as { name: string; type: string; text: string };
      const attachment = { name: file.name, type: file.type, size: Buffer.byteLength(file.text), caption: fields["caption"] };
      res.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify(attachment));
    });
  } else if (request.url.endsWith("/edits")) {
    res.writeHead(200, { "content-type": "text/event-stream" });
    for (const chunk of EDITS.match(/[\s\S]{1,9}/g) ?? []) res.write(chunk);
    res.end();
  } else {
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ id: 7, text: "seven" }));
  }
}

function spawn(runtime: string, args: string[], cwd: string): Promise<CliResult> {
  const env = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
  return new Promise((done) =>
    execFile(join(REPO, "node_modules/.bin", runtime), args, { cwd, env }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    ),
  );
}

beforeAll(async () => {
  work = await tempDir();
  server = await startRecordingServer();
  server.reply = answer;
  await writeFile(join(work.path, "notes.yaml"), SPEC);
  for (const [client, extension] of [["client", ".js"], ["client-ts", ".ts"]]) {
    await writeFile(join(work.path, "camelgen.config.json"), JSON.stringify({ input: "notes.yaml", output: client, importExtension: extension }));
    const generated = await runCli(["-q"], work.path);
    expect(generated.code, generated.stderr).toBe(0);
  }
  // Bun maps the default `.js` specifiers inside the client to its `.ts` files.
  await writeFile(join(work.path, "bun-main.ts"), main("client", "process.argv[2]"));
  await writeFile(join(work.path, "deno-main.ts"), main("client-ts", "Deno.args[0]"));
}, 120_000);

afterAll(async () => {
  await server.close();
  await work.remove();
});

/** What reached the server: each request's method, URL and media type, and a form's fields. */
function seen(): Promise<Record<string, unknown>[]> {
  return Promise.all(
    server.received.map(async (request) => ({
      method: request.method,
      url: request.url,
      contentType: request.headers["content-type"]?.split(";")[0],
      ...(request.method === "POST" ? { fields: await formFields(request) } : {}),
    })),
  );
}

const RUNS = [
  { runtime: "bun", args: ["run", "bun-main.ts"] },
  { runtime: "deno", args: ["run", "--allow-net=127.0.0.1", "deno-main.ts"] },
];

describe("the generated client on Bun and Deno", { timeout: 120_000 }, () => {
  it.for(RUNS)("$runtime: a JSON call, a multipart File upload and a server-sent event stream", async ({ runtime, args }) => {
    server.received.length = 0;
    const result = await spawn(runtime, [...args, server.baseURL], work.path);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      got: { id: 7, text: "seven" },
      attached: { name: "orders.csv", type: "text/csv", size: 20, caption: "Orders" },
      edits: ["sev", "seven"],
    });
    expect(await seen()).toEqual([
      { method: "GET", url: "/notes/7", contentType: undefined },
      {
        method: "POST",
        url: "/notes/7/attachments",
        contentType: "multipart/form-data",
        fields: { file: { name: "orders.csv", type: "text/csv", text: "region,orders\neu,12\n" }, caption: "Orders" },
      },
      { method: "GET", url: "/notes/7/edits", contentType: undefined },
    ]);
  });
});
