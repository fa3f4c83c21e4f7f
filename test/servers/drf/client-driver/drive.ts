/**
 * Calls every operation of the live DRF app through a client camelgen generated from the app's own
 * schema, with `validate: "throw"`. Copied beside the generated `client/` folder, type-checked with
 * it (strict) and run with tsx: `tsx drive.ts full|drift` with DRF_URL and DRF_API_KEY set. Prints
 * one JSON object: each operation's calls and HTTP statuses, and what the calls returned.
 */
import CamelAI, { APIError, ResponseValidationError, camelAIValidator, isConnectionValidationError, isNotFoundResponse, matchesErrorResponse } from "./client/index.js";

/** The generated method names (issue 15 renames some): the only place the driver spells them. */
function operationsOf(camel: CamelAI) {
  return {
    "sources.list": camel.sources.list.bind(camel.sources),
    "sources.create": camel.sources.create.bind(camel.sources),
    "sources.retrieve": camel.sources.retrieve.bind(camel.sources),
    "sources.update": camel.sources.update.bind(camel.sources),
    "sources.partialUpdate": camel.sources.partialUpdate.bind(camel.sources),
    "sources.updateConfig": camel.sources.updateConfig.bind(camel.sources),
    "sources.upload": camel.sources.upload.bind(camel.sources),
    "sources.destroy": camel.sources.destroy.bind(camel.sources),
    "threads.list": camel.threads.list.bind(camel.threads),
    "threads.retrieve": camel.threads.retrieve.bind(camel.threads),
    "threads.update": camel.threads.update.bind(camel.threads),
    "threads.partialUpdate": camel.threads.partialUpdate.bind(camel.threads),
    "threads.messages": camel.threads.messages.bind(camel.threads),
    "threads.destroy": camel.threads.destroy.bind(camel.threads),
    "askCamel.ask": camel.askCamel.create.bind(camel.askCamel),
  };
}

type Operations = ReturnType<typeof operationsOf>;
type Name = keyof Operations;

const url = process.env["DRF_URL"];
const apiKey = process.env["DRF_API_KEY"];
if (!url || !apiKey) throw new Error("DRF_URL and DRF_API_KEY must be set");

const statuses = new Map<Name, number[]>();
const calls = new Map<Name, number>();
let current: Name | undefined;

const recordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (current) statuses.get(current)?.push(response.status);
  return response;
};

const camel = new CamelAI({ baseURL: url, apiKey, validate: "throw", validator: camelAIValidator, fetch: recordingFetch, maxRetries: 2 });
const raw = operationsOf(camel);

/** The same operations, each call counted and its HTTP statuses recorded (calls run one at a time). */
const api = Object.fromEntries(
  Object.entries(raw).map(([name, call]) => [
    name,
    (...args: unknown[]) => {
      current = name as Name;
      calls.set(current, (calls.get(current) ?? 0) + 1);
      if (!statuses.has(current)) statuses.set(current, []);
      return (call as (...a: unknown[]) => unknown)(...args);
    },
  ]),
) as Operations;

