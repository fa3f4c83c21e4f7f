import { describe, expect, it } from "vitest";
import { operationArguments } from "../../src/emit/operation-signature.js";
import { signatureTypeNames } from "../../src/emit/imports.js";
import { build, document, op, operation } from "./model-helpers.js";

// A path parameter whose schema is a `$ref` (GitHub's `alert_number`, an integer) is typed by that
// name, a scalar or not (an object is written in the parameter's style), and the file imports it.
describe("path parameters that name their schema", () => {
  const model = build(
    document({
      paths: op("/alerts/{alert_number}/{owner}/{shape}", "get", {
        operationId: "alerts_get",
        parameters: [
          { name: "alert_number", in: "path", required: true, schema: { $ref: "#/components/schemas/AlertNumber" } },
          { name: "owner", in: "path", required: true, schema: { $ref: "#/components/schemas/Owner" } },
          { name: "shape", in: "path", required: true, schema: { $ref: "#/components/schemas/Shape" } },
        ],
        responses: { "204": { description: "none" } },
      }),
      schemas: {
        AlertNumber: { type: "integer" },
        Owner: { $ref: "#/components/schemas/Login" },
        Login: { type: "string", enum: ["a", "b"] },
        Shape: { type: "object", properties: { x: { type: "integer" } } },
      },
    }),
  );
  const alerts = operation(model, "alerts_get");

  it.each([
    ["alertNumber", "AlertNumber"],
    ["owner", "Owner"],
    ["shape", "Shape"],
  ])("%s is typed %s", (name, want) => {
    const arg = operationArguments(alerts).find((a) => a.name === name);
    expect(arg?.type).toBe(want);
  });

  it("imports exactly the names the signature uses", () => {
    expect(signatureTypeNames(alerts).sort()).toEqual(["AlertNumber", "Owner", "Shape"]);
  });
});
