import type { NamedType, Operation, Param, PropertyEncoding, ResponseBody } from "../model/ir.js";
import { elementAccess, objectLiteralKey, stringLiteral } from "./escape.js";
import type { ObjectLiteral } from "./literal.js";

type Guards = ReadonlyMap<string, NamedType>;

/** The OperationRequest literal of one operation: every key and value spelled through the escapers. */
export function requestObject(op: Operation, guards: Guards): ObjectLiteral {
  const fields: ObjectLiteral["entries"] = [
    ["method", stringLiteral(op.httpMethod)],
    ["path", stringLiteral(op.path)],
  ];
  const parameters = [...op.pathParams, ...op.params].map(parameterSpec);
  if (parameters.length > 0) fields.push(["parameters", { items: parameters }]);
  if (op.body) {
    fields.push([undefined, "body"], ["contentTypes", { items: op.body.contentTypes.map(stringLiteral) }]);
    if (op.body.encoding) fields.push(["encoding", encodingObject(op.body.encoding)]);
  }
  fields.push(["security", { items: op.security.map((alt) => ({ items: alt.map(stringLiteral) })) }]);
  const kind = op.success.find((r) => r.kind !== "empty")?.kind ?? "empty";
  if (kind !== "json") fields.push(["responseKind", stringLiteral(kind)]);
  const success = checkedType(op.success, guards);
  if (success) fields.push(["success", checkLiteral(success)]);
  const errors = op.errors.flatMap((r): ObjectLiteral["entries"] => {
    const type = checkedType([r], guards);
    return type ? [[objectLiteralKey(r.status), checkLiteral(type)]] : [];
  });
  if (errors.length > 0) fields.push(["errors", { entries: errors }]);
  return { entries: fields };
}

/** `{ name, in, value }` plus the declared serialisation; path values are positional arguments. */
function parameterSpec(p: Param): ObjectLiteral {
  const value = p.in === "path" ? p.argName : elementAccess("params?.", p.wireName);
  const fields: ObjectLiteral["entries"] = [
    ["name", stringLiteral(p.wireName)],
    ["in", stringLiteral(p.in)],
    ["value", value],
  ];
  if (p.style !== undefined) fields.push(["style", stringLiteral(p.style)]);
  if (p.explode !== undefined) fields.push(["explode", String(p.explode)]);
  if (p.allowReserved) fields.push(["allowReserved", "true"]);
  if (p.contentType !== undefined) fields.push(["contentType", stringLiteral(p.contentType)]);
  return { entries: fields };
}

function encodingObject(encoding: Record<string, PropertyEncoding>): ObjectLiteral {
  const entries = Object.entries(encoding).map(([name, e]): [string, ObjectLiteral] => {
    const fields: ObjectLiteral["entries"] = [];
    if (e.contentType !== undefined) fields.push(["contentType", stringLiteral(e.contentType)]);
    if (e.style !== undefined) fields.push(["style", stringLiteral(e.style)]);
    if (e.explode !== undefined) fields.push(["explode", String(e.explode)]);
    return [objectLiteralKey(name), { entries: fields }];
  });
  return { entries };
}

/** The named type of the JSON body these responses share, when exactly one describes them. */
function checkedType(responses: ResponseBody[], guards: Guards): NamedType | undefined {
  const json = responses.filter((r) => r.kind === "json" && r.schema);
  const names = [...new Set(json.flatMap((r) => (r.schema?.kind === "ref" ? [r.schema.name] : [])))];
  return names.length === 1 && json.every((r) => r.schema?.kind === "ref") ? guards.get(names[0] as string) : undefined;
}

/** `{ typeName, check: isX, issues: validateX }`: the runtime lists issues only after `check` fails. */
function checkLiteral(type: NamedType): ObjectLiteral {
  return {
    entries: [
      ["typeName", stringLiteral(type.name)],
      ["check", type.guardName],
      ["issues", type.validateName],
    ],
  };
}

/** Guard and validator names requestObject refers to, for the import list. */
export function referencedGuards(op: Operation, guards: Guards): string[] {
  return [op.success, ...op.errors.map((r) => [r])].flatMap((set) => {
    const type = checkedType(set, guards);
    return type ? [type.guardName, type.validateName] : [];
  });
}
