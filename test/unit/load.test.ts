import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoadError } from "../../src/load/load-error.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import { REPO, tempDir } from "../helpers/run-cli.js";

const CASES = join(REPO, "fixtures/cases");
const SCHEMELESS = "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: api.example.com\nbasePath: /v1\npaths: {}\n";
let work: Awaited<ReturnType<typeof tempDir>>;
let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  work = await tempDir();
  server = createServer(async (req, res) => {
    requests.push(req.url ?? "");
    if (req.url === "/remote.yaml") {
      res.writeHead(200).end("openapi: 3.0.3\ninfo: {title: R, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: 'file:///etc/hostname' }\n");
    } else if (req.url === "/schemeless.yaml") {
      res.writeHead(200).end(SCHEMELESS);
    } else if (req.url === "/split.yaml") {
      res.writeHead(200).end(await readFile(join(CASES, "split-refs/openapi.yaml")));
    } else if (req.url === "/schemas/pet.yaml") {
      res.writeHead(200).end(await readFile(join(CASES, "split-refs/schemas/pet.yaml")));
    } else if (/^\/chain\/[\w/-]+\.yaml$/.test(req.url ?? "")) {
      res.writeHead(200).end(await readFile(join(CASES, "ref-sibling-chain", (req.url as string).slice("/chain/".length))));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  await work.remove();
});

describe("loadSpec", () => {
  it("bundles a spec split over files in its own folder", async () => {
    const loaded = await loadSpec(join(CASES, "split-refs/openapi.yaml"));
    const model = buildModel(loaded.document);
    const pet = model.types.find((t) => t.name === "Pet");
    expect(pet?.schema.kind).toBe("object");
    expect(loaded.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("gives a Swagger 2.0 host without schemes the scheme it was read with; from a file, https with a warning", async () => {
    const fetched = await loadSpec(`${origin}/schemeless.yaml`);
    expect(fetched.document["servers"]).toEqual([{ url: "http://api.example.com/v1" }]);
    expect(fetched.diagnostics).toEqual([]);
    await writeFile(join(work.path, "schemeless.yaml"), SCHEMELESS);
    const read = await loadSpec(join(work.path, "schemeless.yaml"));
    expect(read.document["servers"]).toEqual([{ url: "https://api.example.com/v1" }]);
    expect(read.diagnostics.map((d) => [d.code, d.pointer])).toEqual([["swagger-upgrade", "#/host"]]);
  });

  it("reports a form field's collectionFormat only where it has no OpenAPI 3 form: ssv is kept, tsv is not", async () => {
    const field = (name: string, format: string) => ({ in: "formData", name, type: "array", items: { type: "string" }, collectionFormat: format });
    const doc = { swagger: "2.0", info: { title: "t", version: "1" }, paths: { "/f": { post: { consumes: ["application/x-www-form-urlencoded"], parameters: [field("words", "ssv"), field("cells", "tsv")], responses: { "204": { description: "" } } } } } };
    await writeFile(join(work.path, "forms.json"), JSON.stringify(doc));
    const read = await loadSpec(join(work.path, "forms.json"));
    expect(read.diagnostics.map((d) => [d.code, d.pointer.replace(/.*\//, ""), d.message.replace(/ has no .*/, "")])).toEqual([["swagger-upgrade", "cells", "Swagger 2.0 upgrade: collectionFormat tsv"]]);
  });

  it("names the file and the $ref when a referenced file or pointer is missing", async () => {
    const folder = join(work.path, "missing-refs");
    await mkdir(folder, { recursive: true });
    const spec = (ref: string) =>
      `openapi: 3.0.3\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: "${ref}" }\n`;
    await writeFile(join(folder, "other.yaml"), "X: { type: string }\n");
    await writeFile(join(folder, "pointer.yaml"), spec("./other.yaml#/Nope"));
    await writeFile(join(folder, "file.yaml"), spec("./absent.yaml#/X"));
    await expect(loadSpec(join(folder, "pointer.yaml"))).rejects.toThrow(
      `cannot resolve references: #/Nope does not exist in ${join(folder, "other.yaml")} (the $ref at #/components/schemas/A)`,
    );
    await expect(loadSpec(join(folder, "file.yaml"))).rejects.toThrow(`cannot resolve references: $ref to ${join(folder, "absent.yaml")}: no such file`);
  });

  it("hashes the document's text: a byte order mark is no part of it, other characters are hashed as UTF-8", async () => {
    const text = '{"openapi": "3.0.3", "info": {"title": "Café ☕ 𝄞", "version": "1"}, "paths": {}}';
    const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
    await writeFile(join(work.path, "bom.json"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    await writeFile(join(work.path, "plain.json"), text);
    const [bom, plain] = await Promise.all([loadSpec(join(work.path, "bom.json")), loadSpec(join(work.path, "plain.json"))]);
    expect(bom.hash).toBe(sha256(text));
    expect(plain.hash).toBe(sha256(text));
    expect(sha256(text)).not.toBe(sha256(Buffer.from(text, "latin1")));
  });

  // A referenced file's `$ref` with a sibling keyword into a third file, whose file-local `$ref`s
  // (`#/E`) the bundler used to resolve against the referencing file: `Missing $ref pointer`, or
  // the other file's `E` where it has one.
  it.each([
    ["a file, OpenAPI 3.1", () => join(CASES, "ref-sibling-chain/openapi.yaml")],
    ["a file, OpenAPI 3.0", () => join(CASES, "ref-sibling-chain/openapi-30.yaml")],
    ["a URL, OpenAPI 3.1", () => `${origin}/chain/openapi.yaml`],
  ])("resolves file-local $refs in the file that holds them, below a $ref with siblings (%s)", async (_name, input) => {
    const model = buildModel((await loadSpec(input())).document);
    const schemaOf = (name: string) => model.types.find((t) => t.name === name)?.schema;
    const name = { wireName: "name", required: true, schema: { kind: "string" } };
    expect(schemaOf("Pet")).toMatchObject({
      kind: "object",
      properties: [
        { wireName: "owner", required: true, schema: { kind: "object", properties: [name] } },
        { wireName: "tags", schema: { kind: "array", items: { kind: "object", properties: [{ wireName: "label", schema: { kind: "string" } }, { wireName: "kind", schema: { kind: "enum", values: ["a", "b"] } }] } } },
        { wireName: "nested", schema: { kind: "object", properties: [name] } },
      ],
    });
    expect(schemaOf("Tag")).toMatchObject({ kind: "object", properties: [{ wireName: "label" }, { wireName: "kind", schema: { kind: "enum", values: ["a", "b"] } }] });
  });

  it("refuses a local $ref that leaves the spec's folder", async () => {
    await expect(loadSpec(join(CASES, "ref-escape/openapi.yaml"))).rejects.toThrow(/leaves the spec's folder/);
  });

  it("refuses a symlink inside the folder that points outside it", async () => {
    const dir = join(work.path, "linked");
    await mkdir(dir);
    await symlink("/etc/hostname", join(dir, "evil.yaml"));
    await writeFile(
      join(dir, "openapi.yaml"),
      "openapi: 3.0.3\ninfo: {title: L, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: './evil.yaml' }\n",
    );
    await expect(loadSpec(join(dir, "openapi.yaml"))).rejects.toThrow(/leaves the spec's folder/);
  });

  it("a spec fetched from a URL never reads local files", async () => {
    await expect(loadSpec(`${origin}/remote.yaml`)).rejects.toBeInstanceOf(LoadError);
    await expect(loadSpec(`${origin}/remote.yaml`)).rejects.toThrow(/cannot resolve references/);
  });

  it("a spec fetched from a URL resolves relative refs on its own origin", async () => {
    const loaded = await loadSpec(`${origin}/split.yaml`);
    expect(buildModel(loaded.document).types.map((t) => t.name)).toContain("Pet");
    expect(requests).toContain("/schemas/pet.yaml");
  });

  it("keeps recursive schemas as named references", async () => {
    const model = buildModel((await loadSpec(join(CASES, "recursive.yaml"))).document);
    const tree = model.types.find((t) => t.name === "TreeNode");
    expect(tree?.schema).toMatchObject({
      kind: "object",
      properties: [
        { wireName: "name" },
        { wireName: "children", schema: { kind: "array", items: { kind: "ref", name: "TreeNode" } } },
        { wireName: "owner", schema: { kind: "ref", name: "Person" } },
      ],
    });
  });

  it("limits the size of a fetched document", async () => {
    await expect(loadSpec(`${origin}/split.yaml`, { maxBytes: 10, timeoutMs: 5_000 })).rejects.toThrow(/limit of 10 bytes/);
  });

  it("names the URL and the status when the server answers with an error", async () => {
    await expect(loadSpec(`${origin}/missing.yaml`)).rejects.toThrow(`cannot load ${origin}/missing.yaml: server answered 404`);
  });
});
