/**
 * The stream runtime is reached only through what streams: esbuild bundles the runtime for a
 * client that never streams and for one that reads server-sent events, and lists which stream
 * modules put bytes in each bundle.
 */
import { join } from "node:path";
import { bundleEntry } from "../helpers/bundle.js";
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
  const { files } = await bundleEntry(entry, join(REPO, "templates"));
  return files.map((file) => `templates/${file}`).filter((path) => STREAM_MODULES.includes(path));
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
