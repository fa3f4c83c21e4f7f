import type { ImportDeclarationStructure } from "ts-morph";
import { StructureKind } from "./ts-morph.js";
import { refsOf, someInside } from "../model/directions.js";
import type { Operation, Resource, Schema } from "../model/ir.js";
import { errorEntries } from "./operation-signature.js";

/** Where every generated file at the top of the output folder imports the runtime from. */
export const RUNTIME = "./runtime/index.js";

/** The path of a resource's file in the output folder. */
export function resourcePath(resource: Resource): string {
  return `resources/${resource.file}.ts`;
}

/** How the files at the top of the output folder import a resource's file. */
export function resourceModule(resource: Resource): string {
  return `./${resourcePath(resource).replace(/\.ts$/, ".js")}`;
}

/** An import of named bindings, sorted; none when the list is empty. */
export function namedImport(from: string, names: Iterable<string>, typeOnly: boolean): ImportDeclarationStructure[] {
  const sorted = [...new Set(names)].sort();
  if (sorted.length === 0) return [];
  return [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: from, isTypeOnly: typeOnly, namedImports: sorted }];
}

/** Type names an operation's signature mentions (body, params, success, declared errors). */
export function signatureTypeNames(op: Operation): string[] {
  const names: string[] = [];
  const collect = (s: Schema | undefined) => s && refsOf(s, (name) => names.push(name));
  op.pathParams.forEach((p) => collect(p.schema));
  collect(op.body?.schema);
  op.success.forEach((r) => r.kind === "json" && collect(r.schema));
  errorEntries(op).forEach(([, schema]) => collect(schema));
  collect(op.pagination?.item);
  // Events named by the schema are typed by name, not by the item type.
  if (op.stream?.events) op.stream.events.forEach((e) => collect(e.data));
  else collect(op.stream?.item);
  if (op.paramsTypeName !== undefined) names.push(op.paramsTypeName);
  return names;
}

/** Whether any schema of the model is `format: binary`, so types.ts needs the runtime's Uploadable. */
export function usesBinary(schemas: Schema[]): boolean {
  return schemas.some((schema) => someInside(schema, (s) => s.kind === "binary"));
}
