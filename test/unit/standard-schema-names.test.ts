/**
 * The name of each type's Standard Schema object: given -> want for the naming rule, and the
 * collisions the model repairs (another type lowering to the same name, a schema or a function
 * already using it) or reports.
 */
import { describe, expect, it } from "vitest";
import { standardSchemaName } from "../../src/model/names.js";
import { OK_EMPTY, build, buildError, document, op } from "./model-helpers.js";

describe("standardSchemaName", () => {
  it.each([
    ["Connection", "connectionSchema"],
    ["AddConnectionRequestRequest", "addConnectionRequestRequestSchema"],
    ["JWKSResponse", "jwksResponseSchema"],
    ["MSSQLConnectionRequest", "mssqlConnectionRequestSchema"],
    ["STSErrorResponse400", "stsErrorResponse400Schema"],
    ["JWKS", "jwksSchema"],
    ["STS2", "sts2Schema"],
    ["A", "aSchema"],
    ["AB_c", "ab_cSchema"],
    ["accountRules", "accountRulesSchema"],
    ["default_", "default_Schema"],
    ["_123Abc", "_123AbcSchema"],
    ["$Ref", "$RefSchema"],
    ["BlobSchema", "blobSchemaSchema"],
    ["ÉLément", "éLémentSchema"],
    ["Ünïcödé", "ünïcödéSchema"],
    ["名前", "名前Schema"],
  ])("%j -> %j", (given, want) => {
    expect(standardSchemaName(given)).toBe(want);
  });
});

describe("Standard Schema names in the model", () => {
  const names = (schemas: Record<string, unknown>) => build(document({ schemas })).types.map((t) => [t.name, t.standardSchemaName]);

  it("every type gets its own, beside its guards", () => {
    expect(names({ Connection: { type: "object" }, JWKS: { type: "string" } })).toEqual([
      ["Connection", "connectionSchema"],
      ["JWKS", "jwksSchema"],
    ]);
  });

  it("types lowering to one name are spelt as they are", () => {
    expect(names({ accountRules: { type: "string" }, AccountRules: { type: "integer" }, JWKS: { type: "string" }, Jwks: { type: "string" } })).toEqual([
      ["AccountRules", "AccountRulesSchema"],
      ["JWKS", "JWKSSchema"],
      ["Jwks", "JwksSchema"],
      ["accountRules", "accountRulesSchema"],
    ]);
  });

  it("a schema named like another type's object keeps its name; the object is spelt from its type", () => {
    expect(names({ Connection: { type: "object" }, connectionSchema: { type: "string" } })).toEqual([
      ["Connection", "ConnectionSchema"],
      ["connectionSchema", "connectionSchemaSchema"],
    ]);
  });

  it("where the type's own spelling is taken too, the object is <Name>StandardSchema", () => {
    expect(names({ connection: { type: "object" }, connectionSchema: { type: "string" } })).toEqual([
      ["connection", "connectionStandardSchema"],
      ["connectionSchema", "connectionSchemaSchema"],
    ]);
  });

  it("a name still taken after that is a type-name-collision naming both schemas", () => {
    const error = buildError(document({ schemas: { connection: { type: "object" }, connectionSchema: { type: "string" }, connectionStandardSchema: { type: "string" } } }));
    expect(error.diagnostics.map((d) => d.code)).toContain("type-name-collision");
    expect(error.message).toContain("connectionSchema (#/components/schemas/connectionSchema) and connection (#/components/schemas/connection) both map to the name connectionSchema");
  });

  it("a flat function named like an object gets the Operation suffix; the method keeps its name", () => {
    const model = build(
      document({
        schemas: { Connection: { type: "object" } },
        paths: op("/c", "get", { operationId: "connectionSchema", tags: ["meta"], responses: OK_EMPTY }),
      }),
    );
    expect(model.resources[0]?.operations.map((o) => [o.method, o.fnName])).toEqual([["connectionSchema", "connectionSchemaOperation"]]);
  });

  it("a client named like an object (--name) is a name-collision", () => {
    const doc = document({ schemas: { Hoot: { type: "object" } } });
    expect(buildError(doc, { name: "hootSchema" }).diagnostics.map((d) => d.code)).toContain("name-collision");
    expect(build(doc, { name: "HootSchema" }).clientName).toBe("HootSchema");
  });
});
