/**
 * Contract test: every operation of the generated camelAI client, called through its flat function
 * in generated/camelai/operations.ts, against a Prism mock of fixtures/camelai/openapi.strict-valid.yaml.
 *
 * - Prism runs with `--errors` (a request that breaks the schema is answered with 422, or with the
 *   operation's own declared 400, plus an `sl-violations` header; a generated response that breaks
 *   the schema becomes a 500) and `--dynamic --seed` (responses generated from the response
 *   schemas, the same on every run; the static examples are invalid: PROVENANCE defect 17).
 * - Arguments come from the generator's model (test/helpers/schema-values.ts), never written per
 *   operation. Each operation is called with required values only (optional bodies left out) and
 *   again with every writable property filled (skipped when it would be the same call).
 * - The client runs with `apiKey` and `validate: "throw"`: a 2xx body failing its generated guard
 *   rejects with ResponseValidationError. The guard is also called directly on each resolved body,
 *   and the request the client really sent (method, path, query, JSON body) is compared with the
 *   arguments, because Prism accepts a request that silently drops optional values.
 * - All failures are collected into one assertion message. Calls the schema itself makes impossible
 *   are listed in EXPECTED_FAILURES and must keep failing exactly as documented.
 * - A second Prism serves a deliberately broken copy of the schema (negative control), so the test
 *   cannot go green because guards, `validate: "throw"` or Prism's request validation stopped working.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import CamelAI, {
  APIError,
  camelAIValidator,
  ResponseValidationError,
} from "../../generated/camelai/index.js";
import * as guards from "../../generated/camelai/guards.js";
import * as operations from "../../generated/camelai/operations.js";
import { buildModel, loadSpec } from "../../src/index.js";
import type { ApiModel, NamedType, Operation } from "../../src/model/ir.js";
import { API_KEY } from "../helpers/camelai.js";
import { startPrism, type PrismServer } from "../helpers/prism.js";
import { CAMELAI, REPO } from "../helpers/run-cli.js";
import {
  issuesOf,
  sampleValue,
  typeIndex,
  type Fill,
} from "../helpers/schema-values.js";

/** What Prism serves: openapi.yaml (which generated the client) minus the two `pk` path parameters no template has. */
const STRICT_VALID = join(REPO, "fixtures/camelai/openapi.strict-valid.yaml");
const OPERATION_COUNT = 47;
/** Fixed for reproducible runs; CAMELGEN_PRISM_SEED overrides it to explore other generated bodies. */
const SEED = process.env["CAMELGEN_PRISM_SEED"] ?? "camelgen-contract-1";
const FILLS: readonly Fill[] = ["required", "all"];

interface SentRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string | undefined;
}

interface Outcome {
  operationId: string;
  fill: Fill;
  args: unknown[];
  sent: SentRequest[];
  status: number | undefined;
  /** Prism's violations: the `sl-violations` header, or the `validation` list of its 422 problem body. */
  violations: unknown[];
  /** Why the call broke the contract; undefined when it kept it. */
  problem: string | undefined;
}

/** A documented exception: which calls fail, why, and a check that they still fail that way. */
interface ExpectedFailure {
  fills: Fill[];
  reason: string;
  /** undefined when the outcome is exactly the documented failure, else what differs. */
  check(outcome: Outcome): string | undefined;
}

const EXPECTED_FAILURES: Record<string, ExpectedFailure> = {
  sources_create: {
    fills: ["all"],
    reason:
      "PROVENANCE defect 13: AddConnectionRequestRequest is a oneOf of 9 open objects (no additionalProperties: false) " +
      "whose `type` is a free string in every variant (the discriminator mapping constrains nothing), and " +
      "PostgresConnectionRequest and MSSQLConnectionRequest require only `type`. Every body that matches one variant " +
      "therefore also matches those two, so no request body can satisfy the oneOf; Prism answers with the declared 400 " +
      "and one `oneOf` violation. (The [required] call leaves the optional body out and passes.)",
    check(outcome) {
      if (outcome.status !== 400) return `status ${outcome.status}, not 400`;
      const codes = outcome.violations.map(
        (v) => (v as { code?: unknown }).code,
      );
      if (!isDeepStrictEqual(codes, ["oneOf"]))
        return `violations ${JSON.stringify(outcome.violations)}, not one oneOf`;
      // The documented reason, re-derived from the model: the body sent matches several variants.
      const body = outcome.args[0];
      const issues = issuesOf(
        { kind: "ref", name: "AddConnectionRequestRequest" },
        body,
        types,
      );
      if (
        !issues.some((i) => /matches [2-9] variants of a oneOf/.test(i.message))
      ) {
        return `the body no longer matches several variants (${JSON.stringify(issues)})`;
      }
      return undefined;
    },
  },
};

