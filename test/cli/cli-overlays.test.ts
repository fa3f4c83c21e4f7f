import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CAMELAI, REPO, folderDigest, runCli, tempDir } from "../helpers/run-cli.js";

const STRICT_OVERLAY = join(REPO, "fixtures/camelai/strict.overlay.yaml");

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir("camelgen-cli-overlays-");
});
afterAll(() => work.remove());

describe("camelAI with its overlay", { timeout: 120_000 }, () => {
  it("--strict refuses the published schema and passes once the overlay repairs it", async () => {
    const output = join(work.path, "camelai");
    const refused = await runCli(["generate", "-i", CAMELAI, "-o", output, "--strict"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('path parameter "pk"');
    const repaired = await runCli(["generate", "-i", CAMELAI, "-o", output, "--strict", "--overlay", STRICT_OVERLAY, "--json"]);
    expect(repaired.code, repaired.stderr).toBe(0);
    const report = JSON.parse(repaired.stdout) as { status: string; overlays: unknown; diagnostics: unknown[] };
    expect(report.status).toBe("written");
    expect(report.overlays).toEqual([
      {
        file: "fixtures/camelai/strict.overlay.yaml",
        actions: [
          { action: 0, target: "$.paths.*.*.parameters[?@.in == 'path' && @.name == 'pk']", matched: 2, updated: 0, removed: 2 },
          { action: 1, target: "$.paths['/api/v1/sources/{id}/'].delete.responses['204'].content", matched: 1, updated: 0, removed: 1 },
        ],
      },
    ]);
    const types = await readFile(join(output, "resources/sources.ts"), "utf8");
    expect(types).not.toMatch(/\bpk\b/);
  });
});

describe("overlays in the config, the no-op check and --check", { timeout: 120_000 }, () => {
  let project: string;
  let overlay: string;
  const output = () => join(project, "client");

  beforeAll(async () => {
    project = join(work.path, "project");
    await cp(join(REPO, "fixtures/cases/split-refs"), join(project, "spec"), { recursive: true });
    overlay = join(project, "spec/fix.overlay.yaml");
    await writeFile(overlay, overlayText("A pet"));
    // Relative to the config file's folder, as the input and output are.
    await writeFile(join(project, "camelgen.config.json"), JSON.stringify({ input: "spec/openapi.yaml", output: "client", overlays: ["spec/fix.overlay.yaml"] }));
    const first = await runCli([], project);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toMatch(/overlay spec\/fix\.overlay\.yaml: actions\[0\] 1 matched, 1 updated; actions\[1\] 0 matched/);
    expect(first.stderr).toMatch(/warning overlay-target-unmatched .*#\/actions\/1: actions\[1\] of spec\/fix\.overlay\.yaml/);
  });

  function overlayText(description: string): string {
    return [
      "overlay: 1.0.0",
      "info: { title: fix, version: '1' }",
      "actions:",
      "  - target: $.paths['/pets'].get",
      `    update: { summary: ${JSON.stringify(description)} }`,
      "  - target: $.paths['/nowhere']",
      "    remove: true",
      "",
    ].join("\n");
  }

  it("the overlay's change reaches the output", async () => {
    expect(await readFile(join(output(), "resources/pets.ts"), "utf8")).toContain("A pet");
  });

  it("unchanged overlay: a no-op; changed overlay only: --check fails, generate rewrites", async () => {
    const before = await folderDigest(output());
    const again = await runCli([], project);
    expect(again.stdout).toMatch(/up to date \(nothing changed/);
    await writeFile(overlay, overlayText("A pet, overlaid"));
    const check = await runCli(["--check"], project);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/resources\/pets\.ts/);
    expect(await folderDigest(output())).toEqual(before);
    const regenerated = await runCli([], project);
    expect(regenerated.stdout).toMatch(/wrote \d+ of \d+ files/);
    expect(await readFile(join(output(), "resources/pets.ts"), "utf8")).toContain("A pet, overlaid");
  });

  it("dropping the overlay from the config regenerates", async () => {
    await writeFile(join(project, "camelgen.config.json"), JSON.stringify({ input: "spec/openapi.yaml", output: "client" }));
    const result = await runCli([], project);
    expect(result.stdout).toMatch(/wrote \d+ of \d+ files/);
    expect(await readFile(join(output(), "resources/pets.ts"), "utf8")).not.toContain("A pet");
  });

  it("a malformed overlay exits 2 naming the file and the JSON pointer, and writes nothing", async () => {
    const bad = join(project, "spec/bad.overlay.yaml");
    await writeFile(bad, "overlay: 1.0.0\ninfo: { title: bad, version: '1' }\nactions:\n  - target: $.info\n    remove: yes please\n");
    const before = await folderDigest(output());
    const result = await runCli(["--overlay", "spec/bad.overlay.yaml"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("overlay spec/bad.overlay.yaml at #/actions/0/remove: must be true or false");
    expect(await folderDigest(output())).toEqual(before);
  });

  it("a config whose overlays is not a list of paths is a config error", async () => {
    await writeFile(join(project, "camelgen.config.json"), JSON.stringify({ input: "spec/openapi.yaml", overlays: "spec/fix.overlay.yaml" }));
    const result = await runCli([], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"overlays" must be an array of overlay file paths');
  });
});
