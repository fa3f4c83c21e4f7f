import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApiDiff, Change } from "../../src/diff/change.js";
import { diffSpecs } from "../../src/diff/diff-specs.js";
import { renderJson } from "../../src/diff/render-json.js";
import { renderMarkdown } from "../../src/diff/render-markdown.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import { REPO } from "../helpers/run-cli.js";
import { CURRENT, GOLDEN_JSON, GOLDEN_MD, SNAPSHOT } from "./camelai-paths.js";


let diff: ApiDiff;

beforeAll(async () => {
  const [before, after] = await Promise.all([SNAPSHOT, CURRENT].map(async (path) => buildModel((await loadSpec(join(REPO, path))).document)));
  diff = diffSpecs(before!, after!);
});

/** Compares with the golden file byte for byte; UPDATE_GOLDEN=1 rewrites it instead. */
async function golden(path: string, actual: string): Promise<void> {
  if (process.env["UPDATE_GOLDEN"] === "1") await writeFile(path, actual);
  expect(actual).toBe(await readFile(path, "utf8"));
}

const at = (location: string, kind?: string): Change[] => diff.changes.filter((c) => c.location === location && (kind === undefined || c.kind === kind));
const summary = (changes: Change[]) => changes.map((c) => [c.kind, c.location, c.breaking, c.old ?? c.new]);

describe("camelgen diff: 2025-08 snapshot -> current camelAI schema", () => {
  it("the Markdown report matches the golden file", () => golden(GOLDEN_MD, renderMarkdown(diff, { old: SNAPSHOT, new: CURRENT })));
  it("the JSON report matches the golden file", () => golden(GOLDEN_JSON, renderJson(diff)));

  it("the summary counts the classified changes", () => {
    expect(diff.summary.breaking).toBe(diff.changes.filter((c) => c.breaking).length);
    expect(diff.summary.nonBreaking).toBe(diff.changes.filter((c) => !c.breaking).length);
    expect(diff.summary.breaking).toBeGreaterThan(0);
  });

  it("reports the four appearance operations as added, not breaking, and nothing else added or removed", () => {
    const ops = diff.changes.filter((c) => c.kind.startsWith("operation-"));
    expect(summary(ops)).toEqual([
      ["operation-added", "GET /api/v1/appearance/", false, "appearance_list"],
      ["operation-added", "PATCH /api/v1/appearance/{id}/", false, "appearance_partial_update"],
      ["operation-added", "POST /api/v1/appearance/", false, "appearance_create"],
      ["operation-added", "PUT /api/v1/appearance/{id}/", false, "appearance_update"],
    ]);
  });

  it("reports their three schemas as added, and no schema removed", () => {
    const schemas = diff.changes.filter((c) => c.kind === "type-added" || c.kind === "type-removed");
    expect(schemas.map((c) => [c.kind, c.location, c.breaking])).toEqual([
      ["type-added", "OrgAppearanceConfig", false],
      ["type-added", "OrgAppearanceConfigRequest", false],
      ["type-added", "PatchedOrgAppearanceConfigRequest", false],
    ]);
  });

  it("Connection.type gains DATABRICKS, FILE and MCP (breaking: a response enum) and loses nothing (CSV, EXCEL, SQLITE stay)", () => {
    expect(summary(at("Connection.type"))).toEqual([
      ["enum-value-added", "Connection.type", true, '"DATABRICKS"'],
      ["enum-value-added", "Connection.type", true, '"FILE"'],
      ["enum-value-added", "Connection.type", true, '"MCP"'],
    ]);
    expect(at("Connection.type")[0]?.description).toMatch(/\(in responses\); breaking: a client may receive a value its exhaustive code does not handle/);
  });

  it("ApiKeyAuth changed from an X-API-Key header to http bearer: breaking; BearerAuth unchanged", () => {
    expect(summary(at("securitySchemes.ApiKeyAuth"))).toEqual([["scheme-changed", "securitySchemes.ApiKeyAuth", true, "apiKey in header X-API-Key"]]);
    expect(at("securitySchemes.ApiKeyAuth")[0]?.new).toBe("http bearer");
    expect(at("securitySchemes.BearerAuth")).toEqual([]);
  });

  it("Thread: uid made nullable and four new model values, all breaking (a response shape)", () => {
    const thread = diff.changes.filter((c) => c.location.startsWith("Thread."));
    expect(summary(thread)).toEqual([
      ["made-nullable", "Thread.uid", true, "string"],
      ["enum-value-added", "Thread.model", true, '"sonnet-4.5"'],
      ["enum-value-added", "Thread.model", true, '"haiku-4.5"'],
      ["enum-value-added", "Thread.model", true, '"gpt-5"'],
      ["enum-value-added", "Thread.model", true, '"gpt-5-codex"'],
    ]);
  });

  it("MongoDBConnectionRequest: host fields removed and connection_string required, all breaking (a request shape)", () => {
    const mongo = diff.changes.filter((c) => c.location.startsWith("MongoDBConnectionRequest."));
    expect(mongo.map((c) => [c.kind, c.location, c.breaking])).toEqual([
      ["field-required", "MongoDBConnectionRequest.connection_string", true],
      ["field-removed", "MongoDBConnectionRequest.database_name", true],
      ["field-removed", "MongoDBConnectionRequest.hostname", true],
      ["field-removed", "MongoDBConnectionRequest.password", true],
      ["field-removed", "MongoDBConnectionRequest.port", true],
      ["field-removed", "MongoDBConnectionRequest.username", true],
    ]);
  });

  it("CreateIframeLinkRequestRequest: removed rate-limit fields break; new optional fields and model values do not", () => {
    const iframe = diff.changes.filter((c) => c.location.startsWith("CreateIframeLinkRequestRequest."));
    expect(iframe.filter((c) => c.breaking).map((c) => [c.kind, c.location])).toEqual([
      ["field-removed", "CreateIframeLinkRequestRequest.ip_rate_limit_get_recommendations"],
      ["field-removed", "CreateIframeLinkRequestRequest.ip_rate_limit_send_message"],
      ["field-removed", "CreateIframeLinkRequestRequest.ip_rate_limit_window"],
    ]);
    expect(iframe.filter((c) => c.kind === "field-added" && !c.breaking).map((c) => c.location.split(".")[1])).toEqual([
      "limits",
      "response_mode",
      "show_dashboards",
      "show_sidebar",
      "theme",
      "theme_id",
    ]);
    expect(iframe.filter((c) => c.kind === "enum-value-added").map((c) => [c.new, c.breaking])).toEqual(
      ['"gpt-4.1"', '"gpt-5"', '"gpt-5-codex"', '"sonnet-4"', '"sonnet-4.5"', '"haiku-4.5"'].map((v) => [v, false]),
    );
  });

  it("the report says how a new response enum value is classified, and why", () => {
    expect(renderMarkdown(diff)).toMatch(/A new enum value in a response is breaking: the generated type is a closed union/);
  });
});