type OperationFunction = (...args: unknown[]) => {
  withResponse(): Promise<{ data: unknown; response: Response }>;
};

let model: ApiModel;
let types: Map<string, NamedType>;
let prism: PrismServer | undefined;
/** Serves the negative-control schema (see brokenSpec). */
let brokenPrism: PrismServer | undefined;
let scratch: string | undefined;

beforeAll(async () => {
  model = buildModel((await loadSpec(CAMELAI)).document);
  types = typeIndex(model.types);
  scratch = await mkdtemp(join(tmpdir(), "camelgen-contract-"));
  const broken = join(scratch, "openapi.broken.yaml");
  await writeFile(broken, await brokenSpec());
  // allSettled, so a server that did start is still stopped in afterAll when the other failed.
  const [main, control] = await Promise.allSettled([
    startPrism({ spec: STRICT_VALID, seed: SEED, readyTimeoutMs: 45_000 }),
    startPrism({ spec: broken, seed: SEED, readyTimeoutMs: 45_000 }),
  ]);
  if (main.status === "fulfilled") prism = main.value;
  if (control.status === "fulfilled") brokenPrism = control.value;
  for (const result of [main, control])
    if (result.status === "rejected") throw result.reason;
}, 60_000);

afterAll(async () => {
  const servers = [prism, brokenPrism].filter(
    (s): s is PrismServer => s !== undefined,
  );
  await Promise.all(servers.map((s) => s.stop()));
  if (scratch !== undefined)
    await rm(scratch, { recursive: true, force: true });
  for (const server of servers) {
    expect(
      server.groupAlive(),
      `Prism process group ${server.pid} is still alive`,
    ).toBe(false);
  }
}, 30_000);

/**
 * The schema with two deliberate breaks the client knows nothing about: `Connection.id` becomes a
 * string (every response carrying a Connection must now fail its guard) and
 * `ThreadRenameRequest.title` needs 10 characters (the derived "title" must now get a 422).
 */
async function brokenSpec(): Promise<string> {
  const document = parse(await readFile(STRICT_VALID, "utf8")) as {
    components: {
      schemas: Record<
        string,
        { properties: Record<string, Record<string, unknown>> }
      >;
    };
  };
  const schemas = document.components.schemas;
  const connectionId = schemas["Connection"]?.properties["id"];
  const renameTitle = schemas["ThreadRenameRequest"]?.properties["title"];
  if (
    connectionId?.["type"] !== "integer" ||
    renameTitle?.["minLength"] !== 1
  ) {
    throw new Error(
      "negative control: Connection.id or ThreadRenameRequest.title changed in the fixture; update brokenSpec",
    );
  }
  connectionId["type"] = "string";
  renameTitle["minLength"] = 10;
  return stringify(document);
}

function allOperations(): Operation[] {
  return model.resources.flatMap((r) => r.operations);
}

function operationById(operationId: string): Operation {
  const op = allOperations().find((o) => o.operationId === operationId);
  if (op === undefined) throw new Error(`no operation ${operationId}`);
  return op;
}

/** The `when` conditions of the repository config's `streams` entries, by operationId. */
const STREAM_CONDITIONS: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(
    (JSON.parse(readFileSync(join(REPO, "camelgen.config.json"), "utf8")) as { streams?: Record<string, { when?: Record<string, unknown> }> }).streams ?? {},
  ).map(([id, entry]) => [id, entry.when ?? {}]),
);

