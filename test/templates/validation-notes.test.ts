import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIClient,
  clientLogging,
  jsonItem,
  jsonLines,
  ResponseValidationError,
  Stream,
  type ClientOptions,
  type StreamValidation,
  type Validator,
  responseValidator,
} from "../../templates/index.js";
import { validateWith } from "../../templates/schema-interpreter.js";
import type { SchemaTable } from "../../templates/schema-table.js";
import type { ClientLog } from "../../templates/options.js";
import { config } from "./config.js";
import { bytes, collect, memoryResponse } from "./stream-helpers.js";
import { json, startServer, type TestServer } from "./server.js";

/**
 * Notes (`level: "warn"`, an open enum's unlisted value) in response validation: logged at warn
 * level in every mode, never a failure; real issues beside them still fail.
 */
const table: SchemaTable = {
  t: {
    Thing: { k: "o", p: [["kind", { k: "e", v: ["a", "b"], o: 1 }, 1], ["id", { k: "i" }, 1], ["tag", { k: "|", v: [{ k: "e", v: [""] }, { k: "e", v: ["x", "y"], o: 1 }], m: [8, 8] }]] },
  },
  n: [],
};
const validator: Validator = responseValidator((typeName, value) => validateWith(table, typeName, value, true), { "GET /things": "Thing" }, { "GET /things": "Thing" });

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset((_req, res) => json(res, 200, { kind: "c", id: 1, tag: "z" })));

function call(options: ClientOptions) {
  const api = new APIClient({ baseURL: server.url, apiKey: null, maxRetries: 0, logging: clientLogging, validator, ...options }, config);
  return APIClient.request(api, { method: "GET", path: "/things", parameters: [], security: [] });
}

describe("the interpreter's notes", () => {
  it("lists an open enum's unlisted value only when asked, after the issues, and never for another JSON type", () => {
    expect(validateWith(table, "Thing", { kind: "c", id: 1, tag: "z" })).toEqual([]);
    expect(validateWith(table, "Thing", { kind: "c", id: 1.5, tag: "" }, true)).toEqual([
      { path: "/id", message: "expected integer", keyword: "type" },
      { path: "/kind", message: '"c" is not one of the values the schema lists (accepted: the enum is open)', keyword: "enum", level: "warn" },
    ]);
    expect(validateWith(table, "Thing", { kind: 3, id: 1, tag: "z" }, true)).toEqual([
      { path: "/kind", message: 'must be one of "a", "b"', keyword: "enum" },
      { path: "/tag", message: '"z" is not one of the values the schema lists (accepted: the enum is open)', keyword: "enum", level: "warn" },
    ]);
  });
});

describe("validate with notes", () => {
  it.each(["warn", "throw"] as const)('"%s": the body passes and the notes are logged once at warn level', async (validate) => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(await call({ validate })).toEqual({ kind: "c", id: 1, tag: "z" });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe(
      'TestAPI: response body of GET /things has Thing: /kind: "c" is not one of the values the schema lists (accepted: the enum is open); /tag: "z" is not one of the values the schema lists (accepted: the enum is open)',
    );
    warn.mockRestore();
  });

  it('"throw": an issue beside a note still rejects, with the issues only', async () => {
    server.reset((_req, res) => json(res, 200, { kind: "c", id: "1" }));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const error = (await call({ validate: "throw" }).catch((e: unknown) => e)) as ResponseValidationError;
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(error.issues.map((i) => i.path)).toEqual(["/id"]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe("stream items with notes", () => {
  it('"throw" logs a note and goes on', async () => {
    const warnings: string[] = [];
    const log = { warn: (m: string) => warnings.push(m) } as unknown as ClientLog;
    const check: StreamValidation = { operation: "GET /things", check: validator.checker(validator, "throw", log, "Client") };
    const response = memoryResponse([bytes('{"kind":"a","id":1}\n{"kind":"new","id":2}\n')]);
    const items = await collect(Stream.fromResponse(response, { controller: new AbortController(), framing: jsonLines(jsonItem(response, check)) }));
    expect(items).toEqual([{ kind: "a", id: 1 }, { kind: "new", id: 2 }]);
    expect(warnings).toEqual(['line 2 of the response stream has Thing: /kind: "new" is not one of the values the schema lists (accepted: the enum is open)']);
  });
});
