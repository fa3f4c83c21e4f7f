import { execFile } from "node:child_process";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { readFile, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../src/cli/write-output.js";
import { REPO, runCli, tempDir, type CliResult } from "../helpers/run-cli.js";

// `importExtension: ".ts"`: the client (runtime included) imports with `.ts` specifiers, compiles
// with allowImportingTsExtensions and runs under Deno, which resolves no `.js` to a `.ts` file.

const SPEC = `openapi: 3.0.3
info: { title: Notes, version: "1" }
servers: [{ url: "https://notes.example.test" }]
paths:
  /notes/{id}:
    get:
      operationId: notes_retrieve
      tags: [notes]
      parameters: [{ in: path, name: id, required: true, schema: { type: integer } }]
      responses:
        "200": { description: "", content: { application/json: { schema: { $ref: "#/components/schemas/Note" } } } }
  /notes:
    post:
      operationId: notes_create
      tags: [notes]
      requestBody: { required: true, content: { application/json: { schema: { $ref: "#/components/schemas/NoteInput" } } } }
      responses:
        "201": { description: "", content: { application/json: { schema: { $ref: "#/components/schemas/Note" } } } }
components:
  schemas:
    NoteInput: { type: object, required: [text], properties: { text: { type: string } } }
    Note: { type: object, required: [id, text], properties: { id: { type: integer }, text: { type: string } } }
`;

const MAIN = `import Notes from "./client/index.ts";
const notes = new Notes({ baseURL: Deno.args[0], maxRetries: 0, validate: "off" });
const got = await notes.notes.retrieve(7);
const made = await notes.notes.create({ text: "from deno" });
console.log(JSON.stringify({ got, made }));
`;

let work: Awaited<ReturnType<typeof tempDir>>;
let server: Server;
let url = "";
const seen: { method: string; url: string; body: string; contentType: string | undefined }[] = [];

async function bodyOf(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function spawn(file: string, args: string[], cwd: string): Promise<CliResult> {
  const env = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };
  return new Promise((done) => execFile(file, args, { cwd, env }, (error, stdout, stderr) => done({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr })));
}

beforeAll(async () => {
  work = await tempDir();
  server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", body, contentType: req.headers["content-type"] });
      const note = req.method === "GET" ? { id: 7, text: "seven" } : { id: 8, ...(JSON.parse(body) as object) };
      res.writeHead(req.method === "GET" ? 200 : 201, { "content-type": "application/json" }).end(JSON.stringify(note));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await writeFile(join(work.path, "notes.yaml"), SPEC);
  await writeFile(join(work.path, "camelgen.config.json"), JSON.stringify({ input: "notes.yaml", output: "client", importExtension: ".ts" }));
  const generated = await runCli(["-q"], work.path);
  expect(generated.code, generated.stderr).toBe(0);
  await writeFile(join(work.path, "main.ts"), MAIN);
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await work.remove();
});

describe('importExtension: ".ts"', { timeout: 120_000 }, () => {
  it("every relative import and export of every file, runtime included, ends in .ts", async () => {
    const specifiers: string[] = [];
    for (const path of (await listFiles(join(work.path, "client"))).filter((p) => p.endsWith(".ts"))) {
      const text = await readFile(join(work.path, "client", path), "utf8");
      specifiers.push(...ts.preProcessFile(text, true, false).importedFiles.map((f) => f.fileName).filter((s) => s.startsWith(".")));
    }
    expect(specifiers.length).toBeGreaterThan(50);
    expect(specifiers.filter((s) => !s.endsWith(".ts"))).toEqual([]);
  });

  it("compiles with allowImportingTsExtensions and noEmit (strict, NodeNext)", async () => {
    const compilerOptions = {
      strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, module: "NodeNext", moduleResolution: "NodeNext",
      target: "ES2022", lib: ["ES2022", "DOM"], allowImportingTsExtensions: true, noEmit: true, types: [], skipLibCheck: true,
    };
    await writeFile(join(work.path, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["client"] }));
    const result = await spawn(process.execPath, [join(REPO, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], work.path);
    expect(result.code, result.stdout).toBe(0);
  });

  it("runs under deno run --allow-net=127.0.0.1: one GET and one POST reach the loopback server", async () => {
    const result = await spawn(join(REPO, "node_modules/.bin/deno"), ["run", "--allow-net=127.0.0.1", "main.ts", url], work.path);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ got: { id: 7, text: "seven" }, made: { id: 8, text: "from deno" } });
    expect(seen).toEqual([
      { method: "GET", url: "/notes/7", body: "", contentType: undefined },
      { method: "POST", url: "/notes", body: '{"text":"from deno"}', contentType: "application/json" },
    ]);
  });
});
