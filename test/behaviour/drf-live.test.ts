/**
 * The real stack: a Django REST Framework + drf-spectacular app shaped like camelAI's API
 * (test/servers/drf/), served by gunicorn. For each drf-spectacular configuration a user's loop
 * runs against it: pull the live schema, generate, type-check strictly, then call every operation
 * with `validate: "throw"`. DRF's serializers judge the requests; the server's database shows
 * their effect.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, it, type ExpectStatic } from "vitest";
import { compileClient, pullAndGenerate, runDriver, operationTable, type GeneratedClient } from "../helpers/drf-loop.js";
import { SPECTACULAR_CONFIGURATIONS, locatePython, startDrfServer, type DrfServer, type SpectacularConfiguration } from "../helpers/drf-server.js";

/** The HTTP statuses each operation must have seen, retries included. */
const EXPECTED_STATUSES: Record<string, number[]> = {
  "sources.create": [201, 400],
  "sources.partialUpdate": [200],
  "sources.update": [200],
  "sources.updateConfig": [200, 400],
  "sources.retrieve": [200, 404],
  "sources.upload": [201, 429],
  "sources.list": [200],
  "askCamel.ask": [200, 404],
  "threads.list": [200],
  "threads.retrieve": [200, 404],
  "threads.partialUpdate": [200],
  "threads.update": [200],
  "threads.messages": [200],
  "threads.destroy": [204],
  "sources.destroy": [204],
};

const generated: GeneratedClient[] = [];
let publishedSchema: string | undefined;

afterAll(async () => {
  for (const client of generated) await client.remove();
});

/** Two loops at a time: they mostly wait on each other's processes, and the machine has 2 cores. */
const LOOPS_AT_ONCE = 2;
let running = 0;
const queued: (() => void)[] = [];

async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= LOOPS_AT_ONCE) await new Promise<void>((resolve) => queued.push(resolve));
  else running += 1;
  try {
    return await task();
  } finally {
    const next = queued.shift();
    if (next) next();
    else running -= 1;
  }
}

/** The split configuration's compiled client, which the negative control reuses. */
let splitClientReady: (client: GeneratedClient) => void = () => undefined;
let splitClientFailed: (error: unknown) => void = () => undefined;
const splitClient = new Promise<GeneratedClient>((resolve, reject) => {
  splitClientReady = resolve;
  splitClientFailed = reject;
});

