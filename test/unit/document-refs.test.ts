import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../src/load/load-spec.js";
import { documentRefs } from "../../src/model/document-refs.js";
import { tempDir } from "../helpers/run-cli.js";

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => void (work = await tempDir()));
afterAll(async () => work.remove());

const sorted = (refs: ReadonlySet<string>) => [...refs].sort();

describe("documentRefs (given -> want)", () => {
  it("keyword objects' references are in both sets; a named map's `$ref` key only in `all`; data values' in neither", () => {
    const document = {
      paths: { "/a": { get: { responses: { 200: { $ref: "#/components/responses/R" } } } } },
      components: {
        schemas: {
          A: { properties: { p: { $ref: "#/components/schemas/B" } }, example: { $ref: "example.yaml" }, "x-note": { $ref: "#/x" } },
          B: { discriminator: { propertyName: "k", mapping: { $ref: "#/components/schemas/A" } } },
        },
        examples: { E: { value: { $ref: "data.yaml" } } },
      },
    };
    const refs = documentRefs(document);
    expect(sorted(refs.keywords)).toEqual(["#/components/responses/R", "#/components/schemas/B"]);
    expect(sorted(refs.all)).toEqual(["#/components/responses/R", "#/components/schemas/A", "#/components/schemas/B"]);
  });

  it("answers for the document object it was given; an equal copy is walked on its own", () => {
    const document = { components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: {} } } };
    expect(documentRefs(document)).toBe(documentRefs(document));
    expect(documentRefs(structuredClone(document))).not.toBe(documentRefs(document));
    expect(documentRefs(structuredClone(document))).toEqual(documentRefs(document));
  });
});

describe("loadSpec of a document whose references are all internal", () => {
  const base = { openapi: "3.0.3", info: { title: "T", version: "1" }, paths: {} };

  it("returns it as parsed, data values quoting `$ref` included", async () => {
    const document = {
      ...base,
      components: { schemas: { A: { type: "object", example: { $ref: "other.yaml" } }, B: { $ref: "#/components/schemas/A" } } },
    };
    await writeFile(join(work.path, "plain.json"), JSON.stringify(document));
    const loaded = await loadSpec(join(work.path, "plain.json"));
    expect(loaded.document).toEqual(document);
    expect(loaded.diagnostics).toEqual([]);
  });

  it("still rewrites a reference whose path runs through another reference", async () => {
    const document = {
      ...base,
      components: {
        schemas: {
          A: { type: "object", properties: { f: { type: "string" } } },
          C: { $ref: "#/components/schemas/A" },
          D: { $ref: "#/components/schemas/C/properties/f" },
        },
      },
    };
    await writeFile(join(work.path, "through.json"), JSON.stringify(document));
    const loaded = await loadSpec(join(work.path, "through.json"));
    const schemas = (loaded.document["components"] as { schemas: Record<string, unknown> }).schemas;
    expect(schemas["D"]).toEqual({ $ref: "#/components/schemas/A/properties/f" });
    expect(schemas["C"]).toEqual({ $ref: "#/components/schemas/A" });
  });
});
