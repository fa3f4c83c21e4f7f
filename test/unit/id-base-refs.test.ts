/**
 * OpenAPI 3.1: a `$ref` inside a schema with `$id` resolves against that `$id` (JSON Schema 2020-12
 * §8.2.1, §8.2.3). The generated guards agree with ajv's 2020-12 build given the raw document, and the
 * types compile and mean the same schemas.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../src/generate.js";
import { loadSpec } from "../../src/load/load-spec.js";
import { tempDir } from "../helpers/run-cli.js";
import { COMPILER_NAMES, createTypecheckProject, describeResult, type TypecheckProject } from "../helpers/typecheck.js";

const Ajv2020 = Ajv2020Module.default;
const info = { title: "t", version: "1" };
const document = (schemas: Record<string, unknown>, openapi = "3.1.0") => ({ openapi, info, paths: {}, components: { schemas } });

const SCHEMAS = {
  Money: {
    $id: "https://example.com/schemas/money",
    type: "object",
    required: ["cur"],
    properties: { cur: { $ref: "#/$defs/cur" }, amount: { $ref: "amount" }, currency: { $ref: "currency" } },
    $defs: { cur: { type: "string", enum: ["eur", "usd"] }, label: { $anchor: "label", type: "string", maxLength: 3 } },
  },
  Amount: { $id: "https://example.com/schemas/amount", type: "integer", minimum: 0 },
  Currency: { $id: "https://example.com/schemas/currency", type: "string", enum: ["EUR", "USD"] },
  Order: {
    type: "object",
    properties: {
      total: { $ref: "https://example.com/schemas/money" },
      code: { $ref: "https://example.com/schemas/money#/$defs/cur" },
      label: { $ref: "https://example.com/schemas/money#label" },
    },
  },
  Outer: {
    $id: "https://example.com/outer/root",
    type: "object",
    properties: { child: { $ref: "inner/child" }, leaf: { $ref: "#/$defs/leaf" } },
    $defs: {
      leaf: { type: "string" },
      inner: {
        $id: "inner/child",
        type: "object",
        properties: { v: { $ref: "#/$defs/leaf" }, w: { $ref: "../root#/$defs/leaf" } },
        $defs: { leaf: { type: "boolean" } },
      },
    },
  },
  Tree: {
    $id: "https://example.com/tree",
    type: "object",
    required: ["v"],
    properties: { v: { type: "integer" }, kids: { type: "array", items: { $ref: "#" } } },
  },
};

/** [type, value]: each is checked by ajv and by the generated guard, and the list holds both verdicts for each type. */
const VALUES: [string, unknown][] = [
  ["Money", { cur: "eur" }],
  ["Money", { cur: "EUR" }],
  ["Money", {}],
  ["Money", { cur: "usd", amount: 3, currency: "USD" }],
  ["Money", { cur: "usd", amount: -1 }],
  ["Money", { cur: "usd", currency: "usd" }],
  ["Order", { total: { cur: "eur" } }],
  ["Order", { total: { cur: "EUR" } }],
  ["Order", { code: "usd", label: "abc" }],
  ["Order", { code: "USD" }],
  ["Order", { label: "abcd" }],
  ["Outer", { child: { v: true, w: "s" }, leaf: "s" }],
  ["Outer", { child: { v: "s" } }],
  ["Outer", { child: { w: true } }],
  ["Outer", { leaf: true }],
  ["Tree", { v: 1, kids: [{ v: 2, kids: [] }] }],
  ["Tree", { v: 1, kids: [{ v: 2, kids: [{ v: "x" }] }] }],
];

const CONSUMER = `import type { Money, Order, Outer, Tree } from "./client/index.js";
export const order: Order = { total: { cur: "eur", amount: 1, currency: "USD" }, code: "usd", label: "abc" };
// @ts-expect-error cur is Money's own $defs/cur, not Currency
export const wrongCur: Money = { cur: "EUR" };
// @ts-expect-error currency is the Currency schema its relative $ref names
export const wrongCurrency: Money = { cur: "eur", currency: "eur" };
export const outer: Outer = { child: { v: true, w: "s" }, leaf: "s" };
// @ts-expect-error the nested resource's own leaf is boolean
export const wrongLeaf: Outer = { child: { v: "s" } };
export const tree: Tree = { v: 1, kids: [{ v: 2, kids: [] }] };
// @ts-expect-error "#" inside the resource is the resource itself
export const wrongTree: Tree = { v: 1, kids: [{ v: "x" }] };
`;

