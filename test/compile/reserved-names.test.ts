import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GeneratedFile } from "../../src/emit/generated-file.js";
import { generate } from "../../src/generate.js";
import { tempDir } from "../helpers/run-cli.js";
import { describeResult, typecheck, type CompilerName } from "../helpers/typecheck.js";

// Methods named by reserved words (members may be) beside the names that are escaped because they
// would replace an object's own behaviour; flat functions, being bindings, keep their safe form.
const METHODS = ["get", "delete", "new", "default", "type", "class", "constructor", "then", "prototype", "toString"];
const PATH_PARAMS = ["type", "number", "of", "class", "undefined"];
const SPEC = {
  openapi: "3.0.3",
  info: { title: "Reserved", version: "1" },
  servers: [{ url: "http://127.0.0.1" }],
  paths: {
    ...Object.fromEntries(
      METHODS.map((name) => [`/x/${name}`, { post: { operationId: `x_${name}`, tags: ["x"], responses: { "204": { description: "done" } } } }]),
    ),
    // Path parameters named by words TypeScript reserves for types (valid parameter names) and by ones it reserves everywhere.
    "/y/{type}/{number}/{of}/{class}/{undefined}": {
      get: { operationId: "y_get", tags: ["y"], parameters: PATH_PARAMS.map((name) => ({ in: "path", name, required: true, schema: { type: "string" } })), responses: { "204": { description: "done" } } },
    },
  },
};

const CONSUMER = `import Reserved, { xDelete, xNew, xToString, yGet } from "./reserved/index.js";

const client = new Reserved({});
export const calls = [
  client.x.get(), client.x.delete(), client.x.new(), client.x.default(), client.x.type(), client.x.class(),
  client.x.constructor_(), client.x.then_(), client.x.prototype_(), client.x.toString_(),
  xDelete(client), xNew(client), xToString(client),
  client.y.get("t", "n", "o", "c", "u"), yGet(client, "t", "n", "o", "c", "u"),
];
// @ts-expect-error the escaped name is gone
void client.x.get_;
// @ts-expect-error the escaped name is gone
void client.x.delete_;
// Object's own members are still Object's.
export const text: string = client.x.toString();
`;

let files: GeneratedFile[];
let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir("camelgen-reserved-names-");
  await writeFile(join(work.path, "reserved.json"), JSON.stringify(SPEC));
  ({ files } = await generate({ input: join(work.path, "reserved.json") }));
  for (const file of files) {
    await mkdir(dirname(join(work.path, "out", file.path)), { recursive: true });
    await writeFile(join(work.path, "out", file.path), file.contents);
  }
});
afterAll(() => work.remove());

describe("reserved words as method names", () => {
  it.each<CompilerName>(["ts5.9", "ts7"])("compile with %s", async (compiler) => {
    const result = await typecheck({ variant: "nodenext", files, into: "reserved", extraFiles: [{ path: "consumer.ts", contents: CONSUMER }], compiler });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("are methods at run time; the resource is no thenable and keeps Object's own members", async () => {
    const module = (await import(join(work.path, "out", "index.ts"))) as { default: new (o: object) => { x: Record<string, unknown> } };
    const resource = new module.default({}).x;
    const own = Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).sort();
    expect(own).toEqual(["class", "constructor", "constructor_", "default", "delete", "get", "new", "prototype_", "then_", "toString_", "type"]);
    expect(resource["then"]).toBeUndefined();
    expect(resource["toString"]).toBe(Object.prototype.toString);
    expect(resource["constructor"]).toBe(Object.getPrototypeOf(resource).constructor);
  });
});

describe("reserved words as path parameters", () => {
  it("keep the names TypeScript reserves only for types; others get a `_`", () => {
    const resource = files.find((file) => file.path === "resources/y.ts")?.contents ?? "";
    expect(resource).toMatch(/export function yGet\(client: APIClient, type: string, number: string, of: string, class_: string, undefined_: string,/);
  });

  it("send each value in its place", async () => {
    const module = (await import(join(work.path, "out", "index.ts"))) as { default: new (o: object) => { y: { get: (...a: string[]) => Promise<unknown> } } };
    const sent: string[] = [];
    const fetch = async (url: string) => (sent.push(url), new Response(null, { status: 204 }));
    await new module.default({ fetch, maxRetries: 0 }).y.get("t", "n", "o", "c", "u");
    expect(sent).toEqual(["http://127.0.0.1/y/t/n/o/c/u"]);
  });
});
