import { functionName, methodName, words } from "./names.js";

interface NameSite {
  operationId: string;
  path: string;
  httpMethod: string;
}

/**
 * FastAPI's default operationId: the route function's name, then the path with every character
 * that is no word character turned into `_`, then `_<method>` (`read_item` at GET
 * `/items/{item_id}` is `read_item_items__item_id__get`). The route's name, or undefined for an id
 * not made so.
 */
export function fastapiStem({ operationId, path, httpMethod }: NameSite): string | undefined {
  const suffix = `${path.replace(/[^\p{L}\p{N}_]/gu, "_")}_${httpMethod.toLowerCase()}`;
  if (!operationId.endsWith(suffix)) return undefined;
  const stem = operationId.slice(0, -suffix.length);
  return words(stem).length > 0 ? stem : undefined;
}

/**
 * A document looks like FastAPI's output when more than half of its operationIds are FastAPI's
 * default ones; only then are they shortened (an id that spells its path by chance keeps it).
 */
export function looksLikeFastApi(sites: readonly NameSite[]): boolean {
  return sites.filter((site) => fastapiStem(site) !== undefined).length * 2 > sites.length;
}

/** The names of the route's function (`read_item` -> `readItem`, after the resource's words as any method). */
export function fastapiShortNames(site: NameSite, group: string): { method: string; fn: string } | undefined {
  const stem = fastapiStem(site);
  return stem === undefined ? undefined : { method: methodName(stem, group), fn: functionName(stem) };
}
