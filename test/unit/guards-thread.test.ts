import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// The compiled modules: only they have the worker script beside them.
import { GuardsThread, wantsGuardsThread } from "../../dist/emit/guards-thread.js";
import { generate as generateCompiled } from "../../dist/generate.js";
import { generate } from "../../src/generate.js";
import { tempDir } from "../helpers/run-cli.js";

/** A document with enough component schemas for a guards thread: refs, enums, repeated inline shapes. */
function largeDocument(count: number): Record<string, unknown> {
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    schemas[`Thing${i}`] = {
      type: "object",
      required: ["id", "kind"],
      properties: {
        id: { type: "integer", minimum: 0 },
        kind: { type: "string", enum: ["a", "b", `c${i % 7}`] },
        owner: { type: "object", required: ["login"], properties: { login: { type: "string", maxLength: 39 }, site_admin: { type: "boolean" }, url: { type: "string", format: "uri" } } },
        ...(i > 0 ? { previous: { $ref: `#/components/schemas/Thing${i - 1}` } } : {}),
        description: { type: "string", nullable: true, description: `Thing number ${i}.\n\nSecond paragraph.` },
      },
    };
  }
  return {
    openapi: "3.0.3",
    info: { title: "Large", version: "1" },
    paths: { "/things/{id}": { get: { operationId: "things_retrieve", parameters: [{ name: "id", in: "path", required: true, schema: { type: "integer" } }], responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: `#/components/schemas/Thing${count - 1}` } } } } } } } },
    components: { schemas },
  };
}

describe("guards.ts printed in a worker thread", () => {
  it("gives the same bytes as printing it in the calling thread", async () => {
    const document = largeDocument(240);
    expect(wantsGuardsThread(document)).toBe(true);
    const thread = GuardsThread.start();
    expect(thread).toBeDefined(); // the compiled module has its worker script
    await thread?.close();
    const dir = await tempDir();
    try {
      const input = join(dir.path, "large.json");
      await writeFile(input, JSON.stringify(document));
      const [inWorker, inThread] = await Promise.all([generateCompiled({ input }), generate({ input })]);
      const guards = inWorker.files.find((f) => f.path === "guards.ts");
      expect(guards?.contents).toContain("export function isThing239(");
      expect(inWorker.files).toEqual(inThread.files);
    } finally {
      await dir.remove();
    }
  });
});
