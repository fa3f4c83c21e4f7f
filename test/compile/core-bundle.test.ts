/**
 * What a bundler keeps of the checked-in camelAI client: a call through `CamelAICore` brings the
 * transport and nothing it does not use (logging, validation, page iteration, the other body
 * encoders and parameter serialisers); `CamelAI` brings every resource, and logging or validation
 * (the schema interpreter over schemas.ts, the checker and its error) only when given them. esbuild bundles
 * a one-line entry with minification and tree shaking, as an application build would.
 */
import { join } from "node:path";
import { bundleEntry } from "../helpers/bundle.js";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/run-cli.js";

const CLIENT = join(REPO, "generated/camelai");

/** The client's files that put bytes in the bundle of `entry`, relative to the client folder. */
async function bundledFiles(entry: string): Promise<string[]> {
  return (await bundleEntry(entry, CLIENT)).files;
}

/** Text only validation and logging put in a bundle: the error, the checker's and the log's messages. */
const VALIDATION_TEXT = ["ResponseValidationError", "does not match", "to warn with", "(+"];
const LOGGING_TEXT = ["retrying ", "failed: ", "console"];

/** Modules only an option or a request that names them brings in. */
const FEATURES = [
  "guards.ts",
  "schemas.ts",
  "runtime/schema-interpreter.ts",
  "runtime/validate.ts",
  "runtime/validation-error.ts",
  "runtime/logging.ts",
  "runtime/logger.ts",
  "runtime/call-log.ts",
  "runtime/redact-log.ts",
  "runtime/pagination.ts",
  "runtime/page-promise.ts",
  "runtime/link-header.ts",
  "runtime/link-pagination.ts",
  "runtime/offset-pagination.ts",
  "runtime/cursor-pagination.ts",
  "runtime/multipart.ts",
  "runtime/form-body.ts",
  "runtime/raw-body.ts",
  "runtime/path-styles.ts",
  "runtime/style.ts",
  "runtime/basic-auth.ts",
];

describe("the camelAI client in a bundle", () => {
  it("the runtime does no work when imported: importing it alone bundles nothing", async () => {
    expect(await bundledFiles(`import "./runtime/index.js";`)).toEqual([]);
  });

  it("a flat call through CamelAICore leaves logging, validation, pages and other encoders out", async () => {
    const files = await bundledFiles(
      `import { CamelAICore, sourcesPartialUpdate } from "./index.js"; export const p = sourcesPartialUpdate(new CamelAICore({ apiKey: "k" }), "42", {});`,
    );
    expect(files).toContain("runtime/client.ts");
    expect(files).toContain("runtime/json-body.ts");
    expect(files.filter((file) => FEATURES.includes(file))).toEqual([]);
    expect(files.filter((file) => file.startsWith("resources/"))).toEqual([
      "resources/sources.ts",
    ]);
    const { text } = await bundleEntry(
      `import { CamelAICore, sourcesPartialUpdate } from "./index.js"; export const p = sourcesPartialUpdate(new CamelAICore({ apiKey: "k" }), "42", {});`,
      CLIENT,
    );
    for (const left of [...VALIDATION_TEXT, ...LOGGING_TEXT]) expect(text).not.toContain(left);
  });

  it("a list call brings page iteration and the scalar query serialiser, nothing more", async () => {
    const list = await bundleEntry(
      `import { CamelAICore, sourcesList } from "./index.js"; export const p = sourcesList(new CamelAICore({ apiKey: "k" }), { page: 2 });`,
      CLIENT,
    );
    expect(list.files.filter((file) => FEATURES.includes(file))).toEqual([
      "runtime/page-promise.ts",
      "runtime/pagination.ts",
    ]);
    // The query styles (deepObject, pipe- and space-delimited, allowReserved) come only with inQuery.
    const styled = await bundleEntry(`import { inQuery } from "./runtime/index.js"; export const q = inQuery;`, CLIENT);
    expect(styled.text).toContain('"deepObject"');
    expect(list.text).not.toContain('"deepObject"');
    // Why a walk stops is the log's to say: without logging, none of its text.
    expect(list.text).not.toContain("not following");
    expect(list.text).not.toContain("already visited");
  });

  it("CamelAI brings every resource and its streams, but neither logging, guards nor validation", async () => {
    const { files, text } = await bundleEntry(
      `import { CamelAI } from "./index.js"; export const c = new CamelAI({ apiKey: "k" });`,
      CLIENT,
    );
    expect(files).toEqual(expect.arrayContaining(["resources/sources.ts", "resources/threads.ts", "runtime/stream-item.ts"]));
    const features = ["guards.ts", "schemas.ts", "runtime/schema-interpreter.ts", "runtime/validate.ts", "runtime/validation-error.ts"];
    for (const left of [...features, "runtime/logging.ts", "runtime/logger.ts", "runtime/call-log.ts", "runtime/redact-log.ts"])
      expect(files).not.toContain(left);
    for (const left of [...VALIDATION_TEXT, ...LOGGING_TEXT]) expect(text).not.toContain(left);
  });

  it("CamelAI given clientLogging brings the log, and still no validation", async () => {
    const { files, text } = await bundleEntry(
      `import { CamelAI, clientLogging } from "./index.js"; export const c = new CamelAI({ apiKey: "k", logging: clientLogging });`,
      CLIENT,
    );
    expect(files).toEqual(expect.arrayContaining(["runtime/logging.ts", "runtime/logger.ts", "runtime/call-log.ts", "runtime/redact-log.ts"]));
    for (const left of LOGGING_TEXT) expect(text).toContain(left);
    for (const left of VALIDATION_TEXT) expect(text).not.toContain(left);
  });

  it("CamelAI given camelAIValidator brings the schema table and its interpreter, still no guards", async () => {
    const files = await bundledFiles(
      `import { CamelAI, camelAIValidator } from "./index.js"; export const c = new CamelAI({ apiKey: "k", validate: "throw", validator: camelAIValidator });`,
    );
    expect(files).toEqual(expect.arrayContaining(["schemas.ts", "runtime/schema-interpreter.ts", "runtime/validate.ts", "resources/sources.ts"]));
    expect(files).not.toContain("guards.ts");
    expect(files).not.toContain("runtime/logging.ts");
  });
});
