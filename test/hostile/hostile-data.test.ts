import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import type { OperationRequest } from "../../templates/operation.js";
import { withParameters } from "../../templates/request-parameters.js";
import { isHttpToken } from "../../src/model/http-token.js";
import { tempDir } from "../helpers/run-cli.js";
import { runHere } from "./harness.js";
import { HOSTILE } from "./manifest.js";

/** Where hostile data must survive byte for byte: the generated code behaves exactly as the schema says. */

type Fn = (...args: unknown[]) => unknown;
type Guard = (value: unknown) => boolean;
type Json = Record<string, unknown>;

let work: Awaited<ReturnType<typeof tempDir>>;

beforeAll(async () => {
  work = await tempDir("camelgen-hostile-data-");
});
afterAll(() => work.remove());

/** The fixture as the YAML means it (parsed independently of camelgen). */
function spec(name: string): Json {
  return parse(readFileSync(join(HOSTILE, name), "utf8")) as Json;
}

function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Json)[key], value);
}

/** Generates a fixture and imports its index.ts. */
async function client(name: string): Promise<Record<string, unknown>> {
  const outcome = await runHere(join(HOSTILE, name), join(work.path, name));
  if (!outcome.ok) throw new Error(`${name}: ${outcome.name}: ${outcome.message}`);
  return (await import(join(work.path, name, "index.ts"))) as Record<string, unknown>;
}

/** Calls an operation function with the runtime's transport stubbed: it returns the request it would send. */
function recorded(module: Record<string, unknown>, fn: string, ...args: unknown[]): unknown {
  const transport = module["APIClient"] as { request: Fn; requestPage: Fn };
  const stubs = [
    vi.spyOn(transport, "request").mockImplementation((_client, req) => req),
    vi.spyOn(transport, "requestPage").mockImplementation((_client, req) => req),
  ];
  try {
    return (module[fn] as Fn)(undefined, ...args);
  } finally {
    for (const stub of stubs) stub.mockRestore();
  }
}

function guard(module: Record<string, unknown>, name: string): Guard {
  expect(typeof module[name], name).toBe("function");
  return module[name] as Guard;
}

