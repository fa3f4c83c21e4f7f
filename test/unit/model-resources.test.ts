import { describe, expect, it } from "vitest";
import { build, buildError, document, OK_EMPTY } from "./model-helpers.js";

const get = (operationId: string, tag: string) => ({ get: { operationId, tags: [tag], responses: OK_EMPTY } });

describe("resources", () => {
  it("merges tags that spell one resource differently", () => {
    const model = build(document({ paths: { "/a": get("kb_list", "knowledge-base"), "/b": get("kb_create", "knowledge_base") } }));
    expect(model.resources.map((r) => [r.property, r.className, r.operations.map((o) => o.operationId)])).toEqual([
      ["knowledgeBase", "KnowledgeBaseResource", ["kb_list", "kb_create"]],
    ]);
  });

  it("never lets a resource shadow a member of the client; the transport's names are free", () => {
    const model = build(document({ paths: { "/a": get("request_list", "request"), "/b": get("timeout_get", "timeout"), "/c": get("with_options_get", "withOptions") } }));
    expect(model.resources.map((r) => r.property)).toEqual(["request", "timeout", "withOptions_"]);
  });

  it("a resource class named like a schema becomes <Name>Operations; a schema named like that too is an error naming both", () => {
    const model = build(document({ paths: { "/a": get("pets_list", "pets") }, schemas: { PetsResource: { type: "string" } } }));
    expect(model.resources.map((r) => [r.property, r.className])).toEqual([["pets", "PetsOperations"]]);
    const error = buildError(document({ paths: { "/a": get("pets_list", "pets") }, schemas: { PetsResource: { type: "string" }, PetsOperations: { type: "string" } } }));
    expect(error.message).toMatch(/schema PetsOperations \(#\/components\/schemas\/PetsOperations\) clashes with the generated class PetsOperations/);
  });

  it("groups untagged operations by the first path segment that is not a version or `api`", () => {
    const untagged = (operationId: string) => ({ get: { operationId, responses: OK_EMPTY } });
    const model = build(document({ paths: { "/2.0/users/{id}": untagged("user_get"), "/api/v1/teams": untagged("teams_list"), "/v2/2fa": untagged("tfa_get") } }));
    expect(model.resources.map((r) => [r.property, r.className])).toEqual([
      ["_2Fa", "_2FaResource"],
      ["teams", "TeamsResource"],
      ["users", "UsersResource"],
    ]);
  });
});
