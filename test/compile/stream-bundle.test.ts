/**
 * The stream runtime is reached only through what streams: esbuild bundles the runtime for a
 * client that never streams and for one that reads server-sent events, and lists which stream
 * modules put bytes in each bundle.
 */
import { join, relative } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/run-cli.js";

const STREAM_MODULES = [
  "templates/framing.ts",
  "templates/item-iterator.ts",
  "templates/json-sequences.ts",
  "templates/line-splitter.ts",
  "templates/server-sent-events.ts",
  "templates/stream-item.ts",
  "templates/stream-reader.ts",
  "templates/stream-tee.ts",
  "templates/stream.ts",
];

async function streamModules(entry: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: entry, resolveDir: join(REPO, "templates"), loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    minify: true,
    metafile: true,
    outdir: join(REPO, "out"),
  });
  const output = Object.values(result.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => relative(REPO, join(process.cwd(), path)))
    .filter((path) => STREAM_MODULES.includes(path))
    .sort();
}

describe("the stream runtime in a bundle", () => {
  it("a client that never streams bundles none of it", async () => {
    const entry = `import { APIClient } from "./index.js";
      export const client = new APIClient({ baseURL: "https://example.test" }, { clientName: "T", defaultBaseURL: "", securitySchemes: {} });`;
    expect(await streamModules(entry)).toEqual([]);
  });

  it("a client that reads server-sent events bundles the stream modules", async () => {
    const entry = `import { Stream, jsonItem, serverSentEvents } from "./index.js";
      export const open = (response, controller) =>
        Stream.fromResponse(response, { controller, framing: serverSentEvents(jsonItem(response)) });`;
    expect(await streamModules(entry)).toEqual(STREAM_MODULES);
  });
});
