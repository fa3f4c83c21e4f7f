import { describe, expect, it } from "vitest";
import { changesOf, INT, json, obj, op, ref, STR, type Json, type Spec } from "./helpers.js";

type Row = [label: string, before: Spec, after: Spec, want: [string, string, boolean][]];

/**
 * Thing travels only in responses, ThingRequest only in requests, Shared both ways (inside
 * ThingRequest and as the 201 body), Unused nowhere.
 */
const BASE: Json = {
  Thing: obj({ id: INT, note: STR }, ["id"]),
  ThingRequest: obj({ name: STR, note: STR, shared: ref("Shared") }, ["name"]),
  Shared: obj({ kind: { type: "string", enum: ["a", "b"] } }),
  Unused: obj({ x: STR }),
};

function api(schemas: Json): Spec {
  return {
    paths: {
      "/things": {
        get: op("things_list", {}, ref("Thing")),
        post: {
          operationId: "things_create",
          tags: ["things"],
          requestBody: { required: true, ...json(ref("ThingRequest")) },
          responses: { "201": { description: "", ...json(ref("Shared")) } },
        },
      },
    },
    schemas: { ...BASE, ...schemas },
  };
}

/** A row that changes one schema of BASE. */
function row(label: string, name: string, before: Json, after: Json, want: [string, string, boolean][]): Row {
  return [label, api({ [name]: before }), api({ [name]: after }), want];
}

const nullable = (schema: Json): Json => ({ ...schema, nullable: true });
const status = (values: string[]): Json => obj({ id: INT, status: { type: "string", enum: values } }, ["id"]);