/** The error a call rejects with, or a failure when it resolves. */
async function rejection(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${current} to fail, it succeeded`);
}

const errorSummary = (error: unknown) =>
  error instanceof APIError ? { name: error.constructor.name, status: error.status, body: error.body } : { name: String(error) };

type UploadFile = Parameters<Operations["sources.upload"]>[0]["file"];

/**
 * The file part as the client types it. Without COMPONENT_SPLIT_REQUEST drf-spectacular describes a
 * FileField by its response form (`type: string, format: uri`), so there the client asks for a
 * string and a caller has to cast the file, as here.
 */
const upload = (file: File) => file as unknown as UploadFile;

/**
 * With COMPONENT_NO_READ_ONLY_REQUIRED drf-spectacular leaves read-only fields out of `required`,
 * so `id` is optional in the response types there: a caller checks it once.
 */
function idOf(row: { id?: number }): number {
  if (row.id === undefined) throw new Error("the server answered a row without its id");
  return row.id;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function full() {
  const warehouse = await api["sources.create"]({ account_name: "Warehouse", type: "POSTGRES", password: "s3cret", hostname: "db.internal", database_name: "sales" });
  const warehouseId = idOf(warehouse);
  const staging = await api["sources.create"]({ account_name: "Staging", type: "MYSQL" });
  await api["sources.create"]({ account_name: "Events", type: "CLICKHOUSE" });
  const tooLong = await rejection(api["sources.create"]({ account_name: "x".repeat(300), type: "POSTGRES" }));
  const createError = matchesErrorResponse(tooLong, 400, isConnectionValidationError) ? tooLong.body.account_name : undefined;

  const patched = await api["sources.partialUpdate"](warehouseId, { account_name: "Warehouse (prod)" });
  const updated = await api["sources.update"](warehouseId, { account_name: "Warehouse EU", type: "POSTGRES", hostname: "db.internal", database_name: "sales" });
  const configured = await api["sources.updateConfig"](warehouseId, { hostname: "db.eu.internal", port: 5433, password: "rotated" });
  const badPort = await rejection(api["sources.updateConfig"](warehouseId, { port: 70000 }));
  const configError = matchesErrorResponse(badPort, 400, isConnectionValidationError) ? badPort.body.port : undefined;
  const retrieved = await api["sources.retrieve"](warehouseId);
  const missing = await rejection(api["sources.retrieve"](987654));
  const notFound = matchesErrorResponse(missing, 404, isNotFoundResponse) ? missing.body.detail : undefined;

  const csv = "region,orders\neu,12\nus,30\n";
  const first = await api["sources.upload"]({ account_name: "Orders CSV", file: upload(new File([csv], "orders.csv", { type: "text/csv" })) });
  // Right after the first upload: over the 1/s upload throttle, answered 429 with Retry-After.
  const second = await api["sources.upload"]({ account_name: "Orders CSV 2", file: upload(new File([csv], "orders-2.csv", { type: "text/csv" })) });
  const sources = await collect(api["sources.list"]({ page_size: 2 }));

  const answers = [];
  for (const question of ["How many orders?", "Orders by region?"]) {
    answers.push(await api["askCamel.ask"]({ message: question, source_id: warehouseId }));
  }
  // The third answer streamed: server-sent events, each event's data checked by validate: "throw".
  const events = [];
  for await (const event of await api["askCamel.ask"]({ message: "Largest region?", source_id: warehouseId, stream: true })) events.push(event);
  const streamedThread = events.find((event) => event.data.type === "done")?.data.thread_id ?? -1;
  const unknownSource = errorSummary(await rejection(api["askCamel.ask"]({ message: "Anyone there?", source_id: 987654 })));
  const threads = await collect(api["threads.list"]({ limit: 2 }));
  const [kept, dropped] = [answers[0]?.thread_id ?? -1, answers[1]?.thread_id ?? -1];
  const thread = await api["threads.retrieve"](kept);
  const renamed = await api["threads.partialUpdate"](kept, { title: "Orders" });
  const remodelled = await api["threads.update"](kept, { title: "Orders by month", model: "gpt-5" });
  const messages = await collect(api["threads.messages"](kept));
  await api["threads.destroy"](dropped);
  const droppedThread = errorSummary(await rejection(api["threads.retrieve"](dropped)));
  await api["sources.destroy"](idOf(staging));

  return {
    warehouse: { id: warehouseId, keys: Object.keys(warehouse).sort(), isFullyConfigured: warehouse.is_fully_configured },
    createError,
    patched: patched.account_name,
    updated: updated.account_name,
    configured,
    configError,
    retrieved: { account_name: retrieved.account_name, is_fully_configured: retrieved.is_fully_configured },
    notFound,
    uploads: [first, second].map((c) => ({ id: c.id, type: c.type, account_name: c.account_name })),
    sources: sources.map((c) => c.account_name),
    answers: [...answers.map((a) => a.thread_id), streamedThread],
    streamed: { events: events.map((e) => `${e.id} ${e.event}`), text: events.map((e) => e.data.content ?? "").join("") },
    unknownSource,
    threads: threads.map((t) => t.id),
    thread: { id: thread.id, message_count: thread.message_count, connection_ids: thread.connection_ids, source: thread.source },
    renamed: renamed.title,
    remodelled: { title: remodelled.title, model: remodelled.model },
    messages: messages.map((m) => m.role),
    droppedThread,
  };
}

/** Against a server that answers `Thread.message_count` as a string: "throw" must reject, "off" must not. */
async function drift() {
  const source = await api["sources.create"]({ account_name: "Drift", type: "POSTGRES" });
  const answer = await api["askCamel.ask"]({ message: "How many orders?", source_id: idOf(source) });
  const error = await rejection(api["threads.retrieve"](answer.thread_id));
  const unchecked = await api["threads.retrieve"](answer.thread_id, { validate: "off" });
  return {
    error: error instanceof ResponseValidationError ? { name: "ResponseValidationError", typeName: error.typeName, issues: error.issues } : errorSummary(error),
    unchecked: { message_count: unchecked.message_count, type: typeof unchecked.message_count },
  };
}

const mode = process.argv[2];
const observed = mode === "drift" ? await drift() : await full();
const operations = [...calls].map(([name, count]) => ({ operation: name, calls: count, statuses: statuses.get(name) ?? [] }));
process.stdout.write(`${JSON.stringify({ operations, observed })}\n`);
