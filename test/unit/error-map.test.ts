import { describe, expect, it } from "vitest";
import type { Operation, ResponseBody } from "../../src/model/ir.js";
import { errorEntries } from "../../src/emit/operation-signature.js";
import { statusMapText } from "../../src/emit/type-text.js";

const json = (status: string, name: string): ResponseBody => ({ status, kind: "json", contentType: "application/json", schema: { kind: "ref", name } });
const empty = (status: string): ResponseBody => ({ status, kind: "empty" });
const text = (status: string): ResponseBody => ({ status, kind: "text", contentType: "text/plain", schema: { kind: "string" } });

/** An operation's declared error responses -> the error map of its `APIPromise<T, Errors>`. */
const CASES: [string, ResponseBody[], string][] = [
  ["none", [], "{}"],
  ["an exact status is a numeric key", [json("404", "NotFound")], "{ 404: NotFound }"],
  ["a range is upper-cased and quoted", [json("4xx", "ClientError")], '{ "4XX": ClientError }'],
  ["default keeps its name", [json("default", "Problem")], "{ default: Problem }"],
  ["a body without a JSON schema is unknown", [empty("409"), text("503")], "{ 409: unknown; 503: unknown }"],
  [
    "all three kinds, in the model's order",
    [json("400", "Bad"), json("4XX", "ClientError"), json("default", "Problem")],
    '{ 400: Bad; "4XX": ClientError; default: Problem }',
  ],
  ["keys no status can match are left out", [json("4X0", "A"), json("600", "B"), json("Default", "C"), json("*/", "D")], "{}"],
  ["a range written twice counts once", [json("5XX", "A"), json("5xx", "B")], '{ "5XX": A }'],
];

describe("errorEntries + statusMapText", () => {
  it.each(CASES)("%s", (_, errors, want) => {
    expect(statusMapText(errorEntries({ errors } as Operation))).toBe(want);
  });
});