type Guard = (value: unknown) => boolean;
let work: Awaited<ReturnType<typeof tempDir>>;
let guards: Record<string, Guard>;
let generated: Awaited<ReturnType<typeof generate>>["files"];

const write = async (name: string, value: unknown): Promise<string> => {
  const path = join(work.path, name);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};

beforeAll(async () => {
  work = await tempDir("camelgen-id-refs-");
  generated = (await generate({ input: await write("spec/openapi.json", document(SCHEMAS)) })).files;
  for (const file of generated) await write(join("client", file.path), file.contents);
  guards = (await import(join(work.path, "client", "guards.ts"))) as Record<string, Guard>;
});
let project: Promise<TypecheckProject> | undefined;
afterAll(async () => {
  await (await project)?.dispose();
  await work?.remove();
});

describe("$ref against $id (OpenAPI 3.1)", () => {
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema({ $id: "https://camelgen.test/doc.json", ...document(SCHEMAS) });
  const oracle = (type: string) => ajv.getSchema(`https://camelgen.test/doc.json#/components/schemas/${type}`)!;

  it.each(VALUES)("%s %j: the guard agrees with ajv 2020-12", (type, value) => {
    expect(guards[`is${type}`]!(value)).toBe(oracle(type)(value));
  });

  it("meets both verdicts for every type", () => {
    for (const type of new Set(VALUES.map(([t]) => t))) {
      const verdicts = new Set(VALUES.filter(([t]) => t === type).map(([, value]) => oracle(type)(value)));
      expect([...verdicts].sort(), type).toEqual([false, true]);
    }
  });

  it.each(COMPILER_NAMES)("types compile and follow each reference to its schema (%s)", async (compiler) => {
    project ??= createTypecheckProject({ variant: "nodenext", files: generated, into: "client", extraFiles: [{ path: "consumer.ts", contents: CONSUMER }], include: ["consumer.ts"] });
    const result = await (await project).run(compiler);
    expect(result.exitCode, describeResult(result, (await project).tsconfig)).toBe(0);
  });
});

