import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OverlayError } from "../../src/load/overlay-document.js";
import { applyOverlays } from "../../src/load/overlays.js";
import { parseText } from "../../src/load/parse-document.js";
import { DEFAULT_LIMITS } from "../../src/load/read-input.js";
import { REPO, tempDir } from "../helpers/run-cli.js";

const FIXTURES = join(REPO, "fixtures/overlays");
type Doc = Record<string, any>;

let pets: Doc;
let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  pets = parseText(await readFile(join(FIXTURES, "pets.openapi.yaml"), "utf8"), "pets.openapi.yaml") as Doc;
  work = await tempDir("camelgen-overlays-");
});
afterAll(() => work.remove());

async function apply(...names: string[]) {
  const applied = await applyOverlays(pets, names.map((name) => join(FIXTURES, `${name}.overlay.yaml`)), DEFAULT_LIMITS);
  return { ...applied, doc: applied.document as Doc };
}

/** Writes an overlay into the temp folder and applies it to the pets document. */
async function applyText(text: string) {
  const file = join(work.path, `t${Math.random().toString(36).slice(2)}.overlay.yaml`);
  await writeFile(file, text);
  return { file, run: () => applyOverlays(pets, [file], DEFAULT_LIMITS) };
}

const HEAD = "overlay: 1.1.0\ninfo: { title: t, version: '1' }\n";

describe("the Overlay specification's examples", () => {
  it("structured: one update of $ mirrors the document; empty keys change nothing", async () => {
    const { doc, effects } = await apply("structured");
    expect(doc.info["x-overlay-applied"]).toBe("structured-overlay");
    expect(doc.info.title).toBe("Pets");
    expect(doc.paths["/"].summary).toBe("The root resource");
    expect(doc.paths["/"].get).toMatchObject({ summary: "Retrieve the root resource", "x-rate-limit": 100, responses: { "200": { description: "OK" } } });
    expect(doc.paths["/pets"].get["x-rate-limit"]).toBe(100);
    expect(doc.components).toEqual(pets.components);
    expect(doc.tags).toEqual(pets.tags);
    expect(effects[0]?.actions).toEqual([{ action: 0, target: "$", matched: 1, updated: 1, removed: 0 }]);
  });

  it("targeted (1.0): updates the selected objects, adding a child object", async () => {
    const { doc } = await apply("targeted");
    expect(doc.paths["/foo"].get.description).toBe("This is the new description");
    expect(doc.paths["/bar"].get.description).toBe("This is the updated description");
    expect(doc.paths["/bar"].post).toEqual({ description: "This is an updated description of a child object", "x-safe": false });
  });

  it("targeted (1.1): a primitive target is replaced", async () => {
    const { doc } = await apply("targeted-primitives");
    expect(doc.paths["/foo"].get.description).toBe("This is the new description");
    expect(doc.paths["/bar"].get.description).toBe("This is the updated description");
  });

  it("wildcard: one action updates every match; a filter selects parameters by two fields", async () => {
    const { doc, effects } = await apply("wildcard");
    for (const path of ["/", "/pets", "/foo", "/bar", "/items"]) expect(doc.paths[path].get["x-safe"]).toBe(true);
    expect(doc.paths["/some-items"]["delete"]["x-safe"]).toBeUndefined();
    const [query, dummy, header] = doc.paths["/pets"].get.parameters;
    expect(query.schema).toEqual({ type: "string", $ref: "#/components/schemas/filterSchema" });
    expect(header.schema).toEqual({ type: "string" });
    expect(dummy.schema).toEqual({ type: "string" });
    expect(effects[0]?.actions.map((a) => [a.matched, a.updated])).toEqual([[5, 5], [1, 1]]);
  });

  it("array modification: an update appends to the selected array, remove deletes the filtered items", async () => {
    const added = await apply("add-array-element");
    expect(added.doc.paths["/pets"].get.parameters.map((p: Doc) => p.name)).toEqual(["filter", "dummy", "filter", "newParam"]);
    const removed = await apply("remove-array-element");
    expect(removed.doc.paths["/pets"].get.parameters.map((p: Doc) => `${p.in}:${p.name}`)).toEqual(["query:filter", "header:filter"]);
    expect(removed.effects[0]?.actions[0]).toMatchObject({ matched: 1, removed: 1 });
    const primitive = await apply("remove-primitive");
    expect(primitive.doc.paths["/pets"].get.tags).toEqual(["pets"]);
  });

  it("copy (1.1): merges the one node selected into the target; update, copy and remove move a path", async () => {
    const copied = await apply("copy");
    expect(Object.keys(copied.doc.paths["/some-items"]).sort()).toEqual(["delete", "get"]);
    const moved = await apply("move");
    expect(moved.doc.paths["/items"]).toBeUndefined();
    expect(moved.doc.paths["/new-items"]).toEqual(pets.paths["/items"]);
  });

  it("overlays apply in order, each to the result of the one before, and never change the parsed input", async () => {
    const before = structuredClone(pets);
    const { doc, effects } = await apply("move", "wildcard");
    expect(doc.paths["/new-items"].get["x-safe"]).toBe(true);
    expect(effects.map((e) => e.file)).toEqual([join(FIXTURES, "move.overlay.yaml"), join(FIXTURES, "wildcard.overlay.yaml")].map((f) => f.replace(`${process.cwd()}/`, "")));
    expect(pets).toEqual(before);
  });
});