describe("hostile data reaches the generated code unchanged", () => {
  it("the enum guard accepts exactly the hostile enum strings", async () => {
    const isKind = guard(await client("esc-enum-strings.yaml"), "isKind");
    const values = at(spec("esc-enum-strings.yaml"), "components", "schemas", "Kind", "enum") as string[];
    expect(values).toContain("nul\0byte");
    for (const value of values) {
      expect(isKind(value), JSON.stringify(value)).toBe(true);
      for (const near of [`${value} `, value.slice(0, -1), value.toUpperCase(), value.replace(/\\/g, "")]) {
        if (!values.includes(near)) expect(isKind(near), JSON.stringify(near)).toBe(false);
      }
    }
  });

  it("a const with quotes, backslashes and `${...}` is checked as written", async () => {
    const isValue = guard(await client("esc-const-default-example.yaml"), "isValue");
    const mode = at(spec("esc-const-default-example.yaml"), "components", "schemas", "Value", "properties", "mode", "const") as string;
    expect(isValue({ mode })).toBe(true);
    expect(isValue({ mode: `${mode} ` })).toBe(false);
    expect(isValue({ mode: mode.replace("${", "$") })).toBe(false);
  });

  it("the client's default baseURL is the hostile server URL exactly", async () => {
    const module = await client("esc-server-url.yaml");
    const Client = module["default"] as new (options: object) => object;
    const servers = at(spec("esc-server-url.yaml"), "servers") as { url: string }[];
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(null, { status: 204 }));
    await (module["ping"] as Fn)(new Client({ fetch, maxRetries: 0 }));
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([new URL(`${servers[0]?.url.replace(/\/$/, "")}/ping`).href]);
  });

  it("each operation's request path is its hostile path key", async () => {
    const module = await client("esc-path-keys.yaml");
    const paths = Object.keys(at(spec("esc-path-keys.yaml"), "paths") as Json);
    const functions = ["singleQuote", "doubleQuote", "backtick", "comment", "newline", "backslash"];
    expect(functions.map((fn) => (recorded(module, fn, "id") as { path: string }).path)).toEqual(paths);
  });

  it("parameter wire names and media types are sent as written", async () => {
    const params = await client("esc-parameter-names.yaml");
    const declared = (at(spec("esc-parameter-names.yaml"), "paths") as Record<string, { get: { parameters: { name: string; in: string }[] } }>);
    // A header name that is no HTTP token is ignored (fetch refuses it); a hostile one that is a token is sent.
    const names = Object.values(declared)[0]?.get.parameters.filter((p) => p.in !== "header" || isHttpToken(p.name)).map((p) => p.name);
    expect(names?.filter((name) => name.startsWith("X-Evil"))).toEqual(["X-Evil*'`+globalThis.__camelgenCanary+`'|~"]);
    // The generated request is in compact form; the client writes its parameters out as the serialisers read them.
    const request = withParameters(recorded(params, "getP", "id", {}) as OperationRequest);
    expect(request.parameters?.map((p) => p.name)).toEqual(names);
    const media = await client("esc-media-types.yaml");
    const content = at(spec("esc-media-types.yaml"), "paths", "/upload", "post", "requestBody", "content") as Json;
    const encoders = (recorded(media, "upload", {}) as { contentTypes: Record<string, unknown> }).contentTypes;
    expect(Object.keys(encoders)).toEqual(Object.keys(content));
    for (const encoder of Object.values(encoders)) expect(typeof encoder).toBe("function");
  });

  it("security scheme names reach the request spec as written", async () => {
    const module = await client("esc-security-schemes.yaml");
    const schemes = Object.keys(at(spec("esc-security-schemes.yaml"), "components", "securitySchemes") as Json);
    expect((recorded(module, "aOp") as { security: string[][] }).security).toEqual([[schemes[1]]]);
  });

  it("a call using only the apiKey-in-query scheme sends the key under the hostile query name", async () => {
    const module = await client("esc-security-schemes.yaml");
    const schemes = at(spec("esc-security-schemes.yaml"), "components", "securitySchemes") as Record<string, { name: string }>;
    const query = Object.values(schemes)[1]?.name as string;
    const urls: string[] = [];
    const fetch = async (url: string | URL) => (urls.push(String(url)), new Response(null, { status: 204 }));
    const Client = module["default"] as new (options: object) => { a: { op: () => Promise<unknown> } };
    await new Client({ baseURL: "https://api.example.test", apiKey: "k-123", fetch, maxRetries: 0 }).a.op();
    expect(new URL(urls[0] as string).searchParams.get(query)).toBe("k-123");
  });

  it("discriminator values and property names are matched exactly", async () => {
    const isPet = guard(await client("esc-discriminator.yaml"), "isPet");
    const mapping = at(spec("esc-discriminator.yaml"), "components", "schemas", "Pet", "discriminator") as { propertyName: string; mapping: Json };
    for (const tag of Object.keys(mapping.mapping)) {
      expect(isPet({ [mapping.propertyName]: tag }), tag).toBe(true);
      expect(isPet({ [mapping.propertyName]: `${tag}x` }), tag).toBe(false);
    }
  });

  it("each pattern guard agrees with JavaScript's reading of the pattern", async () => {
    const isP = guard(await client("esc-patterns.yaml"), "isP");
    const properties = at(spec("esc-patterns.yaml"), "components", "schemas", "P", "properties") as Record<string, { pattern: string }>;
    const samples = ["a/;globalThis.__camelgenCanary='re';/b", "xx/globalThis.__camelgenCanary='c';//", "'${x}", "`${x}", "a\nb", "a\u2028b", "ab", ""];
    for (const [name, { pattern }] of Object.entries(properties)) {
      const expected = new RegExp(pattern, "u");
      expect(samples.some((s) => expected.test(s)), `no sample matches ${name}`).toBe(true);
      for (const sample of samples) expect(isP({ [name]: sample }), `${name} ${JSON.stringify(sample)}`).toBe(expected.test(sample));
    }
  });

  it("hostile property names are checked as own keys, `__proto__` included", async () => {
    const isThing = guard(await client("esc-property-names.yaml"), "isThing");
    const valid = '{"\\"+(globalThis.__camelgenCanary=\'dq\')+\\"": "s", "__proto__": "p", "a\\u2028b": 1}';
    expect(isThing(JSON.parse(valid))).toBe(true);
    expect(isThing({ ...JSON.parse(valid), "a\u2028b": "1" })).toBe(false);
    // An object literal's `__proto__` sets the prototype: no own key, so the required key is missing.
    expect(isThing({ '"+(globalThis.__camelgenCanary=\'dq\')+"': "s", __proto__: { x: 1 }, "a\u2028b": 1 })).toBe(false);
  });

  it("lone surrogates and YAML 1.1 look-alikes stay the strings they are", async () => {
    const isS = guard(await client("esc-lone-surrogate.yaml"), "isS");
    expect([isS("a\uD800"), isS("\uDFFFb"), isS("a"), isS("a\uFFFD")]).toEqual([true, true, false, false]);
    const isCountry = guard(await client("yaml-11-scalars.yaml"), "isCountry");
    for (const value of ["NO", "yes", "on", "off", "y", "n", "2024-01-01", "1_000", "0b101", "12:30:00"]) expect(isCountry(value), value).toBe(true);
    for (const value of [false, true, 1000, 5, 45000, "no"]) expect(isCountry(value), String(value)).toBe(false);
  });

  it("schemas differing only in case keep their own types and guards", async () => {
    const module = await client("broken-case-collision.yaml");
    const other = Object.keys(module).find((name) => /^is_?foo$/i.test(name) && name !== "isFoo");
    const [upper, lower] = [guard(module, "isFoo"), guard(module, other ?? "(none)")];
    expect([upper("x"), upper(1), lower(1), lower("x")]).toEqual([true, false, true, false]);
  });

  it("a YAML merge key merges (no literal `<<` property)", async () => {
    const isMerged = guard(await client("broken-merge-key.yaml"), "isMerged");
    expect([isMerged({ id: 1 }), isMerged({}), isMerged({ id: "1" })]).toEqual([true, false, false]);
    expect(readFileSync(join(work.path, "broken-merge-key.yaml", "types.ts"), "utf8")).not.toContain("<<");
  });
});

