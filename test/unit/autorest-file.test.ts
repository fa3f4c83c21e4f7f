import { describe, expect, it } from "vitest";
import { build, document, namedType, op, operation, OK_EMPTY } from "./model-helpers.js";

// AutoRest's stream, as Azure's Computer Vision document declares its image upload and appcenter.ms a download.
const FILE = { type: "object", format: "file" };

describe("AutoRest's `type: object, format: file` is bytes", () => {
  it("a request body of it is bytes, in every media type it is offered in", () => {
    const content = { "application/octet-stream": { schema: FILE }, "multipart/form-data": { schema: FILE } };
    const model = build(document({ paths: op("/analyze", "post", { operationId: "analyze", requestBody: { required: true, content }, responses: OK_EMPTY }) }));
    expect(operation(model, "analyze").body?.schema).toEqual({ kind: "ref", name: "AnalyzeBody" });
    expect(namedType(model, "AnalyzeBody").schema).toEqual({ kind: "binary", text: {} });
  });

  it("a response of it is read as bytes, even under a JSON media type", () => {
    const responses = { "200": { description: "", content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorDownload" } } } } };
    const model = build(document({ schemas: { ErrorDownload: FILE }, paths: op("/errors", "get", { operationId: "download", responses }) }));
    expect(operation(model, "download").success[0]?.kind).toBe("blob");
    expect(namedType(model, "ErrorDownload").schema.kind).toBe("binary");
  });

  it("an object with properties is an object, whatever its format", () => {
    const schema = { type: "object", format: "file", properties: { name: { type: "string" } } };
    const model = build(document({ schemas: { Named: schema } }));
    expect(namedType(model, "Named").schema.kind).toBe("object");
  });
});
