import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { classMethods, interfaceMembers, parseSource, readDoc } from "../helpers/jsdoc-reader.js";
import { codeSpanText, tables } from "../helpers/markdown.js";
import { CAMELAI, REPO } from "../helpers/run-cli.js";
import { listFiles } from "../../src/cli/write-output.js";

/** What the checked-in camelAI client documents, read back with the TypeScript parser, against the schema itself. */

const OUTPUT = join(REPO, "generated/camelai");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

interface SpecParam {
  name: string;
  in: string;
  description?: string;
}

interface SpecOperation {
  route: string;
  pathParams: SpecParam[];
  queryParams: SpecParam[];
}

let operations: Map<string, SpecOperation>;
let methods: { route: string; method: ts.MethodDeclaration }[];
let types: ts.SourceFile;

/** Every operation of the schema by `METHOD /path`: the path parameters its template names, in template order, and its query parameters. */
function specOperations(document: { paths: Record<string, Record<string, unknown>> }): Map<string, SpecOperation> {
  const found = new Map<string, SpecOperation>();
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item["parameters"] ?? []) as SpecParam[];
    for (const verb of METHODS.filter((m) => item[m] !== undefined)) {
      const own = ((item[verb] as { parameters?: SpecParam[] }).parameters ?? []) as SpecParam[];
      const params = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
      const pathParams = template.map((name) => params.find((p) => p.in === "path" && p.name === name) ?? { name: name as string, in: "path" });
      const route = `${verb.toUpperCase()} ${path}`;
      found.set(route, { route, pathParams, queryParams: params.filter((p) => p.in === "query") });
    }
  }
  return found;
}

beforeAll(async () => {
  operations = specOperations(parse(await readFile(CAMELAI, "utf8")) as { paths: Record<string, Record<string, unknown>> });
  const resources = (await listFiles(join(OUTPUT, "resources"))).filter((p) => p.endsWith(".ts"));
  methods = [];
  for (const path of resources) {
    const file = parseSource(path, await readFile(join(OUTPUT, "resources", path), "utf8"));
    for (const members of classMethods(file).values()) {
      for (const method of members.values()) {
        const see = readDoc(method).tags.find((t) => t.tag === "see");
        methods.push({ route: see?.text ?? "", method });
      }
    }
  }
  types = parseSource("types.ts", await readFile(join(OUTPUT, "types.ts"), "utf8"));
});

describe("the camelAI client's JSDoc", () => {
  it("has one method per operation of the schema, each naming its route in @see", () => {
    expect(methods.map((m) => m.route).sort()).toEqual([...operations.keys()].sort());
  });

  it("has an @param for every path parameter, in template order, with the schema's description", () => {
    let described = 0;
    for (const { route, method } of methods) {
      const op = operations.get(route) as SpecOperation;
      const tags = readDoc(method).tags.filter((t) => t.tag === "param");
      const positional = method.parameters.slice(0, op.pathParams.length).map((p) => p.name.getText());
      expect(tags.slice(0, op.pathParams.length).map((t) => t.name), route).toEqual(positional);
      op.pathParams.forEach((param, i) => {
        const text = tags[i]?.text ?? "";
        if (param.description !== undefined) {
          expect(text.startsWith(param.description), `${route} ${param.name}`).toBe(true);
          described++;
        } else expect(text, `${route} ${param.name}`).toContain(`\`${param.name}\``);
      });
    }
    expect(described).toBeGreaterThan(0);
  });

  it("names every query parameter in @param params and describes it once, on the params type", () => {
    let checked = 0;
    for (const { route, method } of methods) {
      const op = operations.get(route) as SpecOperation;
      const paramsTag = readDoc(method).tags.find((t) => t.tag === "param" && t.name === "params");
      const paramsArgument = method.parameters.find((p) => p.name.getText() === "params");
      if (op.queryParams.length === 0) {
        expect(paramsTag, route).toBeUndefined();
        continue;
      }
      const typeName = paramsArgument?.type?.getText() ?? "";
      expect(paramsTag?.text, route).toContain(`{@link ${typeName}}`);
      const members = interfaceMembers(types, typeName);
      for (const param of op.queryParams) {
        expect(paramsTag?.text, `${route} ${param.name}`).toContain(`\`${param.name}\``);
        const repeated = readDoc(method).tags.find((t) => t.tag === "param" && t.name === `params.${param.name}`);
        expect(repeated, `${route} @param params.${param.name}`).toBeUndefined();
        const member = members.get(param.name);
        expect(member, `${typeName}.${param.name}`).toBeDefined();
        expect(readDoc(member as ts.PropertySignature).comment, `${typeName}.${param.name}`).toBe(param.description ?? "");
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("shows maxLength, minLength and format on the properties that declare them", () => {
    const host = readDoc(interfaceMembers(types, "ClickHouseConnectionRequest").get("host") as ts.PropertySignature);
    expect(host).toEqual({ comment: "ClickHouse server hostname", tags: [{ tag: "minLength", text: "1" }, { tag: "maxLength", text: "255" }] });
    const created = readDoc(interfaceMembers(types, "Connection").get("created_at") as ts.PropertySignature);
    expect(created.tags).toEqual([{ tag: "format", text: "date-time" }]);
  });
});

describe("the camelAI client's api.md", () => {
  it("lists every operation once, with the signature of its method and its route", async () => {
    const markdown = await readFile(join(OUTPUT, "api.md"), "utf8");
    const rows = tables(markdown).flatMap((t) => t.rows);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(rows.map((r) => codeSpanText(r[3] as string)).sort()).toEqual([...operations.keys()].sort());
    for (const { route, method } of methods) {
      const row = rows.find((r) => codeSpanText(r[3] as string) === route) as string[];
      const signature = `${method.name.getText()}(${method.parameters.map((p) => p.getText()).join(", ")})`;
      expect(codeSpanText(row[0] as string), route).toBe(signature);
    }
  });
});
