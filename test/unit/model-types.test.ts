import { describe, expect, it } from "vitest";
import { STRING, build, buildError, document, namedType, object, op, operation, prop, ref } from "./model-helpers.js";

const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const escape = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
const $ref = (name: string) => ({ $ref: `#/components/schemas/${escape(name)}` });

const USER = {
  type: "object",
  required: ["id", "name"],
  properties: {
    id: { type: "integer", readOnly: true },
    name: { type: "string" },
    password: { type: "string", writeOnly: true },
  },
};
const ID = prop("id", { kind: "number", integer: true }, { required: true, readOnly: true });
const NAME = prop("name", STRING, { required: true });
const PASSWORD = prop("password", STRING, { writeOnly: true });

/** Paths that use `name` as a request body, a response body, or both. */
function usedAs(name: string, how: "request" | "response" | "both") {
  const post = { operationId: "things_create", requestBody: json($ref(name)), responses: { "201": { description: "" } } };
  const get = { operationId: "things_list", responses: { "200": json($ref(name)) } };
  if (how === "request") return op("/things", "post", post);
  if (how === "response") return op("/things", "get", get);
  return { "/things": { post, get } };
}

describe("readOnly / writeOnly forms", () => {
  it.each<[string, "request" | "response" | "both", [string, string, unknown][]]>([
    ["response only: writeOnly dropped", "response", [["User", "response", object([ID, NAME])]]],
    ["request only: readOnly dropped", "request", [["User", "request", object([NAME, PASSWORD])]]],
    [
      "both ways: a response form and a <Name>Writable request form",
      "both",
      [
        ["User", "response", object([ID, NAME])],
        ["UserWritable", "request", object([NAME, PASSWORD])],
      ],
    ],
  ])("%s", (_label, how, want) => {
    const model = build(document({ schemas: { User: USER }, paths: usedAs("User", how) }));
    expect(model.types.map((t) => [t.name, t.direction, t.schema])).toEqual(want);
    expect(model.types.every((t) => t.pointer === "#/components/schemas/User")).toBe(true);
  });

  it("a property whose $ref names a readOnly or writeOnly schema is read-only or write-only (apideck.com's shared Id)", () => {
    const schemas = {
      Id: { type: "string", readOnly: true },
      Secret: { type: "string", writeOnly: true },
      Drive: { type: "object", required: ["id", "name"], properties: { id: $ref("Id"), name: { type: "string" }, key: $ref("Secret") } },
    };
    const model = build(document({ schemas, paths: usedAs("Drive", "both") }));
    const names = (type: string) => {
      const schema = namedType(model, type).schema;
      return schema.kind === "object" ? schema.properties.map((p) => `${p.wireName}${p.required ? "" : "?"}`) : schema.kind;
    };
    expect(names("Drive")).toEqual(["id", "name"]);
    expect(names("DriveWritable")).toEqual(["name", "key?"]);
  });

  it("operations refer to the form of their direction", () => {
    const model = build(document({ schemas: { User: USER }, paths: usedAs("User", "both") }));
    expect(operation(model, "things_create").body?.schema).toEqual(ref("UserWritable"));
    expect(operation(model, "things_list").success[0]?.schema).toEqual(ref("User"));
  });

  it("a schema without readOnly/writeOnly used both ways has one form", () => {
    const model = build(document({ schemas: { Plain: { type: "object", properties: { a: { type: "string" } } } }, paths: usedAs("Plain", "both") }));
    expect(model.types.map((t) => t.name)).toEqual(["Plain"]);
    expect(operation(model, "things_create").body?.schema).toEqual(ref("Plain"));
  });

  it("directional-ness propagates through references and inline bodies", () => {
    const model = build(
      document({
        schemas: { User: USER, Team: { type: "object", properties: { owner: $ref("User"), members: { type: "array", items: $ref("User") } } } },
        paths: {
          "/teams": {
            post: { operationId: "teams_create", requestBody: json({ type: "object", properties: { team: $ref("Team") } }), responses: { "204": { description: "" } } },
            get: { operationId: "teams_get", responses: { "200": json($ref("Team")) } },
          },
        },
      }),
    );
    expect(model.types.map((t) => t.name)).toEqual(["Team", "TeamWritable", "TeamsCreateBody", "User", "UserWritable"]);
    expect(namedType(model, "TeamWritable").schema).toEqual(
      object([prop("owner", ref("UserWritable")), prop("members", { kind: "array", items: ref("UserWritable") })]),
    );
    expect(namedType(model, "Team").schema).toEqual(object([prop("owner", ref("User")), prop("members", { kind: "array", items: ref("User") })]));
    expect(namedType(model, "TeamsCreateBody").schema).toEqual(object([prop("team", ref("TeamWritable"))]));
  });

  it("discriminator mappings follow the type names", () => {
    const model = build(
      document({
        schemas: {
          "my-cat": { type: "object", properties: { kind: { type: "string" } } },
          Pet: { oneOf: [$ref("my-cat")], discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/my-cat" } } },
        },
      }),
    );
    expect(namedType(model, "Pet").schema).toEqual({
      kind: "union",
      variants: [ref("MyCat")],
      exclusive: true,
      discriminator: { property: "kind", mapping: { cat: "MyCat" } },
    });
  });
});

describe("type names", () => {
  it.each([
    ["my-type", "MyType"],
    ["Blob", "BlobSchema"],
    ["APIError", "APIErrorSchema"],
    ["class", "class_"],
    ["v1/a~b", "V1AB"],
  ])("component %j is exported as %s, refs renamed too", (key, name) => {
    const model = build(document({ schemas: { [key]: { type: "string" }, Holder: { type: "object", properties: { x: $ref(key) } } } }));
    const type = namedType(model, name);
    expect([type.pointer, type.guardName, type.assertName]).toEqual([`#/components/schemas/${escape(key)}`, `is${name[0]?.toUpperCase()}${name.slice(1)}`, `assert${name[0]?.toUpperCase()}${name.slice(1)}`]);
    expect(namedType(model, "Holder").schema).toEqual(object([prop("x", ref(name))]));
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["my-type vs MyType", { "my-type": { type: "string" }, MyType: { type: "string" } }, "my-type", "my_type"],
    ["Blob vs BlobSchema", { Blob: { type: "string" }, BlobSchema: { type: "string" } }, "Blob", "BlobSchema2"],
  ])("%s -> the schema not named so is spelt from its key, with a warning", (_label, schemas, key, want) => {
    const model = build(document({ schemas }));
    expect(model.types.find((t) => t.pointer === `#/components/schemas/${key}`)?.name).toBe(want);
    expect(model.diagnostics.filter((d) => d.code === "type-name-derived").map((d) => d.pointer)).toEqual([`#/components/schemas/${key}`]);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string[]]>([
    ["User's Writable form vs a UserWritable component", { User: USER, UserWritable: { type: "string" } }, usedAs("User", "both"), ["#/components/schemas/User", "#/components/schemas/UserWritable"]],
  ])("%s -> ModelError naming both pointers", (_label, schemas, paths, pointers) => {
    const error = buildError(document({ schemas, paths }));
    expect(error.diagnostics.filter((d) => d.severity === "error").map((d) => d.code)).toContain("type-name-collision");
    for (const pointer of pointers) expect(error.message).toContain(pointer);
  });
});

describe("document info", () => {
  it.each([
    ["camelAI API", undefined, "CamelAI", "CAMELAI_API_KEY"],
    ["camelAI API", "Camel", "Camel", "CAMEL_API_KEY"],
    ["Swagger Petstore", undefined, "SwaggerPetstore", "SWAGGERPETSTORE_API_KEY"],
  ])("title %j with name %j -> %s / %s", (title, name, clientName, envVar) => {
    const doc = { ...document(), info: { title, version: "0.1", description: " A test. " }, servers: [{ url: "https://{host}/v1", variables: { host: { default: "api.example.com" } } }] };
    const model = build(doc, name === undefined ? {} : { name });
    expect([model.clientName, model.apiKeyEnvVar, model.title, model.version, model.description, model.servers]).toEqual([
      clientName,
      envVar,
      title,
      "0.1",
      "A test.",
      ["https://api.example.com/v1"],
    ]);
  });
});
