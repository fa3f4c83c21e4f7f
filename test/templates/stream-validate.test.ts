import { describe, expect, it } from "vitest";
import {
  ResponseValidationError,
  Stream,
  jsonItem,
  jsonLines,
  serverSentEvents,
  type StreamValidation,
  type ValidationIssue,
} from "../../templates/index.js";
import type { ClientLog } from "../../templates/options.js";
import { responseChecker, responseValidator } from "../../templates/validate.js";
import { bytes, collect, memoryResponse } from "./stream-helpers.js";

function hasCount(value: unknown): ValidationIssue[] {
  return typeof value === "object" && value !== null && typeof (value as { count?: unknown }).count === "number"
    ? []
    : [{ path: "/count", message: "expected number", keyword: "type" }];
}

function check(mode: "warn" | "throw", warnings: string[] = []): StreamValidation {
  const log = { warn: (message: string) => warnings.push(message) } as unknown as ClientLog;
  const validator = responseValidator((_typeName, value) => hasCount(value), {}, { "GET /ticks": "Tick" });
  return { operation: "GET /ticks", check: responseChecker(validator, mode, log, "Client") };
}

const SSE = 'data: {"count":1}\n\ndata: {"count":"two"}\nid: t2\n\ndata: {"count":3}\n\n';

describe("item validation", () => {
  it('"warn" logs the failing event with its place and type, and goes on', async () => {
    const warnings: string[] = [];
    const response = memoryResponse([bytes(SSE)]);
    const stream = Stream.fromResponse(response, {
      controller: new AbortController(),
      framing: serverSentEvents(jsonItem(response, check("warn", warnings))),
    });
    expect((await collect(stream)).map((event) => event.data)).toEqual([{ count: 1 }, { count: "two" }, { count: 3 }]);
    expect(warnings).toEqual(['event 2 (id "t2") of the response stream does not match Tick: /count: expected number']);
  });

  it('"throw" rejects at the failing item with ResponseValidationError, after the items before it', async () => {
    const response = memoryResponse([bytes('{"count":1}\n{"count":null}\n{"count":3}\n')]);
    const controller = new AbortController();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const item of Stream.fromResponse(response, { controller, framing: jsonLines(jsonItem(response, check("throw"))) }))
        seen.push(item);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([{ count: 1 }]);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const failure = error as ResponseValidationError;
    expect(failure.typeName).toBe("Tick");
    expect(failure.body).toEqual({ count: null });
    expect(failure.status).toBe(200);
    expect(failure.issues).toEqual([{ path: "/count", message: "expected number", keyword: "type" }]);
    expect(failure.message).toBe("Line 2 of the response stream does not match Tick: /count: expected number");
  });

  it('with no check (validate "off") every parsed item passes, the failing one included', async () => {
    const response = memoryResponse([bytes('{"count":1}\n{"count":null}\n')]);
    const validation = { operation: "GET /ticks", check: undefined };
    const items = await collect(Stream.fromResponse(response, { controller: new AbortController(), framing: jsonLines(jsonItem(response, validation)) }));
    expect(items).toEqual([{ count: 1 }, { count: null }]);
  });
});
