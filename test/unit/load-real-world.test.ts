import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/load/load-spec.js";
import { buildModel } from "../../src/model/build-model.js";
import { REPO } from "../helpers/run-cli.js";

const CASES = join(REPO, "fixtures/cases");

type Tree = Record<string, unknown>;
const at = (node: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((n, k) => (n as Tree | undefined)?.[k], node);

describe("$ref keys in data are data (fixtures/cases/ref-in-data)", () => {
  it("loads with every data value as written while the real references resolve", async () => {
    const loaded = await loadSpec(join(CASES, "ref-in-data/openapi.yaml"));
    const doc = loaded.document;
    const media = at(doc, "paths", "/stats", "get", "responses", "default", "content", "application/json");
    expect(at(media, "example")).toEqual({ actions: { $ref: "actions.yaml" } });
    expect(at(media, "examples", "inline", "value")).toEqual({ actions: { $ref: "inline.yaml#/x" } });
    expect(at(media, "examples", "quoted")).toEqual({ $ref: "#/components/examples/stats" });
    expect(at(doc, "components", "examples", "stats", "value")).toEqual({ actions: { $ref: "server-statistics-actions.yaml" } });
    expect(at(doc, "paths", "/stats", "get", "x-sample")).toEqual({ $ref: "no-such-file.yaml" });
    const stats = at(doc, "components", "schemas", "Stats", "properties");
    expect(at(stats, "actions", "default")).toEqual({ $ref: "defaults.yaml" });
    expect(at(stats, "actions", "examples")).toEqual([{ $ref: "examples.yaml" }]);
    expect(at(stats, "kind", "const")).toEqual({ $ref: "const.yaml" });
    expect(at(stats, "choice", "enum")).toEqual([{ $ref: "enum.yaml" }, 1]);
    // The example inside the referenced file is data too; the file itself was read and bundled.
    const pet = at(doc, "components", "schemas", "Pet");
    expect(at(pet, "example")).toEqual({ $ref: "pet-example.yaml" });
    expect(loaded.files.map((f) => f.slice(f.lastIndexOf("/") + 1))).toEqual(["openapi.yaml", "pet.yaml"]);
  });

  it("a property named `default` or `value` is a schema, not data", async () => {
    const model = buildModel((await loadSpec(join(CASES, "ref-in-data/openapi.yaml"))).document);
    const stats = model.types.find((t) => t.name === "Stats");
    const properties = stats?.schema.kind === "object" ? stats.schema.properties : [];
    expect(properties.find((p) => p.wireName === "default")?.schema).toEqual({ kind: "ref", name: "Pet" });
    expect(properties.find((p) => p.wireName === "value")?.schema).toEqual({ kind: "ref", name: "Pet" });
  });

  // The load stage only: the whole generation of ghec.json takes about a minute on this machine.
  it("GitHub Enterprise Cloud's ghec.json, whose examples quote `$ref: <file>.yaml`, loads", async () => {
    const loaded = await loadSpec(join(REPO, "node_modules/@octokit/openapi/generated/ghec.json"));
    expect(at(loaded.document, "components", "examples", "server-statistics", "value", "0", "actions_stats")).toEqual({ $ref: "server-statistics-actions.yaml" });
    expect(loaded.diagnostics).toEqual([]);
  }, 120_000);
});

describe("a file-local $ref inside a file referenced with a sibling keyword (fixtures/cases/ref-through-ref)", () => {
  it("every reference the bundler writes resolves, and the types keep the file's shapes", async () => {
    const model = buildModel((await loadSpec(join(CASES, "ref-through-ref/openapi.yaml"))).document);
    expect(model.diagnostics).toEqual([]);
    const a = model.types.find((t) => t.name === "A")?.schema;
    const props = a?.kind === "object" ? a.properties : [];
    expect(props.map((p) => [p.wireName, p.schema.kind])).toEqual([["e", "string"], ["f", "object"]]);
    const c = model.types.find((t) => t.name === "C")?.schema;
    const g = c?.kind === "object" ? c.properties.find((p) => p.wireName === "g")?.schema : undefined;
    expect(g).toMatchObject({ kind: "string", minLength: 1 });
  });
});

describe("unquoted `swagger: 2.0` and `version: 1` (fixtures/cases/unquoted-versions)", () => {
  for (const file of ["openapi.yaml", "single.yaml"]) {
    it(`${file}: loads as Swagger 2.0, version "1", with a warning per field naming the file and pointer`, async () => {
      const source = join(CASES, "unquoted-versions", file);
      const loaded = await loadSpec(source);
      expect(at(loaded.document, "openapi")).toMatch(/^3\.0\./);
      expect(at(loaded.document, "info", "version")).toBe("1");
      const warnings = loaded.diagnostics.filter((d) => d.code === "unquoted-version");
      expect(warnings.map((d) => [d.severity, d.pointer])).toEqual([["warning", "#/swagger"], ["warning", "#/info/version"]]);
      for (const warning of warnings) expect(warning.message).toMatch(new RegExp(`^${source.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: .*quote it`));
      expect(buildModel(loaded.document).types.map((t) => t.name)).toEqual(["Pet"]);
    });
  }
});
