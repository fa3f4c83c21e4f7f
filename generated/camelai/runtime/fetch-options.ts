import type { FetchOptions } from "./options.js";

/** Set by the client alone: a field of these in `fetchOptions` would undo its headers, redirects or timeouts. */
const OWN_FIELDS: readonly string[] = [
  "method",
  "headers",
  "body",
  "signal",
  "redirect",
  "duplex",
];

/**
 * The `fetch` init fields of `fetchOptions`, later layers winning field by field, without the
 * fields the client sets itself (a caller without the types could still pass them).
 */
export function extraInit(
  ...layers: readonly (FetchOptions | undefined)[]
): Record<string, unknown> {
  const init: Record<string, unknown> = {};
  for (const layer of layers)
    if (layer !== undefined)
      for (const [field, value] of Object.entries(layer))
        if (!OWN_FIELDS.includes(field)) init[field] = value;
  return init;
}