/**
 * Prism answers what the schema says, JSON; a call that meets a `streams` condition expects the
 * server-sent events the schema leaves out (test/behaviour/camelai-stream.test.ts reads those),
 * so here each such body is sent with the condition unmet.
 */
function withoutStreaming(operationId: string, body: unknown): unknown {
  const when = STREAM_CONDITIONS[operationId];
  if (when === undefined || !isRecord(body)) return body;
  const unmet = { ...body };
  for (const [path, value] of Object.entries(when)) {
    const key = path.replace(/^body\./, "");
    if (typeof value === "boolean") unmet[key] = !value;
    else delete unmet[key];
  }
  return unmet;
}

/** Path values, then the body, then the params object (keyed by wire name, as the generated Params types are). */
function argumentsFor(op: Operation, fill: Fill): unknown[] {
  const ctx = { types, fill };
  const args: unknown[] = op.pathParams.map((p) =>
    sampleValue(p.schema, ctx, p.wireName),
  );
  if (op.body)
    args.push(
      op.body.required || fill === "all"
        ? withoutStreaming(op.operationId, sampleValue(op.body.schema, ctx, "body"))
        : undefined,
    );
  if (op.paramsTypeName !== undefined) {
    const params: Record<string, unknown> = {};
    for (const p of op.params) {
      if (p.required || fill === "all")
        params[p.wireName] = sampleValue(p.schema, ctx, p.wireName);
    }
    args.push(params);
  }
  while (args.length > op.pathParams.length && args.at(-1) === undefined)
    args.pop();
  return args;
}

function truncate(text: string, max = 400): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describeSent(sent: SentRequest[]): string {
  if (sent.length === 0) return "nothing";
  return sent
    .map((s) => {
      const query = s.query.toString();
      return `${s.method} ${s.path}${query ? `?${query}` : ""}${s.body === undefined ? "" : ` ${truncate(s.body, 300)}`}`;
    })
    .join(" | ");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function parseViolations(header: string | null | undefined): unknown[] {
  if (header === null || header === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(header);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [header];
  }
}

/** The request the client should have sent for these arguments, compared with what it did send. */
function checkSent(
  op: Operation,
  args: unknown[],
  sent: SentRequest[],
): string | undefined {
  if (sent.length !== 1)
    return `expected 1 request, the client sent ${sent.length}`;
  const request = sent[0] as SentRequest;
  if (request.method !== op.httpMethod)
    return `sent ${request.method}, the operation is ${op.httpMethod}`;
  let path = op.path;
  op.pathParams.forEach((p, i) => {
    path = path.replace(`{${p.wireName}}`, encodeURIComponent(String(args[i])));
  });
  if (request.path !== path)
    return `sent path ${request.path}, expected ${path}`;
  let next = op.pathParams.length;
  if (op.body) {
    const body = args[next++];
    if (body === undefined) {
      if (request.body !== undefined && request.body !== "")
        return `sent a body although none was given: ${request.body}`;
    } else if (/[/+]json\b/.test(op.body.contentTypes[0] ?? "")) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(request.body ?? "");
      } catch {
        return `sent body is not JSON: ${request.body}`;
      }
      if (!isDeepStrictEqual(parsed, body))
        return `sent body ${request.body}, expected ${JSON.stringify(body)}`;
    }
  }
  const params = op.paramsTypeName !== undefined ? args[next] : undefined;
  if (isRecord(params)) {
    for (const [name, value] of Object.entries(params)) {
      const expected = Array.isArray(value)
        ? value.map(String)
        : isRecord(value)
          ? undefined
          : [String(value)];
      if (
        expected !== undefined &&
        !isDeepStrictEqual(request.query.getAll(name), expected)
      ) {
        return `sent query ${name}=${JSON.stringify(request.query.getAll(name))}, expected ${JSON.stringify(expected)}`;
      }
    }
  }
  return undefined;
}