describe("names that change object behaviour", () => {
  it("leave Object.prototype alone and check `__proto__` as an own property", async () => {
    const before = Reflect.ownKeys(Object.prototype);
    for (const name of ["proto-json.json", "proto-yaml.yaml"]) {
      const isP = guard(await client(name), "isP");
      expect(isP(JSON.parse('{"__proto__": {"isAdmin": true}}')), name).toBe(true);
      expect(isP({}), name).toBe(false);
      expect(isP(JSON.parse('{"__proto__": {"isAdmin": "yes"}}')), name).toBe(false);
    }
    expect(Reflect.ownKeys(Object.prototype)).toEqual(before);
    expect(({} as Json)["polluted"]).toBeUndefined();
  });

  it("make neither the client, its resources nor the module a thenable", async () => {
    const module = await client("names-proto-members.yaml");
    const instance = new (module["default"] as new (options: object) => Json)({});
    expect(typeof instance["then"]).toBe("undefined");
    const resources = Object.values(instance).filter((v) => typeof v === "object" && v !== null) as Json[];
    expect(resources.length).toBeGreaterThanOrEqual(5);
    for (const resource of resources) expect(typeof resource["then"]).toBe("undefined");
    expect(Object.hasOwn(module, "then")).toBe(false);
    expect(await Promise.resolve(instance)).toBe(instance);
  });

  it("turn every hostile operationId into a distinct plain identifier", async () => {
    const module = await client("esc-operation-ids.yaml");
    const instance = new (module["default"] as new (options: object) => Json)({});
    const resources = Object.values(instance).filter((r): r is object => typeof r === "object" && r !== null);
    const methods = resources.flatMap((r) => Object.getOwnPropertyNames(Object.getPrototypeOf(r)).filter((n) => n !== "constructor"));
    expect(new Set(methods).size).toBe(6);
    for (const method of methods) expect(method).toMatch(/^[\p{ID_Start}_$][\p{ID_Continue}$]*$/u);
  });
});
