import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { generate } from "../../src/generate.js";
import { REPO, tempDir } from "../helpers/run-cli.js";
import { json, startServer, type TestServer } from "../templates/server.js";

/**
 * fixtures/open-enums/openapi.yaml generated twice, with `openEnums: true` and without, and called
 * against a loopback server that answers with values the schema does not list.
 */
type Issue = { path: string; message: string; level?: string };
type Call = Promise<unknown>;
type SourcesClient = { sources: { retrieve(id: string): Call }; limits: { retrieve(): Call } };
type Client = Record<string, unknown> & { default: new (options: Record<string, unknown>) => SourcesClient };

const INPUT = join(REPO, "fixtures/open-enums/openapi.yaml");
const work = await tempDir("camelgen-open-enums-");
let server: TestServer;
let open: Client;
let closed: Client;

async function generated(name: string, openEnums: boolean): Promise<Client> {
  const { files } = await generate({ input: INPUT, ...(openEnums ? { openEnums } : {}) });
  for (const file of files) {
    await mkdir(dirname(join(work.path, name, file.path)), { recursive: true });
    await writeFile(join(work.path, name, file.path), file.contents);
  }
  return (await import(join(work.path, name, "index.ts"))) as Client;
}

beforeAll(async () => {
  [open, closed] = await Promise.all([generated("open", true), generated("closed", false)]);
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  await work.remove();
});
beforeEach(() => server.reset((_req, res) => res.writeHead(500).end()));

const logger = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
function client(generatedClient: Client): SourcesClient {
  Object.values(logger).forEach((fn) => fn.mockClear());
  const validator = generatedClient["sourcesValidator"];
  return new generatedClient.default({ baseURL: server.url, apiKey: null, maxRetries: 0, validate: "throw", validator, logging: generatedClient["clientLogging"], logger });
}

/** Answers every request with this JSON body. */
function answer(body: unknown): void {
  server.reset((_req, res) => json(res, 200, body));
}

const NEW_TYPE = { id: 1, type: "ORACLE", kind: "connection", level: 7, tier: "enterprise", status: "archived" };

describe("a response with enum values the schema does not list", () => {
  it("passes validate: \"throw\" with openEnums, with a warn-level note naming each value", async () => {
    answer(NEW_TYPE);
    await expect(client(open).sources.retrieve("1")).resolves.toEqual(NEW_TYPE);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const line = String(logger.warn.mock.calls[0]?.join(" "));
    expect(line).toContain("GET /sources/{id}/");
    expect(line).toMatch(/\/type: "ORACLE" is not one of the values the schema lists/);
    expect(line).toMatch(/\/level: 7 is not one of/);
    expect(line).toMatch(/\(\+1 more\)/);
    const notes = (open["sourcesValidator"] as { issues: (type: string, value: unknown) => Issue[] }).issues("Connection", NEW_TYPE);
    // The last inside the variant of the oneOf that matched.
    expect(notes.map((n) => [n.path, n.level])).toEqual([["/type", "warn"], ["/tier", "warn"], ["/level", "warn"], ["/status", "warn"]]);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("fails validate: \"throw\" without openEnums", async () => {
    answer(NEW_TYPE);
    const error = (await client(closed).sources.retrieve("1").catch((e: unknown) => e)) as { name: string; issues: Issue[] };
    expect(error.name).toBe("ResponseValidationError");
    expect(error.issues.map((i) => i.path)).toEqual(["/type", "/tier", "/level", "/status"]);
  });

  it("a value of another JSON type, or another value of a one-value enum, still fails with openEnums", async () => {
    answer({ ...NEW_TYPE, type: 5, kind: "other" });
    const error = (await client(open).sources.retrieve("1").catch((e: unknown) => e)) as { issues: Issue[] };
    expect(error.issues.filter((i) => i.level === undefined).map((i) => i.path)).toEqual(["/type", "/kind"]);
  });

  it("listed values pass without a note", async () => {
    answer({ id: 1, type: "POSTGRES", kind: "connection", level: 2, tier: "pro", status: "paused" });
    await client(open).sources.retrieve("1");
    expect(logger.warn).not.toHaveBeenCalled();
  });

  it("a value an open enum and another variant of a oneOf both take (drf's BlankEnum) passes without a note", async () => {
    answer({ id: 1, type: "POSTGRES", kind: "connection", status: "" });
    await client(open).sources.retrieve("1");
    await client(closed).sources.retrieve("1");
    expect(logger.warn).not.toHaveBeenCalled();
    expect((open["isConnection"] as (value: unknown) => boolean)({ id: 1, type: "POSTGRES", kind: "connection", status: "" })).toBe(true);
  });
});

describe("unknown object properties in responses", () => {
  it.each([
    ["open", () => open],
    ["closed", () => closed],
  ])("are accepted unless the schema says additionalProperties: false (%s enums)", async (_, which) => {
    answer({ id: 1, type: "MYSQL", kind: "connection", added_in_2026: { nested: true } });
    await expect(client(which()).sources.retrieve("1")).resolves.toMatchObject({ added_in_2026: { nested: true } });
    answer({ tier: "free", added_in_2026: true });
    const error = (await client(which()).limits.retrieve().catch((e: unknown) => e)) as { name: string; issues: Issue[] };
    expect(error.name).toBe("ResponseValidationError");
    expect(error.issues.map((i) => i.path)).toEqual(["/added_in_2026"]);
  });
});

describe("the guards of the two directions", () => {
  it("the response form's guard accepts an unlisted value, the request form's refuses it", () => {
    const guard = (name: string) => open[name] as (value: unknown) => boolean;
    expect(guard("isTier")("enterprise")).toBe(true);
    expect(guard("isTierWritable")("enterprise")).toBe(false);
    expect(guard("isPlan")({ tier: "enterprise" })).toBe(true);
    expect(guard("isPlanWritable")({ tier: "enterprise" })).toBe(false);
    expect(guard("isConnection")(NEW_TYPE)).toBe(true);
    expect((closed["isConnection"] as (value: unknown) => boolean)(NEW_TYPE)).toBe(false);
  });

  it("validateX agrees with isX: no issue (and no note) for an unlisted value of an open enum", () => {
    expect((open["validateConnection"] as (value: unknown) => Issue[])(NEW_TYPE)).toEqual([]);
    expect((open["validateTierWritable"] as (value: unknown) => Issue[])("enterprise")).toMatchObject([{ path: "", message: 'must be one of "free", "pro"' }]);
  });
});