function checkSuccess(
  op: Operation,
  response: Response,
  data: unknown,
): string | undefined {
  const declared = op.success.find((s) => s.status === String(response.status));
  if (declared === undefined) {
    return `status ${response.status} is not a declared 2xx (${op.success.map((s) => s.status).join(", ")})`;
  }
  if (declared.kind === "empty")
    return data === undefined
      ? undefined
      : `expected no body, got ${truncate(JSON.stringify(data))}`;
  if (declared.schema?.kind !== "ref") return undefined; // no named guard; validate: "throw" already ran the inline check
  const named = types.get(declared.schema.name);
  const guard =
    named &&
    (
      guards as unknown as Record<string, ((v: unknown) => boolean) | undefined>
    )[named.guardName];
  if (guard === undefined)
    return `guards.ts has no guard for ${declared.schema.name}`;
  return guard(data)
    ? undefined
    : `resolved although ${named?.guardName} rejects the body: ${truncate(JSON.stringify(data))}`;
}

async function callOperation(
  server: PrismServer,
  op: Operation,
  fill: Fill,
  args: unknown[],
): Promise<Outcome> {
  const sent: SentRequest[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const body =
      request.body === null ? undefined : await request.clone().text();
    sent.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body,
    });
    return fetch(request);
  };
  const client = new CamelAI({
    baseURL: server.url,
    apiKey: API_KEY,
    validate: "throw",
    validator: camelAIValidator,
    maxRetries: 0,
    timeout: 10_000,
    fetch: recordingFetch,
  });
  const outcome: Outcome = {
    operationId: op.operationId,
    fill,
    args,
    sent,
    status: undefined,
    violations: [],
    problem: undefined,
  };
  const fn = (
    operations as unknown as Record<string, OperationFunction | undefined>
  )[op.fnName];
  if (fn === undefined) {
    outcome.problem = `operations.ts has no function ${op.fnName}`;
    return outcome;
  }
  try {
    const { data, response } = await fn(client, ...args).withResponse();
    outcome.status = response.status;
    outcome.violations = parseViolations(response.headers.get("sl-violations"));
    outcome.problem =
      (outcome.violations.length > 0
        ? `sl-violations on a ${response.status}: ${JSON.stringify(outcome.violations)}`
        : undefined) ?? checkSuccess(op, response, data);
  } catch (error) {
    if (error instanceof ResponseValidationError) {
      outcome.status = error.status;
      outcome.violations = parseViolations(error.headers?.get("sl-violations"));
      const declared = op.success.find(
        (s) => s.status === String(error.status),
      )?.schema;
      const why = declared
        ? issuesOf(declared, error.body, types).slice(0, 4)
        : [];
      outcome.problem =
        `guard ${error.typeName} rejected the ${error.status} body` +
        (why.length
          ? ` (${why.map((i) => `${i.path}: ${i.message}`).join("; ")})`
          : "") +
        `: ${truncate(JSON.stringify(error.body))}`;
    } else if (error instanceof APIError && error.status !== undefined) {
      outcome.status = error.status;
      const body: unknown = error.body;
      outcome.violations = parseViolations(error.headers?.get("sl-violations"));
      if (
        outcome.violations.length === 0 &&
        isRecord(body) &&
        Array.isArray(body["validation"])
      ) {
        outcome.violations = body["validation"] as unknown[];
      }
      outcome.problem =
        `HTTP ${error.status}` +
        (outcome.violations.length > 0
          ? ` with violations ${JSON.stringify(outcome.violations)}`
          : `: ${truncate(JSON.stringify(body))}`);
    } else {
      outcome.problem = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
  }
  // A wrong request is the more basic fault: report it first.
  const wrongRequest = checkSent(op, args, sent);
  if (wrongRequest !== undefined)
    outcome.problem = `${wrongRequest}${outcome.problem ? `; then ${outcome.problem}` : ""}`;
  return outcome;
}

/** Every (operation, fill) call against `server`, sequentially (deterministic order and log). */
async function runAll(
  server: PrismServer,
  ops: Operation[],
  fills: readonly Fill[] = FILLS,
): Promise<Outcome[]> {
  const results: Outcome[] = [];
  for (const op of ops) {
    const seen = new Set<string>();
    for (const fill of fills) {
      let args: unknown[];
      try {
        args = argumentsFor(op, fill);
      } catch (error) {
        const problem = `cannot derive arguments: ${(error as Error).message}`;
        results.push({
          operationId: op.operationId,
          fill,
          args: [],
          sent: [],
          status: undefined,
          violations: [],
          problem,
        });
        continue;
      }
      const key = JSON.stringify(args);
      if (seen.has(key)) continue;
      seen.add(key);
      results.push(await callOperation(server, op, fill, args));
    }
  }
  return results;
}

