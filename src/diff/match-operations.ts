import type { ApiModel, Operation } from "../model/ir.js";

/** An operation with the generated call that reaches it, e.g. `client.sources.list`. */
export interface Located {
  op: Operation;
  call: string;
}

export interface Matched {
  pairs: { before: Located; after: Located; by: "route" | "operationId" }[];
  removed: Located[];
  added: Located[];
}

export function locatedOperations(model: ApiModel): Located[] {
  return model.resources.flatMap((r) => r.operations.map((op) => ({ op, call: `client.${r.property}.${op.method}` })));
}

/** Route key: method and path with parameter names blanked, since renaming `{id}` keeps the route. */
function routeKey(op: Operation): string {
  return `${op.httpMethod} ${op.path.replace(/\{[^}]*\}/g, "{}")}`;
}

/** Pairs operations by route first, then the leftovers by operationId. */
export function matchOperations(before: Located[], after: Located[]): Matched {
  const pairs: Matched["pairs"] = [];
  const unmatched = new Set(after);
  const take = (key: (l: Located) => string, from: Located[], by: "route" | "operationId"): Located[] =>
    from.filter((old) => {
      const found = [...unmatched].find((candidate) => key(candidate) === key(old));
      if (!found) return true;
      unmatched.delete(found);
      pairs.push({ before: old, after: found, by });
      return false;
    });
  const leftByRoute = take((l) => routeKey(l.op), before, "route");
  const removed = take((l) => l.op.operationId, leftByRoute, "operationId");
  return { pairs, removed, added: after.filter((l) => unmatched.has(l)) };
}