async function withServer<T>(server: DrfServer, body: (server: DrfServer) => Promise<T>): Promise<T> {
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

async function generateAndCompile(expect: ExpectStatic, configuration: SpectacularConfiguration, server: DrfServer): Promise<GeneratedClient> {
  // The ETag round trip is the same in every configuration: checked once.
  const client = await pullAndGenerate(server, { pullTwice: configuration === "split" });
  generated.push(client);
  const [first, second] = client.pulls;
  expect(first?.code, first?.stderr).toBe(0);
  expect(first?.stdout).toMatch(/updated .*camelai\.yaml/);
  if (configuration === "split") expect(second?.stdout, "the second pull is answered 304 from the ETag").toMatch(/is current/);
  expect(client.generate.code, client.generate.stderr).toBe(0);
  expect(client.generate.stderr).toMatch(/path-param-not-in-template .*update-config.*"pk"/);
  const { result, message } = await compileClient(client);
  expect(result.exitCode, message).toBe(0);
  return client;
}

async function loop(expect: ExpectStatic, configuration: SpectacularConfiguration, server: DrfServer): Promise<void> {
  const client = await generateAndCompile(expect, configuration, server);
  if (configuration === "split") {
    publishedSchema = await (await fetch(`${server.url}/api/schema/`)).text();
    splitClientReady(client);
  }
  const { operations, observed } = await runDriver(client, server, "full");
  console.log(operationTable(`DRF live (${configuration})`, operations));
  const seen = Object.fromEntries(operations.map((o) => [o.operation, [...new Set(o.statuses)].sort()]));
  expect(seen).toEqual(EXPECTED_STATUSES);
  const uploads = operations.find((o) => o.operation === "sources.upload");
  expect(uploads?.statuses, "the throttled upload is retried after Retry-After").toEqual([201, 429, 201]);
  const pages = (name: string) => operations.find((o) => o.operation === name)?.statuses.length;
  expect([pages("sources.list"), pages("threads.list"), pages("threads.messages")], "pages fetched: page number, limit/offset, cursor").toEqual([3, 2, 2]);
  expect(observed).toMatchObject({
    createError: ["Ensure this field has no more than 255 characters."],
    patched: "Warehouse (prod)",
    updated: "Warehouse EU",
    configured: { account_name: "Warehouse EU", type: "POSTGRES" },
    configError: ["Ensure this value is less than or equal to 65535."],
    retrieved: { account_name: "Warehouse EU", is_fully_configured: true },
    notFound: "Not found.",
    uploads: [{ type: "FILE", account_name: "Orders CSV" }, { type: "FILE", account_name: "Orders CSV 2" }],
    sources: ["Warehouse EU", "Staging", "Events", "Orders CSV", "Orders CSV 2"],
    unknownSource: { name: "NotFoundError", status: 404, body: { detail: "Not found." } },
    thread: { message_count: 3, source: "API" },
    renamed: "Orders",
    remodelled: { title: "Orders by month", model: "gpt-5" },
    messages: ["user", "tool", "assistant"],
    streamed: { events: ["1 delta", "2 delta", "3 delta", "4 delta", "5 delta", "6 delta", "6 done"], text: "Warehouse EU answered with one row." },
    droppedThread: { name: "NotFoundError", status: 404 },
  });
  const warehouse = observed["warehouse"] as { id: number; keys: string[] };
  expect(warehouse.keys, "the write-only password is never answered").not.toContain("password");
  expect([...(observed["threads"] as number[])].sort()).toEqual([...(observed["answers"] as number[])].sort());

  const connections = await server.query("SELECT id, account_name, hostname, port, password, file FROM camel_connection ORDER BY id");
  expect(connections.find((row) => row["id"] === warehouse.id)).toMatchObject({ account_name: "Warehouse EU", hostname: "db.eu.internal", port: 5433, password: "rotated" });
  expect(connections.map((row) => row["account_name"])).toEqual(["Warehouse EU", "Events", "Orders CSV", "Orders CSV 2"]);
  const upload = (observed["uploads"] as { id: number }[])[0];
  const file = String(connections.find((row) => row["id"] === upload?.id)?.["file"]);
  expect(await readFile(join(server.dataDir, "media", file), "utf8")).toBe("region,orders\neu,12\nus,30\n");
  expect(await server.query("SELECT id FROM camel_thread")).toHaveLength(2);
}

describe.concurrent("a live DRF + drf-spectacular server", { timeout: 300_000 }, () => {
  it.for(SPECTACULAR_CONFIGURATIONS)("%s: pull, generate, tsc, and every operation with validate: throw", async (configuration, { expect }) => {
    try {
      await inSlot(async () => withServer(await startDrfServer({ spectacular: configuration }), (server) => loop(expect, configuration, server)));
    } catch (error) {
      if (configuration === "split") splitClientFailed(error);
      throw error;
    }
  });

  it("negative control: a response field that drifts from the schema makes validate: throw reject", async ({ expect }) => {
    const client = await splitClient;
    await inSlot(async () => {
      await withServer(await startDrfServer({ spectacular: "split", drift: true }), async (server) => {
        expect(await (await fetch(`${server.url}/api/schema/`)).text(), "the drifting server publishes the same schema").toBe(publishedSchema);
        const { observed } = await runDriver(client, server, "drift");
        expect(observed["error"]).toMatchObject({ name: "ResponseValidationError", typeName: "Thread", issues: [expect.objectContaining({ path: "/message_count" })] });
        expect(observed["unchecked"]).toEqual({ message_count: "3", type: "string" });
      });
    });
  });
});

describe("the DRF server helper", () => {
  it("names the Debian packages when no interpreter has them", async ({ expect }) => {
    const missing = ["/nonexistent/python3", process.execPath];
    await expect(locatePython(missing)).rejects.toThrow(/apt-get install python3-django python3-djangorestframework python3-djangorestframework-spectacular python3-gunicorn/);
    await expect(locatePython(missing)).rejects.toThrow(/Tried:\n {2}\/nonexistent\/python3: .*\n {2}.*node/);
  });
});