describe("what an overlay cannot do", () => {
  it("an action whose target selects nothing is a warning naming the file and its index", async () => {
    const { file, run } = await applyText(`${HEAD}actions:\n  - { target: "$.info", update: { x-a: 1 } }\n  - { target: "$.paths['/nope']", remove: true }\n`);
    const { diagnostics, effects } = await run();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: "warning", code: "overlay-target-unmatched" });
    expect(diagnostics[0]?.pointer).toMatch(/#\/actions\/1$/);
    expect(diagnostics[0]?.message).toContain("actions[1]");
    expect(diagnostics[0]?.message).toContain(file.split("/").pop());
    expect(effects[0]?.actions[1]).toMatchObject({ matched: 0, updated: 0, removed: 0 });
  });

  it.each([
    ["no version", "info: { title: t, version: '1' }\nactions: [{ target: $, remove: true }]\n", "/overlay"],
    ["version 2", "overlay: 2.0.0\ninfo: { title: t, version: '1' }\nactions: [{ target: $, remove: true }]\n", "/overlay"],
    ["no info title", "overlay: 1.0.0\ninfo: { version: '1' }\nactions: [{ target: $, remove: true }]\n", "/info/title"],
    ["empty actions", `${HEAD}actions: []\n`, "/actions"],
    ["an action without target", `${HEAD}actions: [{ remove: true }]\n`, "/actions/0/target"],
    ["an unknown action field", `${HEAD}actions: [{ target: $.info, updat: {} }]\n`, "/actions/0/updat"],
    ["copy in 1.0", "overlay: 1.0.0\ninfo: { title: t, version: '1' }\nactions: [{ target: $.info, copy: $.info }]\n", "/actions/0/copy"],
    ["an action that does nothing", `${HEAD}actions: [{ target: $.info }]\n`, "/actions/0"],
    ["a JSONPath syntax error", `${HEAD}actions: [{ target: "$.paths[", remove: true }]\n`, "/actions/0/target"],
    ["an object merged into a string", `${HEAD}actions: [{ target: $.info, update: { title: { a: 1 } } }]\n`, "/actions/0/update/title"],
    ["a copy source of two nodes", `${HEAD}actions: [{ target: $.info, copy: "$.paths.*" }]\n`, "/actions/0/copy"],
    ["removing the document", `${HEAD}actions: [{ target: $, remove: true }]\n`, "/actions/0/target"],
  ])("%s is an OverlayError naming the file and the JSON pointer", async (_, text, pointer) => {
    const { file, run } = await applyText(text);
    const error = await run().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OverlayError);
    expect((error as OverlayError).pointer).toBe(pointer);
    expect((error as OverlayError).message).toContain(file.split("/").pop());
    expect((error as OverlayError).message).toContain(`#${pointer}`);
  });

  it("keys that need escaping and __proto__ are matched and set as plain keys", async () => {
    const { run } = await applyText(`${HEAD}actions:\n  - target: $.info\n    update: { "it's\\\\": 1, "__proto__": { polluted: true } }\n  - target: "$.info['it\\\\'s\\\\\\\\']"\n    update: 2\n`);
    const { document } = await run();
    const info = (document as Doc).info as Doc;
    expect(info["it's\\"]).toBe(2);
    expect(Object.getPrototypeOf(info)).toBe(Object.prototype);
    expect(({} as Doc)["polluted"]).toBeUndefined();
  });
});