/** The main run, made once and shared by the assertions below. */
let mainRun: Promise<Outcome[]> | undefined;
function outcomes(): Promise<Outcome[]> {
  mainRun ??=
    prism === undefined
      ? Promise.reject(new Error("Prism did not start"))
      : runAll(prism, allOperations());
  return mainRun;
}

function report(o: Outcome): string {
  return `${o.operationId} [${o.fill}]: ${o.problem ?? "kept the contract"}\n    sent: ${describeSent(o.sent)}`;
}

describe("generated camelAI client against Prism (openapi.strict-valid.yaml)", () => {
  it(`the model has ${OPERATION_COUNT} operations, each with a flat function in operations.ts`, () => {
    const ops = allOperations();
    expect(ops).toHaveLength(OPERATION_COUNT);
    expect(new Set(ops.map((o) => o.operationId)).size).toBe(OPERATION_COUNT);
    const missing = ops.filter(
      (o) =>
        typeof (operations as Record<string, unknown>)[o.fnName] !== "function",
    );
    expect(missing.map((o) => o.fnName)).toEqual([]);
    const known = new Set(ops.map((o) => o.operationId));
    expect(
      Object.keys(EXPECTED_FAILURES).filter((id) => !known.has(id)),
      "EXPECTED_FAILURES names unknown operations",
    ).toEqual([]);
  });

  it("every call is accepted by Prism, answered with a declared 2xx, and its body passes the guard", async () => {
    const results = await outcomes();
    expect(
      new Set(results.map((o) => o.operationId)).size,
      "every operation was called",
    ).toBe(OPERATION_COUNT);
    const failures = results
      .filter(
        (o) =>
          o.problem !== undefined &&
          !EXPECTED_FAILURES[o.operationId]?.fills.includes(o.fill),
      )
      .map(report);
    expect(
      failures,
      `${failures.length} of ${results.length} calls broke the contract:\n${failures.join("\n")}\n`,
    ).toEqual([]);
  }, 60_000);

  it("each documented exception still fails in the documented way", async () => {
    const results = await outcomes();
    const stale: string[] = [];
    for (const [operationId, expected] of Object.entries(EXPECTED_FAILURES)) {
      for (const fill of expected.fills) {
        const outcome = results.find(
          (o) => o.operationId === operationId && o.fill === fill,
        );
        if (outcome === undefined) {
          stale.push(`${operationId} [${fill}]: not called`);
          continue;
        }
        const differs =
          outcome.problem === undefined
            ? "it now keeps the contract"
            : expected.check(outcome);
        if (differs !== undefined)
          stale.push(
            `${differs} (documented: ${expected.reason})\n  ${report(outcome)}`,
          );
      }
    }
    expect(
      stale,
      `stale entries in EXPECTED_FAILURES:\n${stale.join("\n")}\n`,
    ).toEqual([]);
  }, 60_000);

  it("negative control: the harness reports a body failing its guard and a request Prism rejects", async () => {
    if (brokenPrism === undefined)
      throw new Error("the negative-control Prism did not start");
    const [retrieve, rename, untouched] = await runAll(
      brokenPrism,
      ["sources_retrieve", "threads_update", "knowledge_base_retrieve"].map(
        operationById,
      ),
      ["required"],
    );
    expect(retrieve?.problem, report(retrieve as Outcome)).toMatch(
      /^guard Connection rejected the 200 body \(\/id: expected number/,
    );
    expect(rename?.status, report(rename as Outcome)).toBe(422);
    expect(
      JSON.stringify(rename?.violations),
      report(rename as Outcome),
    ).toMatch(/minLength|fewer than 10/);
    expect(untouched?.problem, report(untouched as Outcome)).toBeUndefined();
  }, 30_000);
});
