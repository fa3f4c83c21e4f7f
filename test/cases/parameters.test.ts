import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase, type GeneratedCase } from "../helpers/generated-case.js";
import { describeResult, typecheck } from "../helpers/typecheck.js";
import { startServer, type TestServer } from "../templates/server.js";

type Call = (...args: unknown[]) => Promise<unknown>;
type StylesClient = { styles: Record<string, Call> };

let generated: GeneratedCase;
let server: TestServer;
let client: StylesClient;

beforeAll(async () => {
  generated = await generateCase("parameters");
  server = await startServer();
  server.reset((_req, res) => res.writeHead(204).end());
  client = new (generated.client["default"] as new (o: object) => StylesClient)({ baseURL: server.url, maxRetries: 0 });
});
afterAll(async () => {
  await server.close();
  await generated.remove();
});

async function received(method: string, ...args: unknown[]) {
  server.requests.length = 0;
  await (client.styles[method] as Call)(...args);
  const request = server.requests[0];
  if (!request) throw new Error("no request reached the server");
  return request;
}

describe("parameter styles of fixtures/cases/parameters.yaml on the wire", () => {
  it("path: simple for a primitive, an array and an exploded object; values cannot change the path", async () => {
    const request = await received("pathSimple", "blue/../x?#", [1, 2, 3], { R: 100, G: 200 });
    expect(request.url).toBe("/simple/blue%2F..%2Fx%3F%23/1,2,3/R=100,G=200");
  });

  it("types a path parameter as its schema says, so a list or an object is passed as one", async () => {
    const consumer = {
      path: "consumer.ts",
      contents: `import Params from "./params/index.js";
const styles = new Params().styles;
export const calls = [
  styles.pathSimple("blue", [1, 2, 3], { R: 100, G: 200 }),
  styles.pathLabelMatrix(["blue", "black"], ["light", "dark"]),
  // @ts-expect-error a list is not passed pre-joined
  styles.pathLabelMatrix("blue,black", ["light"]),
  // @ts-expect-error the object's values are integers
  styles.pathSimple("blue", [1], { R: "100" }),
];
`,
    };
    const result = await typecheck({ variant: "nodenext", files: generated.files, into: "params", extraFiles: [consumer], compiler: "ts7" });
    expect(result.exitCode, describeResult(result)).toBe(0);
  });

  it("path: an x-multi-segment value keeps its / between encoded segments; others encode it", async () => {
    expect((await received("pathMultiSegment", "a/b", "src/lib/a b.ts")).url).toBe("/repos/a%2Fb/contents/src/lib/a%20b.ts");
    await expect(received("pathMultiSegment", "a", "src/../secrets")).rejects.toThrow(/must not be empty, "\." or "\.\."/);
  });

  it("path: label and exploded matrix arrays", async () => {
    expect((await received("pathLabelMatrix", ["blue", "black"], ["light", "dark"])).url).toBe(
      "/label/.blue,black/matrix/;shades=light;shades=dark",
    );
  });

  it("query: form (exploded and not), space and pipe delimited, deepObject, allowReserved, JSON content", async () => {
    const request = await received("query", {
      tags: ["a", "b"],
      csv: ["x", "y"],
      space: ["s", "t"],
      pipe: ["p", "q"],
      filter: { name: "ann", age: 3 },
      raw: "a/b?c",
      json: { a: 1 },
    });
    const query = request.url.slice("/query?".length).split("&");
    expect(query).toEqual([
      "tags=a",
      "tags=b",
      "csv=x,y",
      "space=s%20t",
      "pipe=p%7Cq",
      "filter%5Bname%5D=ann",
      "filter%5Bage%5D=3",
      "raw=a/b?c",
      `json=${encodeURIComponent('{"a":1}')}`,
    ]);
  });

  it("query: undefined values are left out, never sent as text", async () => {
    const request = await received("query", { tags: undefined, csv: ["x"], filter: { name: undefined, age: 1 } });
    expect(request.url).toBe("/query?csv=x&filter%5Bage%5D=1");
    expect(request.url).not.toMatch(/undefined|object/);
  });

  it("headers and cookies", async () => {
    const request = await received("headersCookies", { "X-Trace": "t-1", "X-List": [1, 2], session: "abc def", theme: "dark" });
    expect(request.headers["x-trace"]).toBe("t-1");
    expect(request.headers["x-list"]).toBe("1,2");
    expect(request.headers.cookie).toBe("session=abc%20def; theme=dark");
  });
});
