import { camelCase, functionName, memberName, words, wordsAfterGroup } from "./names.js";

/**
 * The action drf-spectacular appends to `<path words>` for each HTTP method (its
 * `AutoSchema.method_mapping`, and `list` for a GET of a list view).
 */
const DRF_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  GET: ["list", "retrieve"],
  POST: ["create"],
  PUT: ["update"],
  PATCH: ["partial_update"],
  DELETE: ["destroy"],
};

/**
 * The operationId without the action drf-spectacular appended for its HTTP method
 * (`sources_add_bigquery_create` sent with POST -> `sources_add_bigquery`); undefined when it does
 * not end in that method's `_<action>` (`pulls/get`, or `users_update` sent with PATCH).
 */
export function drfStem(operationId: string, httpMethod: string): string | undefined {
  const action = (DRF_ACTIONS[httpMethod.toUpperCase()] ?? []).find((a) => operationId.endsWith(`_${a}`));
  const stem = action === undefined ? "" : operationId.slice(0, -action.length - 1);
  return words(stem).length > 0 ? stem : undefined;
}

/**
 * A document looks like drf-spectacular's output when more than half of its operationIds end in
 * the action of their HTTP method; only then are custom actions shortened.
 */
export function looksLikeDrfSpectacular(operations: readonly { operationId: string; httpMethod: string }[]): boolean {
  const shaped = operations.filter((op) => drfStem(op.operationId, op.httpMethod) !== undefined).length;
  return shaped * 2 > operations.length;
}

/**
 * The short names of a drf-spectacular custom action: its action suffix dropped
 * (`sources_update_config_partial_update` (PATCH) on `sources` -> `updateConfig`), and the function
 * named by the resource's words and the method's (`sourcesUpdateConfig`; `token_create` on `STS` ->
 * `stsToken`). Undefined for a standard action, whose name is its action
 * (`sources_partial_update` -> `partialUpdate`), and for an id without its method's suffix.
 */
export function drfShortNames(operationId: string, group: string, httpMethod: string): { method: string; fn: string } | undefined {
  const stem = drfStem(operationId, httpMethod);
  const action = stem === undefined ? [] : wordsAfterGroup(stem, group);
  if (action.length === 0) return undefined;
  return { method: memberName(camelCase(action.join("_"))), fn: functionName([...words(group), ...action].join("_")) };
}
