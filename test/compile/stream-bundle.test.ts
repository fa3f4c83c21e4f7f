/**
 * The stream runtime is reached only through what streams: esbuild bundles the runtime for a
 * client that never streams and for one that reads server-sent events, and calls of the generated
 * camelAI client with and without its streaming operation, and lists which stream modules put
 * bytes in each bundle.
 */
import { join } from "node:path";
import { bundleEntry } from "../helpers/bundle.js";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/run-cli.js";

const STREAM_MODULES = [
  "templates/item-iterator.ts",
  "templates/json-sequences.ts",
  "templates/line-splitter.ts",
  "templates/server-sent-events.ts",
  "templates/stream-item.ts",
  "templates/stream-reader.ts",
  "templates/stream-tee.ts",
  "templates/stream.ts",
];

const CAMELAI = join(REPO, "generated/camelai");

/** The stream modules of the generated camelAI client's runtime in the bundle of `entry`. */
async function camelStreamModules(entry: string): Promise<string[]> {
  const { files } = await bundleEntry(entry, CAMELAI);
  const stream = new Set([...STREAM_MODULES, "templates/stream-body.ts"].map((path) => path.replace("templates/", "runtime/")));
  return files.filter((path) => stream.has(path));
}

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

  it("a generated call that does not stream bundles none of it, though its client has a streaming operation", async () => {
    const entry = `import { CamelAICore, sourcesPartialUpdate } from "./index.js";
      export const p = sourcesPartialUpdate(new CamelAICore({ apiKey: "k" }), "42", {});`;
    expect(await camelStreamModules(entry)).toEqual([]);
  });

  it("camelAI's ask, which streams with stream: true, bundles the event-stream reader", async () => {
    const entry = `import { CamelAICore, askCamelCreate } from "./index.js";
      export const p = askCamelCreate(new CamelAICore({ apiKey: "k" }), { message: "hi", stream: true });`;
    expect(await camelStreamModules(entry)).toEqual(
      expect.arrayContaining(["runtime/server-sent-events.ts", "runtime/stream-body.ts", "runtime/stream-reader.ts", "runtime/stream.ts"]),
    );
  });
});