describe("loading", () => {
  const money = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    Money: { $id: "https://example.com/schemas/money", type: "object", properties, ...extra },
  });

  it("names a $ref that matches no $id, its place and what it resolved to", async () => {
    const input = await write("missing.json", document(money({ cur: { $ref: "currency" } })));
    await expect(loadSpec(input)).rejects.toThrow(
      '$ref "currency" at #/components/schemas/Money/properties/cur (resolved against $id https://example.com/schemas/money to https://example.com/schemas/currency) does not resolve',
    );
  });

  it("refuses a fragment of a resource that leads nowhere in it", async () => {
    const input = await write("no-def.json", document({ ...money({}), Order: { $ref: "https://example.com/schemas/money#/$defs/none" } }));
    await expect(loadSpec(input)).rejects.toThrow('$ref "https://example.com/schemas/money#/$defs/none" at #/components/schemas/Order does not resolve');
  });

  it("reads a pointer that leads nowhere in its resource against the document, with a warning", async () => {
    const input = await write("outside.json", document({ ...money({ tag: { $ref: "#/components/schemas/Tag" } }), Tag: { type: "string" } }));
    const loaded = await loadSpec(input);
    expect(loaded.diagnostics).toContainEqual(expect.objectContaining({ code: "id-base-ref", pointer: "#/components/schemas/Money/properties/tag" }));
    expect(loaded.document).toMatchObject({ components: { schemas: { Money: { properties: { tag: { $ref: "#/components/schemas/Tag" } } } } } });
  });

  it("reads a file a relative $id's reference names, in the spec's folder", async () => {
    await write("files/schemas/currency.json", { type: "string", enum: ["EUR"] });
    const input = await write("files/openapi.json", document({ Money: { $id: "schemas/money.json", type: "object", properties: { cur: { $ref: "currency.json" } } } }));
    const loaded = await loadSpec(input);
    expect(loaded.files.some((file) => file.endsWith(join("schemas", "currency.json")))).toBe(true);
  });

  it("refuses a reference to an $id two schemas declare, and only such a reference", async () => {
    const twice = { ...money({ cur: { $ref: "#/$defs/cur" } }, { $defs: { cur: { type: "string" } } }), Copy: { $id: "https://example.com/schemas/money", type: "string" } };
    const unused = await loadSpec(await write("twice.json", document({ ...twice, Tag: { type: "string" } })));
    expect(unused.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(unused.document).toMatchObject({ components: { schemas: { Money: { properties: { cur: { $ref: "#/components/schemas/Money/$defs/cur" } } } } } });
    const input = await write("twice-used.json", document({ ...twice, Order: { $ref: "https://example.com/schemas/money" } }));
    await expect(loadSpec(input)).rejects.toThrow('$ref "https://example.com/schemas/money" at #/components/schemas/Order is ambiguous: #/components/schemas/Money and #/components/schemas/Copy both have the $id https://example.com/schemas/money');
  });

  it("ignores an $id that is no URI reference, with a warning", async () => {
    const schemas = { Money: { $id: "http://[::1", type: "object", properties: { tag: { $ref: "#/components/schemas/Tag" } } }, Tag: { type: "string" } };
    const loaded = await loadSpec(await write("bad-id.json", document(schemas)));
    expect(loaded.diagnostics).toContainEqual(expect.objectContaining({ code: "id-base-ref", pointer: "#/components/schemas/Money" }));
    expect(loaded.document).toMatchObject({ components: { schemas: { Money: { properties: { tag: { $ref: "#/components/schemas/Tag" } } } } } });
  });

  it("resolves against $id in OpenAPI 3.2 too", async () => {
    const schemas = money({ cur: { $ref: "#/$defs/cur" } }, { $defs: { cur: { type: "string" } } });
    const loaded = await loadSpec(await write("three-two.json", document(schemas, "3.2.0")));
    expect(loaded.document).toMatchObject({ components: { schemas: { Money: { properties: { cur: { $ref: "#/components/schemas/Money/$defs/cur" } } } } } });
  });

  it("counts no $id inside a keyword that holds no schema", async () => {
    const id = "https://example.com/schemas/money";
    const schemas = { Money: { $id: id, type: "string" }, Note: { unknown: { $id: id, type: "integer" }, $ref: id } };
    const loaded = await loadSpec(await write("unknown-keyword.json", document(schemas)));
    expect(loaded.document).toMatchObject({ components: { schemas: { Note: { $ref: "#/components/schemas/Money" } } } });
  });

  it("leaves OpenAPI 3.0, where $id is no keyword, as it was", async () => {
    const input = await write("three-oh.json", document(money({ cur: { $ref: "#/$defs/cur" } }, { $defs: { cur: { type: "string" } } }), "3.0.3"));
    const loaded = await loadSpec(input);
    expect(loaded.document).toMatchObject({ components: { schemas: { Money: { properties: { cur: { $ref: "#/$defs/cur" } } } } } });
  });
});

describe("a spec fetched from a URL", () => {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    const money = { $id: "schemas/money", type: "object", properties: { cur: { $ref: "currency.json" } } };
    const away = { $id: "https://example.com/schemas/away", type: "object", properties: { cur: { $ref: "currency.json" } } };
    if (req.url === "/api/openapi.json") res.writeHead(200).end(JSON.stringify(document({ Money: money })));
    else if (req.url === "/api/away.json") res.writeHead(200).end(JSON.stringify(document({ Away: away })));
    else if (req.url === "/api/schemas/currency.json") res.writeHead(200).end(JSON.stringify({ type: "string", enum: ["EUR"] }));
    else res.writeHead(404).end();
  });
  let origin: string;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("reads what a relative $id's reference names from its own origin", async () => {
    const loaded = await loadSpec(`${origin}/api/openapi.json`);
    expect(requests).toContain("/api/schemas/currency.json");
    expect(JSON.stringify(loaded.document)).toContain('"enum":["EUR"]');
  });

  it("fetches nothing another origin's $id names", async () => {
    requests.length = 0;
    await expect(loadSpec(`${origin}/api/away.json`)).rejects.toThrow("(resolved against $id https://example.com/schemas/away to https://example.com/schemas/currency.json) does not resolve");
    expect(requests).toEqual(["/api/away.json"]);
  });
});
