import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel, type ModelOptions } from "../../src/model/build-model.js";
import { spelledTypeName } from "../../src/model/names.js";
import { REPO } from "../helpers/run-cli.js";
import { build, buildError, document, ref } from "./model-helpers.js";

const FIXTURE = join(REPO, "fixtures/cases/name-collisions.yaml");

async function model(options: ModelOptions = {}) {
  return buildModel((await loadSpec(FIXTURE)).document, options);
}

const named = (m: Awaited<ReturnType<typeof model>>) =>
  m.resources.flatMap((r) => r.operations.map((op) => `${op.path} ${op.httpMethod} -> ${r.property}.${op.method} / ${op.fnName}`)).sort();

describe("valid input whose names meet gets distinct names, with a warning for each derived one", () => {
  it("operationIds create_ and create, and two operations without operationId at /db-reset and /db/reset", async () => {
    const m = await model();
    expect(named(m)).toEqual([
      "/db-reset POST -> dbReset.postDbReset / postDbReset",
      "/db/reset POST -> db.postDbResetPost / postDbResetPost",
      "/things GET -> things.createGet / createGet",
      "/things POST -> things.create / create",
    ]);
    expect(m.diagnostics.filter((d) => d.code === "operation-name-derived").map((d) => d.pointer).sort()).toEqual([
      "#/paths/~1db~1reset/post",
      "#/paths/~1things/get",
    ]);
  });

  it("schemas Event.created and EventCreated: the one named so keeps the name, the other is spelt from its key", async () => {
    const m = await model();
    expect(m.types.map((t) => t.name).sort()).toEqual(["EventCreated", "Event_created"]);
    expect(m.types.find((t) => t.name === "Event_created")?.pointer).toBe("#/components/schemas/Event.created");
    expect(m.diagnostics.filter((d) => d.code === "type-name-derived").map((d) => d.pointer)).toEqual(["#/components/schemas/Event.created"]);
  });

  it("operationIds that differ only in case name their inline shapes after their functions (clicksend.com's rules)", () => {
    const create = (operationId: string) => ({
      post: {
        operationId,
        tags: ["rules"],
        requestBody: { content: { "application/json": { schema: { type: "object", properties: { name: { type: "string" } } } } } },
        responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object", properties: { id: { type: "integer" } } } } } } },
      },
    });
    const m = build(document({ paths: { "/sms/rules": create("Create a new rule"), "/fax/rules": create("Create a New Rule") } }));
    const bodies = m.resources.flatMap((r) => r.operations.map((op) => [op.operationId, op.fnName, op.body?.schema, op.success[0]?.schema]));
    expect(bodies).toEqual([
      ["Create a new rule", "createANewRulePost", ref("CreateANewRulePostBody"), ref("CreateANewRulePostResponse")],
      ["Create a New Rule", "createANewRule", ref("CreateANewRuleBody"), ref("CreateANewRuleResponse")],
    ]);
    expect(m.types.map((t) => t.name).sort()).toEqual(["CreateANewRuleBody", "CreateANewRulePostBody", "CreateANewRulePostResponse", "CreateANewRuleResponse"]);
  });

  it("an inline shape named like a runtime export takes `Inline` after its name (synq.fm's operation `stream` beside the runtime's `StreamBody`)", () => {
    const body = { content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" } } } } } };
    const m = build(document({ paths: { "/stream": { post: { operationId: "stream", requestBody: body, responses: { "204": { description: "ok" } } } } } }));
    expect(m.types.map((t) => t.name)).toEqual(["StreamBodyInline"]);
    expect(m.resources[0]?.operations[0]?.body?.schema).toEqual(ref("StreamBodyInline"));
  });

  it("--strict refuses them, naming each", async () => {
    await expect(model({ strict: true })).rejects.toThrow(/operation-name-derived[\s\S]*type-name-derived|type-name-derived[\s\S]*operation-name-derived/);
  });

  it("the generated client compiles its own names: each function and type is exported once", async () => {
    const { files } = await generate({ input: FIXTURE });
    const index = files.find((f) => f.path === "operations.ts")?.contents ?? "";
    for (const fn of ["postDbReset", "postDbResetPost", "createGet", "create"]) expect(index).toMatch(new RegExp(`\\b${fn}\\b`));
  });
});

describe("the config's overrides", () => {
  it("names renames the method and the flat function", async () => {
    const m = await model({ names: { create_: "find" } });
    expect(named(m)).toContain("/things GET -> things.find / thingsFind");
    expect(m.diagnostics.some((d) => d.code === "operation-name-derived" && d.pointer === "#/paths/~1things/get")).toBe(false);
  });

  it("typeNames renames a schema's type and its helpers; the other schema keeps its name", async () => {
    const m = await model({ typeNames: { "Event.created": "EventWasCreated" } });
    const type = m.types.find((t) => t.pointer === "#/components/schemas/Event.created");
    expect(type).toMatchObject({ name: "EventWasCreated", guardName: "isEventWasCreated", validateName: "validateEventWasCreated" });
    expect(m.types.map((t) => t.name).sort()).toEqual(["EventCreated", "EventWasCreated"]);
    expect(m.diagnostics.some((d) => d.code === "type-name-derived")).toBe(false);
  });

  it("a typeNames value that cannot name a type is an error naming the key", () => {
    for (const bad of ["1Event", "Promise", "type", "a-b"]) {
      const error = buildError(document({ schemas: { Event: { type: "object" } } }), { typeNames: { Event: bad } });
      expect(error.diagnostics).toContainEqual(expect.objectContaining({ code: "invalid-name-override", pointer: "#/components/schemas/Event" }));
    }
  });

  it("two configured type names that meet stay an error", () => {
    const error = buildError(document({ schemas: { A: { type: "object" }, B: { type: "string" } } }), { typeNames: { A: "Same", B: "Same" } });
    expect(error.diagnostics.map((d) => d.code)).toContain("type-name-collision");
  });
});

describe("spelledTypeName", () => {
  it.each([
    ["Event.created", "Event_created"],
    ["event-created", "event_created"],
    ["a b", "a_b"],
    ["9lives", "_9lives"],
    ["Promise", "PromiseSchema"],
  ])("%s -> %s", (given, want) => {
    expect(spelledTypeName(given)).toBe(want);
  });
});
