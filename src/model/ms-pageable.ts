import type { JsonObject } from "./json.js";
import { isJsonObject } from "./json.js";
import type { PageConfig } from "./pagination-config.js";

/**
 * AutoRest's `x-ms-pageable` (every Azure document's lists): the page's items are its `itemName`
 * array (default `value`) and `nextLinkName` names the property holding the next page's URL, read
 * as one key even where it has a dot (`odata.nextLink`). A `null` `nextLinkName` marks a list
 * that comes in one page: `false`, no paging. `undefined` where the operation has no usable
 * extension.
 */
export function msPageable(node: JsonObject): PageConfig | false | undefined {
  const extension = node["x-ms-pageable"];
  if (!isJsonObject(extension)) return undefined;
  const next = extension["nextLinkName"];
  const items = extension["itemName"];
  if (next === null) return false;
  if (typeof next !== "string" || next === "") return undefined;
  return { style: "next", next, items: typeof items === "string" && items !== "" ? items : "value" };
}
