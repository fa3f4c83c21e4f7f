import type { NamedType, Operation } from "../model/ir.js";

type Types = ReadonlyMap<string, NamedType>;

/** `"PATCH /api/v1/sources/{id}/"`: how the runtime names an operation to its validator. */
export function operationKey(op: Operation): string {
  return `${op.httpMethod} ${op.path}`;
}

/** `"POST https://uploads.github.com/repos/{owner}/..."`: the route as the docs show it, with the operation's own server where it has one. */
export function routeText(op: Operation): string {
  return `${op.httpMethod} ${op.server ?? ""}${op.path}`;
}

/** The named type every JSON 2xx body of `op` has, when there is exactly one: what `validate` checks it against. */
export function successType(op: Operation, types: Types): NamedType | undefined {
  const json = op.success.filter((r) => r.kind === "json" && r.schema);
  const names = [...new Set(json.flatMap((r) => (r.schema?.kind === "ref" ? [r.schema.name] : [])))];
  return names.length === 1 && json.every((r) => r.schema?.kind === "ref") ? types.get(names[0] as string) : undefined;
}

/** The named type of each item a streaming operation yields, when its items are JSON. */
export function itemType(op: Operation, types: Types): NamedType | undefined {
  const stream = op.stream;
  if (!stream || stream.item.kind !== "ref" || (stream.framing === "sse" && !stream.jsonData)) return undefined;
  return types.get(stream.item.name);
}
