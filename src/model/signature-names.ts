import type { Param, ParamLocation } from "./ir.js";

const LOCATION_ORDER: readonly ParamLocation[] = ["query", "querystring", "header", "cookie"];

/**
 * The params object's keys: each parameter's wire name, unless another location uses the same
 * name (`limit` in the query and in a header); then the first in query, querystring, header, cookie order keeps
 * the name and the others are `<in>.<name>` (`header.limit`). Each value still goes to its own
 * location under its wire name. Returns the parameters with `key` set where it differs.
 */
export function withParamKeys(params: Param[]): Param[] {
  const first = new Map<string, ParamLocation>();
  for (const location of LOCATION_ORDER) {
    for (const p of params) if (p.in === location && !first.has(p.wireName)) first.set(p.wireName, location);
  }
  const taken = new Set(params.map((p) => p.wireName));
  return params.map((p) => {
    if (first.get(p.wireName) === p.in) return p;
    let key = `${p.in}.${p.wireName}`;
    while (taken.has(key)) key = `${p.in}.${key}`;
    taken.add(key);
    return { ...p, key };
  });
}

/**
 * An argument of a resource method that would hide the operation's function the method calls
 * (operationId `options`, or a path parameter named like the operation) takes a trailing `_`,
 * as path parameters named like the signature's own arguments do; more until it is free.
 */
export function unshadowedArgument(name: string, fnName: string, argNames: readonly string[]): string {
  if (name !== fnName) return name;
  let free = `${name}_`;
  while (argNames.includes(free) || free === fnName) free = `${free}_`;
  return free;
}
