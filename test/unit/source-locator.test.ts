import { describe, expect, it } from "vitest";
import { sourceLocator } from "../../src/load/source-locator.js";

const JSON_TEXT = '{\n  "paths": {\n    "/a/{id}": {\n      "get": { "parameters": [ {"name": "id"},\n        {"name": "q"} ] }\n    }\n  },\n  "x~y": 1\n}';

const YAML_TEXT = [
  "openapi: 3.0.3",
  "paths:",
  "  /a/{id}:",
  "    get:",
  "      parameters:",
  "        - name: id",
  "        - { name: q, in: query }",
  "      responses:",
  "        200: { description: ok }",
  "        '404':",
  "          description: gone",
  "components:",
  "  schemas:",
  "    Base: &base",
  "      type: object",
  "      properties: { a: { type: string } }",
  "    Derived:",
  "      <<: *base",
  "      required: [a]",
  "    Copy: *base",
].join("\n");

describe("sourceLocator on JSON: where a pointer's member key or item starts (pointer -> line:column)", () => {
  const locate = sourceLocator(() => JSON_TEXT, true);
  it.each([
    ["#/paths", "2:3"],
    ["#/paths/~1a~1{id}", "3:5"],
    ["#/paths/~1a~1{id}/get/parameters", "4:16"],
    ["#/paths/~1a~1{id}/get/parameters/0", "4:32"],
    ["#/paths/~1a~1{id}/get/parameters/1/name", "5:10"],
    ["#/x~0y", "8:3"],
  ])("%s -> %s", (pointer, want) => {
    const at = locate(pointer);
    expect(at && `${at.line}:${at.column}`).toBe(want);
  });

  it.each(["#", "#/nothing", "#/paths/~1a~1{id}/get/parameters/2", "#/paths/~1a~1{id}/get/parameters/01", "#/paths/~1a~1{id}/get/parameters/0/name/x", "https://x/#/paths"])(
    "%s is not in the text: no place",
    (pointer) => {
      expect(locate(pointer)).toBeUndefined();
    },
  );
});

describe("sourceLocator on YAML: keys of any scalar type, flow collections, aliases and merge keys", () => {
  const locate = sourceLocator(() => YAML_TEXT, false);
  it.each([
    ["#/openapi", "1:1"],
    ["#/paths/~1a~1{id}/get/parameters/0", "6:11"],
    ["#/paths/~1a~1{id}/get/parameters/1/in", "7:22"],
    ["#/paths/~1a~1{id}/get/responses/200/description", "9:16"],
    ["#/paths/~1a~1{id}/get/responses/404/description", "11:11"],
    ["#/components/schemas/Derived/required", "19:7"],
    // Reached through the merge key or the alias, the text is the base's.
    ["#/components/schemas/Derived/properties/a", "16:21"],
    ["#/components/schemas/Copy/type", "15:7"],
  ])("%s -> %s", (pointer, want) => {
    const at = locate(pointer);
    expect(at && `${at.line}:${at.column}`).toBe(want);
  });

  it.each(["#/components/schemas/Derived/properties/b", "#/paths/~1a~1{id}/get/parameters/2", "#/openapi/x"])("%s is not in the text: no place", (pointer) => {
    expect(locate(pointer)).toBeUndefined();
  });

  it("reads the text only when first asked", () => {
    let reads = 0;
    const lazy = sourceLocator(() => {
      reads += 1;
      return YAML_TEXT;
    }, false);
    expect(reads).toBe(0);
    lazy("#/openapi");
    lazy("#/paths");
    expect(reads).toBe(2);
  });
});
