import { functionName, methodName } from "./names.js";

/** A Google API Discovery method id: the API, the resource path, the method (`drive.files.create`). */
const DISCOVERY_ID = /^([A-Za-z][\w-]*)\.(\w+(?:\.\w+)+)$/;

/**
 * A document looks like one converted from Google API Discovery when every operationId is a
 * Discovery method id of one API: only then does that API's name, shared by every id, go.
 */
export function looksLikeGoogleDiscovery(sites: readonly { operationId: string }[]): boolean {
  const apis = new Set(sites.map((site) => DISCOVERY_ID.exec(site.operationId)?.[1]));
  return sites.length > 1 && apis.size === 1 && !apis.has(undefined);
}

/**
 * Named without the API: the method after the resource's words as any method
 * (`drive.files.create` on `files` -> `create`; `adexchangebuyer2.accounts.clients.list` on
 * `accounts` -> `clientsList`), the function from the resource path and method (`filesCreate`).
 */
export function googleShortNames(operationId: string, group: string): { method: string; fn: string } | undefined {
  const path = DISCOVERY_ID.exec(operationId)?.[2];
  return path === undefined ? undefined : { method: methodName(path, group), fn: functionName(path) };
}