describe("response fields (Thing)", () => {
  const rows: Row[] = [
    row("added: not breaking", "Thing", obj({ id: INT }, ["id"]), obj({ id: INT, extra: STR }, ["id"]), [["field-added", "Thing.extra", false]]),
    row("added as required: not breaking", "Thing", obj({ id: INT }, ["id"]), obj({ id: INT, extra: STR }, ["id", "extra"]), [["field-added", "Thing.extra", false]]),
    row("removed: breaking", "Thing", obj({ id: INT, note: STR }, ["id"]), obj({ id: INT }, ["id"]), [["field-removed", "Thing.note", true]]),
    row("made optional: breaking", "Thing", obj({ id: INT }, ["id"]), obj({ id: INT }), [["field-optional", "Thing.id", true]]),
    row("made required: not breaking", "Thing", obj({ id: INT, note: STR }, ["id"]), obj({ id: INT, note: STR }, ["id", "note"]), [["field-required", "Thing.note", false]]),
    row("retyped to an unrelated type: breaking", "Thing", obj({ id: INT }, ["id"]), obj({ id: STR }, ["id"]), [["retyped", "Thing.id", true]]),
    row("retyped wider (integer to number): breaking", "Thing", obj({ id: INT }, ["id"]), obj({ id: { type: "number" } }, ["id"]), [["retyped", "Thing.id", true]]),
    row("retyped narrower (number to integer): not breaking", "Thing", obj({ id: { type: "number" } }, ["id"]), obj({ id: INT }, ["id"]), [["retyped", "Thing.id", false]]),
    row("made nullable: breaking", "Thing", obj({ id: INT }, ["id"]), obj({ id: nullable(INT) }, ["id"]), [["made-nullable", "Thing.id", true]]),
    row("made non-nullable: not breaking", "Thing", obj({ id: nullable(INT) }, ["id"]), obj({ id: INT }, ["id"]), [["made-non-nullable", "Thing.id", false]]),
    row("enum value added: breaking (exhaustive client code)", "Thing", status(["a"]), status(["a", "b"]), [["enum-value-added", "Thing.status", true]]),
    row("enum value removed: not breaking", "Thing", status(["a", "b"]), status(["a"]), [["enum-value-removed", "Thing.status", false]]),
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});

describe("request fields (ThingRequest)", () => {
  const base = (extra: Json = {}, required = ["name"]) => obj({ name: STR, shared: ref("Shared"), ...extra }, required);
  const rows: Row[] = [
    row("optional added: not breaking", "ThingRequest", base(), base({ age: INT }), [["field-added", "ThingRequest.age", false]]),
    row("required added: breaking", "ThingRequest", base(), base({ age: INT }, ["name", "age"]), [["field-added", "ThingRequest.age", true]]),
    row("removed: breaking", "ThingRequest", base({ age: INT }), base(), [["field-removed", "ThingRequest.age", true]]),
    row("made required: breaking", "ThingRequest", base({ age: INT }), base({ age: INT }, ["name", "age"]), [["field-required", "ThingRequest.age", true]]),
    row("made optional: not breaking", "ThingRequest", base(), base({}, []), [["field-optional", "ThingRequest.name", false]]),
    row("retyped wider (integer to number): not breaking", "ThingRequest", base({ age: INT }), base({ age: { type: "number" } }), [["retyped", "ThingRequest.age", false]]),
    row("retyped narrower (string to an enum): breaking", "ThingRequest", base(), obj({ name: { type: "string", enum: ["x"] }, shared: ref("Shared") }, ["name"]), [["retyped", "ThingRequest.name", true]]),
    row("made nullable: not breaking", "ThingRequest", base({ age: INT }), base({ age: nullable(INT) }), [["made-nullable", "ThingRequest.age", false]]),
    row("made non-nullable: breaking", "ThingRequest", base({ age: nullable(INT) }), base({ age: INT }), [["made-non-nullable", "ThingRequest.age", true]]),
    row("enum value added: not breaking", "ThingRequest", base({ mode: { type: "string", enum: ["a"] } }), base({ mode: { type: "string", enum: ["a", "b"] } }), [["enum-value-added", "ThingRequest.mode", false]]),
    row("enum value removed: breaking", "ThingRequest", base({ mode: { type: "string", enum: ["a", "b"] } }), base({ mode: { type: "string", enum: ["a"] } }), [["enum-value-removed", "ThingRequest.mode", true]]),
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});

describe("schemas used both ways, nowhere, added and removed", () => {
  const shared = (values: string[]) => obj({ kind: { type: "string", enum: values } });
  const rows: Row[] = [
    row("both ways, enum value added: breaking (the response rule)", "Shared", shared(["a"]), shared(["a", "b"]), [["enum-value-added", "Shared.kind", true]]),
    row("both ways, enum value removed: breaking (the request rule)", "Shared", shared(["a", "b"]), shared(["a"]), [["enum-value-removed", "Shared.kind", true]]),
    row("unused, field removed: not breaking", "Unused", obj({ x: STR }), obj({}), [["field-removed", "Unused.x", false]]),
    ["schema added: not breaking", api({}), { ...api({}), schemas: { ...BASE, Extra: obj({ y: STR }) } }, [["type-added", "Extra", false]]],
    ["schema removed: breaking", { ...api({}), schemas: { ...BASE, Extra: obj({ y: STR }) } }, api({}), [["type-removed", "Extra", true]]],
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});

describe("structure: references, arrays, unions, extra keys", () => {
  const rows: Row[] = [
    row("array items are located with []", "Thing", obj({ tags: { type: "array", items: { enum: ["a"] } } }), obj({ tags: { type: "array", items: { enum: ["a", "b"] } } }), [["enum-value-added", "Thing.tags[]", true]]),
    row("extra keys are located with .*", "Thing", obj({ meta: { type: "object", additionalProperties: INT } }), obj({ meta: { type: "object", additionalProperties: STR } }), [["retyped", "Thing.meta.*", true]]),
    row(
      "drf-spectacular's Enum | BlankEnum | NullEnum compares as one enum",
      "Thing",
      obj({ level: { oneOf: [{ enum: ["lo", "hi"] }, { enum: [""] }, { enum: [null] }] } }),
      obj({ level: { oneOf: [{ enum: ["lo", "hi", "max"] }, { enum: [""] }, { enum: [null] }] } }),
      [["enum-value-added", "Thing.level", true]],
    ),
    row("a changed union is retyped", "Thing", obj({ v: { oneOf: [STR, INT] } }), obj({ v: { oneOf: [STR, { type: "boolean" }] } }), [["retyped", "Thing.v", true]]),
    row("a union gaining a variant: breaking in a response", "Thing", obj({ v: { oneOf: [STR, INT] } }), obj({ v: { oneOf: [STR, INT, { type: "boolean" }] } }), [["retyped", "Thing.v", true]]),
    row("a union losing a variant: not breaking in a response", "Thing", obj({ v: { oneOf: [STR, INT, { type: "boolean" }] } }), obj({ v: { oneOf: [STR, INT] } }), [["retyped", "Thing.v", false]]),
    [
      "a reference to an identical schema under another name: no field change",
      api({ Other: obj({ kind: { type: "string", enum: ["a", "b"] } }) }),
      api({ Other: obj({ kind: { type: "string", enum: ["a", "b"] } }), ThingRequest: obj({ name: STR, note: STR, shared: ref("Other") }, ["name"]) }),
      [],
    ],
    [
      "a reference to a different schema under another name: compared by structure at the field",
      api({ Other: obj({ kind: { type: "string", enum: ["a"] } }) }),
      api({ Other: obj({ kind: { type: "string", enum: ["a"] } }), ThingRequest: obj({ name: STR, note: STR, shared: ref("Other") }, ["name"]) }),
      [["enum-value-removed", "ThingRequest.shared.kind", true]],
    ],
    [
      "recursive schemas under new names terminate, each difference reported once",
      api({ Node: obj({ next: ref("Node"), v: STR }), Thing: obj({ root: ref("Node") }) }),
      api({ Node: obj({ next: ref("Node"), v: STR }), Node2: obj({ next: ref("Node2"), v: INT }), Thing: obj({ root: ref("Node2") }) }),
      [["type-added", "Node2", false], ["retyped", "Thing.root.v", true]],
    ],
    row("format and length constraints are not client-visible types", "Thing", obj({ at: { type: "string", format: "date" } }), obj({ at: { type: "string", format: "date-time", maxLength: 9 } }), []),
  ];
  it.each(rows)("%s", (_label, before, after, want) => expect(changesOf(before, after)).toEqual(want));
});
