import { PAGE_CONFIG_FIELDS } from "../model/page-config-fields.js";
import type { PageConfig } from "../model/pagination-config.js";

const STYLES = Object.keys(PAGE_CONFIG_FIELDS);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What is wrong with a `pagination` config value, as `[key under pagination, problem]`, or
 * undefined when it is a valid `PaginationConfig`: operationId -> `false` or
 * `{ style, items?, ... }` with only the fields of that style, each a string.
 */
export function paginationProblem(value: unknown): [string, string] | undefined {
  if (!isPlainObject(value)) return ["", "must be an object of operationId -> page style"];
  for (const [id, entry] of Object.entries(value)) {
    if (entry === false) continue;
    if (!isPlainObject(entry)) return [`.${id}`, "must be false or an object with a style"];
    const style = entry["style"];
    if (typeof style !== "string" || !STYLES.includes(style)) {
      return [`.${id}.style`, `must be one of ${STYLES.map((s) => JSON.stringify(s)).join(", ")}, not ${JSON.stringify(style)}`];
    }
    const allowed = ["style", "items", ...(PAGE_CONFIG_FIELDS[style as PageConfig["style"]] as string[])];
    for (const [field, fieldValue] of Object.entries(entry)) {
      if (!allowed.includes(field)) return [`.${id}.${field}`, `is not a field of style "${style}" (its fields: ${allowed.join(", ")})`];
      if (typeof fieldValue !== "string") return [`.${id}.${field}`, `must be a string, not ${JSON.stringify(fieldValue)}`];
    }
    if (style === "cursor") {
      const missing = ["cursor", "param"].find((field) => entry[field] === undefined);
      if (missing !== undefined) return [`.${id}.${missing}`, `is required by style "cursor"`];
    }
  }
  return undefined;
}

