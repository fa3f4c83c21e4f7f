import { describe, expect, it } from "vitest";
import { build, document } from "./model-helpers.js";

const header = (name: string) => ({ name, in: "header", required: true, schema: { type: "string" } });

describe("header parameters OpenAPI 3 says to ignore, and those of the connection itself", () => {
  const model = build(
    document({
      paths: {
        "/items": {
          get: {
            operationId: "listItems",
            parameters: [header("Authorization"), header("Accept"), header("Content-Type"), header("X-Trace"), header("Content-Length"), header("Transfer-Encoding"), header("Cookie")],
            responses: { "200": { description: "ok" } },
          },
        },
      },
    }),
  );
  const operation = model.resources.flatMap((r) => r.operations).find((o) => o.operationId === "listItems");
  const warnings = model.diagnostics.filter((d) => d.code === "ignored-header-parameter");

  it("leave the operation's parameters", () => {
    expect(operation?.params.map((p) => p.wireName)).toEqual(["X-Trace", "Cookie"]);
  });

  it("each say where the value comes from instead", () => {
    expect(warnings.map((d) => [d.pointer, d.message])).toEqual([
      ["#/paths/~1items/get/parameters/0", 'header parameter "Authorization" is ignored, as OpenAPI 3 says; credentials are sent by the security schemes, or pass it in `defaultHeaders`'],
      ["#/paths/~1items/get/parameters/1", 'header parameter "Accept" is ignored, as OpenAPI 3 says; the client sets it from the operation\'s media types'],
      ["#/paths/~1items/get/parameters/2", 'header parameter "Content-Type" is ignored, as OpenAPI 3 says; the client sets it from the operation\'s media types'],
      ["#/paths/~1items/get/parameters/4", 'header parameter "Content-Length" is ignored; fetch sets the connection\'s own headers, and refuses or drops a given one'],
      ["#/paths/~1items/get/parameters/5", 'header parameter "Transfer-Encoding" is ignored; fetch sets the connection\'s own headers, and refuses or drops a given one'],
    ]);
  });
});

describe("a shared header parameter that is ignored", () => {
  it("is reported once, at the component every operation refers to (PagerDuty's header_Accept)", () => {
    const accept = { $ref: "#/components/parameters/header_Accept" };
    const get = (operationId: string) => ({ get: { operationId, parameters: [accept], responses: { "200": { description: "ok" } } } });
    const model = build(
      document({
        paths: { "/a": get("a_list"), "/b": get("b_list") },
        extra: { components: { parameters: { header_Accept: header("Accept") } } },
      }),
    );
    expect(model.diagnostics.filter((d) => d.code === "ignored-header-parameter").map((d) => d.pointer)).toEqual(["#/components/parameters/header_Accept"]);
  });
});
